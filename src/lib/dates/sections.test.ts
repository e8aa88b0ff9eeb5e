import { describe, expect, it } from 'vitest';
import { findDates } from './index';

/** The value of the mention whose text is `text`. */
const valueOf = (input: string, text: string, dct: string | null) =>
  findDates(input, { dct }).find((m) => m.text === text)?.value;

describe('a text set out under dates', () => {
  it.each([
    ['1917\n\nIn October the government fell.'],
    ['## 1917\n\nIn October the government fell.'],
    ['1917:\nIn October the government fell.'],
    ['**1917**\n\nThe war went on.\n\nIn October the government fell.'],
  ])(
    'a year-less month under a date heading is in its year, though the text is dated: %j',
    (input) => {
      expect(valueOf(input, 'October', '2020-01-01')).toBe('1917-10');
    },
  );

  it('a later heading moves the story on', () => {
    const input = '1917\n\nIn October the government fell.\n\n1918\n\nIn March peace was signed.';
    expect(valueOf(input, 'March', '2020-01-01')).toBe('1918-03');
  });

  it.each([
    // News: a year in a sentence does not set the text out; a new paragraph is the news's time.
    ['The treaty was signed in 1949.\n\nIn October the minister resigned.'],
    // A date inside a line of prose is no heading.
    ['They first met in 1917 in Paris.\nIn October the minister resigned.'],
  ])('news keeps its own time in a new paragraph: %j', (input) => {
    expect(valueOf(input, 'October', '2020-01-01')).toBe('2019-10');
  });

  it('a dateline under the headline is no section: the news keeps its own time', () => {
    const input =
      'Another summit\n\nJuly 9, 2023\n\nThe talks began in 1949.\n\nThe minister announced in June that he would go.';
    expect(valueOf(input, 'June', '2023-07-09')).toBe('2023-06');
  });
});
