import { describe, expect, it } from 'vitest';
import { findDates } from './index';

/** Each mention of `input` as [text, value], against a document written on 15 September 2024. */
const values = (input: string, dct: string | null = '2024-09-15') =>
  findDates(input, { dct }).map((m) => [m.text, m.value]);

describe('"ago" with the day, week or month it looks back from', () => {
  it.each([
    [
      'Ten years ago this month, neighbours cleared the lot.',
      'Ten years ago this month',
      '2014-09',
    ],
    ['Fifty years ago today, the bridge opened.', 'Fifty years ago today', '1974-09-15'],
    ['A year ago this week the river flooded.', 'A year ago this week', '2023-W37'],
    ['Two weeks ago yesterday he left.', 'Two weeks ago yesterday', '2024-08-31'],
  ])('reads %j as one date', (input, text, value) => {
    expect(values(input)).toEqual([[text, value]]);
  });

  it('keeps the month when the document gives only its month', () => {
    expect(values('Fifty years ago today, the bridge opened.', '2024-09')).toEqual([
      ['Fifty years ago today', '1974-09'],
    ]);
  });

  it('leaves a plain "ago" at the precision of its unit', () => {
    expect(values('Two years ago we moved.')).toEqual([['Two years ago', '2022']]);
  });
});
