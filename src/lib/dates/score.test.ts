import { describe, expect, it } from 'vitest';
import { normalizeValue, scoreDocs, splitRangesForScoring } from './score';
import type { DateMention } from '../types';

describe('score', () => {
  it.each([
    ['1998-10-XX', '1998-10'],
    [' present_ref ', 'PRESENT_REF'],
    ['1954', '1954'],
  ])('normalizeValue(%j) is %j', (input, output) => {
    expect(normalizeValue(input)).toBe(output);
  });

  it('scoreDocs counts strict, relaxed and value matches one to one', () => {
    const text = 'In 1949 and on March 31, 1954 and later.';
    const gold = [
      { start: 3, end: 7, type: 'DATE', value: '1949' },
      { start: 15, end: 29, type: 'DATE', value: '1954-03-31' },
      { start: 34, end: 39, type: 'DATE', value: 'FUTURE_REF' },
    ];
    const pred = [
      { start: 3, end: 7, type: 'DATE', value: '1949' },
      { start: 12, end: 29, type: 'DATE', value: '1954-03' },
      { start: 0, end: 2, type: 'DURATION', value: 'P1D' },
    ];
    const all = scoreDocs([{ text, gold, pred }]);
    expect(all.strict).toMatchObject({ tp: 1, fp: 2, fn: 2 });
    expect(all.relaxed).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(all.value).toMatchObject({ tp: 1, fp: 2, fn: 2 });
    expect(scoreDocs([{ text, gold, pred }], 'DATE').relaxed).toMatchObject({
      tp: 2,
      fp: 0,
      fn: 1,
    });
  });

  it('scoreDocs trims white space before comparing spans', () => {
    const text = 'later in 1940';
    const s = scoreDocs([
      {
        text,
        gold: [{ start: 9, end: 13, type: 'DATE', value: '1940' }],
        pred: [{ start: 8, end: 13, type: 'DATE', value: '1940' }],
      },
    ]);
    expect(s.strict.f1).toBe(1);
  });

  it('splitRangesForScoring splits a range mention into its two ends', () => {
    const m: DateMention = {
      start: 10,
      end: 22,
      text: '1967 to 1974',
      type: 'DATE',
      value: '1967',
      endValue: '1974',
      granularity: 'year',
    };
    expect(splitRangesForScoring(`${' '.repeat(10)}1967 to 1974`, [m])).toEqual([
      { start: 10, end: 14, type: 'DATE', value: '1967' },
      { start: 18, end: 22, type: 'DATE', value: '1974' },
    ]);
  });
});
