import { describe, expect, it } from 'vitest';
import { findDates } from './index';
import { romanDay } from './roman-days';

const values = (input: string) => findDates(input).map((m) => [m.text, m.value]);

describe('days of the Roman calendar', () => {
  it('names the Kalends, Nones and Ides by month', () => {
    expect([1, 3, 5, 7, 10, 12].map((month) => romanDay('Ides', month))).toEqual([
      13, 15, 15, 15, 15, 13,
    ]);
    expect([2, 3, 10, 11].map((month) => romanDay('nones', month))).toEqual([5, 7, 7, 5]);
    expect(romanDay('Kalends', 4)).toBe(1);
    expect(romanDay('Calends', 9)).toBe(1);
  });

  it.each([
    ['Caesar was killed on the Ides of March, 44 BC.', 'Ides of March, 44 BC', 'BC0044-03-15'],
    ['The Kalends of January 1 BC.', 'Kalends of January 1 BC', 'BC0001-01-01'],
    ['The Nones of June, 1854, was hot.', 'Nones of June, 1854', '1854-06-05'],
  ])('%j is a day', (input, text, value) => {
    expect(values(input)).toEqual([[text, value]]);
  });

  it('takes the year of the story when none is written', () => {
    expect(values('In 44 BC Caesar was killed on the Ides of March.')).toEqual([
      ['44 BC', 'BC0044'],
      ['Ides of March', 'BC0044-03-15'],
    ]);
  });

  it('leaves a count after it to what it counts', () => {
    expect(values('In AD 79 Vesuvius erupted. On the Ides of May 300 soldiers marched.')).toEqual([
      ['AD 79', '0079'],
      ['Ides of May', '0079-05-15'],
    ]);
  });
});
