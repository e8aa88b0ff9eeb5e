import { describe, expect, it } from 'vitest';
import { findDates } from './index';

/** The mentions of `input` as [text, value, granularity, mod]. */
function read(input: string, dct: string | null = null) {
  return findDates(input, { dct }).map((m) => [m.text, m.value, m.granularity, m.mod ?? '']);
}

describe('millennia', () => {
  it.each([
    ['In the first millennium BC, iron spread.', 'the first millennium BC', 'BC0'],
    ['By the second millennium the city grew.', 'the second millennium', '1'],
    ['The 3rd millennium BCE saw bronze.', 'The 3rd millennium BCE', 'BC2'],
    ['Coins of the first millennium AD survive.', 'the first millennium AD', '0'],
    ['the 2nd millennium B.C. ended', 'the 2nd millennium B.C.', 'BC1'],
    ['a text of the First Millenium', 'the First Millenium', '0'],
  ])('reads %j as a millennium', (input, text, value) => {
    expect(read(input)).toEqual([[text, value, 'millennium', '']]);
  });

  it('takes "early" and "late" in, as for centuries', () => {
    expect(read('In the early first millennium BC')).toEqual([
      ['the early first millennium BC', 'BC0', 'millennium', 'START'],
    ]);
    expect(read('the late second millennium')).toEqual([
      ['the late second millennium', '1', 'millennium', 'END'],
    ]);
  });

  it('reads no millennium past the third AD or the tenth BC', () => {
    expect(read('the 5th millennium')).toEqual([]);
    expect(read('the 12th millennium BC')).toEqual([]);
  });

  it('reads the turn of the millennium as about 2000, or the turn nearest the story', () => {
    expect(read('At the turn of the millennium, phones spread.')).toEqual([
      ['the turn of the millennium', '2000', 'year', 'APPROX'],
    ]);
    expect(read('the turn of the third millennium')).toEqual([
      ['the turn of the third millennium', '2000', 'year', 'APPROX'],
    ]);
    const story = 'Otto III was crowned in AD 996. At the turn of the millennium he ruled Rome.';
    expect(read(story)[1]).toEqual(['the turn of the millennium', '1000', 'year', 'APPROX']);
    expect(read('In the 1990s, and at the turn of the millennium')[1]).toEqual([
      'the turn of the millennium',
      '2000',
      'year',
      'APPROX',
    ]);
  });

  it('counts "the first millennium" as writing of early times, for bare years', () => {
    expect(read('In the first millennium, in 476, Rome fell.')).toEqual([
      ['the first millennium', '0', 'millennium', ''],
      ['476', '0476', 'year', ''],
    ]);
  });
});
