import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDates } from './index';

/** Reads a seed document from data/ with the dct its sidecar gives. */
function seed(slug: string): string {
  return readFileSync(new URL(`../../../data/${slug}.txt`, import.meta.url), 'utf8');
}

const DCT: Record<string, string | null> = {
  'nato-explained-forum-thread': null,
  'ussr-asked-to-join': '2022-05-18',
  'ilps-washington-summit-2024': '2024-07',
  'vilnius-summit-insecurity': '2023-07-09',
  'nato-expansion-asia': '2022-07',
};

function mentionsOf(slug: string) {
  return findDates(seed(slug), { dct: DCT[slug] });
}

describe('the seed documents', () => {
  const expected: Array<[string, string, string, Record<string, unknown>?]> = [
    ['nato-explained-forum-thread', '1949', '1949'],
    ['nato-explained-forum-thread', '1967 to 1974', '1967', { endValue: '1974' }],
    ['nato-explained-forum-thread', 'the 50s', '195'],
    ['nato-explained-forum-thread', 'the late 1940s', '194', { mod: 'END' }],
    ['ussr-asked-to-join', 'March 31, 1954', '1954-03-31'],
    ['ussr-asked-to-join', '18.5.2022', '2022-05-18'],
    ['ussr-asked-to-join', '1950-1953', '1950', { endValue: '1953' }],
    ['ussr-asked-to-join', 'early 1949', '1949', { mod: 'START' }],
    ['ussr-asked-to-join', '1940-1955', '1940', { endValue: '1955', nonEvent: 'title-of-work' }],
    ['ilps-washington-summit-2024', 'the late 1930s', '193', { mod: 'END' }],
    ['ilps-washington-summit-2024', 'This year', '2024'],
    ['vilnius-summit-insecurity', 'Last year', '2022'],
    ['vilnius-summit-insecurity', 'July 9, 2023', '2023-07-09'],
    ['nato-expansion-asia', 'June 28-30', '2022-06-28', { endValue: '2022-06-30' }],
    ['nato-expansion-asia', 'June 29-30', '2022-06-29', { endValue: '2022-06-30' }],
    ['nato-expansion-asia', 'June 29', '2022-06-29'],
    ['nato-expansion-asia', 'June 28', '2022-06-28'],
    ['nato-expansion-asia', 'the 1990s', '199'],
    ['nato-expansion-asia', 'the 2000s', '200'],
    ['nato-expansion-asia', 'This year', '2022'],
    ['nato-expansion-asia', 'the past 10 years', 'P10Y', { range: { start: '2012', end: '2022' } }],
  ];
  it.each(expected)('%s has %j = %s', (slug, text, value, extra = {}) => {
    const found = mentionsOf(slug).filter((m) => m.text === text);
    expect(found.length).toBeGreaterThan(0);
    for (const m of found) {
      expect(m.value).toBe(value);
      expect(m).toMatchObject(extra);
    }
  });

  const rejected: Array<[string, string]> = [
    ['ilps-washington-summit-2024', '€40 billion'],
    ['ilps-washington-summit-2024', '90,000 joint troops'],
    ['ilps-washington-summit-2024', '320,000'],
    ['ilps-washington-summit-2024', '18%'],
    ['nato-expansion-asia', 'Article 51'],
    ['ilps-washington-summit-2024', '2% of GDP'],
  ];
  it.each(rejected)('%s has no date inside %j', (slug, phrase) => {
    const text = seed(slug);
    const at = text.indexOf(phrase);
    expect(at).toBeGreaterThanOrEqual(0);
    const inside = mentionsOf(slug).filter((m) => m.start < at + phrase.length && m.end > at);
    expect(inside).toEqual([]);
  });
});
