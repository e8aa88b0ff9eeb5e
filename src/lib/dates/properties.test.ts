import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DateMention } from '../types';
import { findDates } from './index';

function expectWellFormed(text: string, found: DateMention[]): void {
  let lastEnd = 0;
  for (const m of found) {
    expect(m.start).toBeGreaterThanOrEqual(lastEnd);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    lastEnd = m.end;
  }
}

const pieces = fc.constantFrom(
  ' ',
  '-',
  '–',
  '/',
  '.',
  ',',
  '1',
  '19',
  '1949',
  '2022',
  'March',
  'May',
  ' 31',
  'BC',
  'the',
  's',
  '’',
  '‘',
  '\u00a0',
  '\r\n',
  'early ',
  'late ',
  'from ',
  ' to ',
  'between ',
  ' and ',
  'years',
  'ago',
  'last',
  'next',
  'week',
  '%',
  '€',
  '$',
  '(',
  ')',
  'entitled ',
  'century',
  '20th',
  'a.m.',
  ':',
);

describe('findDates properties', () => {
  it('never throws and returns well-formed spans on random Unicode', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.option(fc.constantFrom('2023-07-09', '2024-07', '2022', 'junk')),
        (text, dct) => {
          expectWellFormed(text, findDates(text, { dct }));
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  });

  it('never throws and returns well-formed spans on date-like fragments', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expectWellFormed(text, findDates(text, { dct: '2023-07-09' }));
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('handles huge numbers, long digit runs and repeated separators quickly', () => {
    const inputs = [
      '1-'.repeat(50_000),
      '9'.repeat(100_000),
      '1949.'.repeat(20_000),
      `${'12/'.repeat(30_000)}2022`,
      'March '.repeat(20_000),
      `${Number.MAX_SAFE_INTEGER}${'0'.repeat(400)} years`,
      '‘'.repeat(50_000) + '1950',
    ];
    for (const text of inputs) {
      const t0 = performance.now();
      expectWellFormed(text, findDates(text));
      expect(performance.now() - t0).toBeLessThan(2000);
    }
  });
});
