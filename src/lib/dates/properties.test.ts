import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DateMention } from '../types';
import { findDates } from './index';
import { RULES, rulesAt, scanDates } from './scan';

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
  'Tuesday',
  'mid-',
  "'",
  'Christmas ',
  'the following ',
  'earlier this ',
  'Q1 ',
  'third ',
  'about ',
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
      'the '.repeat(50_000),
      'a few '.repeat(30_000),
      'Tuesday last '.repeat(15_000),
      `${'x'.repeat(200_000)} 1950`,
      'mid-'.repeat(50_000),
      '1 2 3 '.repeat(30_000),
    ];
    for (const text of inputs) {
      const t0 = performance.now();
      expectWellFormed(text, findDates(text));
      // Each takes well under 200 ms alone; the bound catches quadratic work (minutes), not a
      // busy machine (a shared core under a browser test run has taken one to 2.6 s).
      expect(performance.now() - t0).toBeLessThan(5000);
    }
  });

  it('finds the same taking the text line by line as taking it at once', () => {
    const phrases = fc.constantFrom(
      'In 1949 the treaty was signed.',
      'On June 5, 1950,',
      'two years later',
      'that year',
      'the following week',
      'on 28 June',
      'in March',
      '“France: 1940-1955”',
      'the book entitled ‘',
      'from 1967 to 1974',
      'early',
      'last year',
      'the next day',
    );
    const withBreaks = fc.oneof(
      { weight: 4, arbitrary: pieces },
      { weight: 4, arbitrary: phrases },
      fc.constantFrom('\n', '\n\n', ' '),
    );
    fc.assert(
      fc.property(
        fc.array(withBreaks, { maxLength: 80 }),
        fc.option(fc.constantFrom('2023-07-09', '2024-07', '2022')),
        (parts, dct) => {
          const text = parts.join('');
          // A piece length of 1 cuts after every line break.
          expect(scanDates(text, { dct }, 1)).toEqual(scanDates(text, { dct }, Infinity));
        },
      ),
      { numRuns: 500, seed: 13 },
    );
  });

  it('tries every rule wherever its pattern can match (the trigger table is complete)', () => {
    const texts: string[][] = fc.sample(fc.array(pieces, { maxLength: 60 }), {
      numRuns: 400,
      seed: 11,
    });
    texts.push([
      'In early 1949, on Tuesday, the 1950s, the ’50s, the fifth century BC, AD 9, 479 BC, ' +
        'from 1967 to 1974, June 28-30, 28-30 June 2022, 5/18/2022, 2022-05-18, 3:00 a.m., ' +
        'that morning, the following year, two days later, last week, a few days, every year, ' +
        'daily, the summer of 1944, midsummer, Q1 1998, the first quarter of 1998, Christmas 2007, ' +
        'yesterday, nowadays, at present, the past 10 years, earlier this year, Sept. 4, 21st ' +
        'century, twenty-one years, mid-2007, next Monday, last Friday, about three weeks.',
    ]);
    for (const parts of texts) {
      const text = parts.join('');
      RULES.forEach((rule, index) => {
        const re = new RegExp(
          rule.re.source,
          rule.re.flags.includes('g') ? rule.re.flags : `${rule.re.flags}g`,
        );
        for (const m of text.matchAll(re)) {
          // A match the rule itself drops (a bare "31" for clock times) may be skipped.
          if (m[0].length === 0 || !rule.map(m, text, { dct: null })) continue;
          const where = `${re.source} at ${m.index} in ${JSON.stringify(text)}`;
          expect(rulesAt(text, m.index), where).toContain(index);
        }
      });
    }
  });
});
