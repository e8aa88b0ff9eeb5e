import { describe, expect, it } from 'vitest';
import { findDates } from './index';

/** Each mention of `input` as [text, value or value..endValue]. */
function values(input: string): Array<[string, string]> {
  return findDates(input).map((m) => [m.text, m.endValue ? `${m.value}..${m.endValue}` : m.value]);
}

/** Evidence that the text writes of early times (see short-years.ts). */
const EARLY = 'In the 5th century AD. ';

describe('a bare three-digit year followed by a count of its own', () => {
  it.each([
    ['Between 455 and 476 nine emperors ruled the West.', '455 and 476', '0455..0476'],
    ['Between 455 and 476 several emperors ruled.', '455 and 476', '0455..0476'],
    ['From 455 to 476 nine emperors ruled.', '455 to 476', '0455..0476'],
    ['In 476 two generals fought.', '476', '0476'],
    ['After 410 many Britons left.', '410', '0410'],
  ])('reads %j as years', (input, text, value) => {
    expect(values(EARLY + input)).toEqual([
      ['the 5th century AD', '04'],
      [text, value],
    ]);
  });

  it.each([
    'between 300 and 400 soldiers died.',
    'It rose from 150 to 300 nine times.',
    'It rose from 150 to 300 many times.',
    'between 300 and 400 two-man tents were sold.',
    'In 300 cases the cure worked.',
  ])('still reads a quantity in %j as no year', (input) => {
    expect(values(EARLY + input).filter(([t]) => /^\d/.test(t))).toEqual([]);
  });
});

describe('a bare three-digit year heading a line of a chronology', () => {
  it.each([
    ['- 476: The last western emperor is deposed.', '476', '0476'],
    ['476 – Romulus Augustulus is deposed.', '476', '0476'],
    ['* 800: Charlemagne is crowned.', '800', '0800'],
  ])('reads %j as a year', (line, text, value) => {
    expect(values(`AD 79: Vesuvius buries Pompeii.\n${line}`).at(-1)).toEqual([text, value]);
  });

  it.each([
    // Not a text of early times: a number at a line's head is a count or an item.
    ['Results\n250: the number of replies received.'],
    // Early times, but the number does not head its line as a year.
    ['In AD 79 Vesuvius erupted.\nPompeii had 300: some say more.\nRoom 250 – the café.'],
    ['In AD 79 Vesuvius erupted.\n250 soldiers – all lost.'],
  ])('reads no year in %j', (input) => {
    expect(values(input).filter(([t]) => /^\d{3}$/.test(t))).toEqual([]);
  });
});
