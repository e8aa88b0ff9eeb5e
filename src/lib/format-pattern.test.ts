import { format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDate } from './format-date';
import { formatDatePattern } from './format-pattern';

const PATTERNS = ['d MMMM y', 'MMMM y', 'yyyy', 'd MMM', 'MMM', 'd', 'dd.MM.yyyy', "d 'of' MMMM"];

describe('formatDatePattern', () => {
  it.each([
    [{ year: 1954, month: 3, day: 31 }, 'd MMMM y', '31 March 1954'],
    [{ year: 2022, month: 6, day: 1 }, 'MMM', 'Jun'],
    [{ year: 44, month: 3, day: 15 }, 'd MMMM y', '15 March 44'],
    [{ year: 44, month: 3, day: 15 }, 'yyyy', '0044'],
    [{ year: 1954, month: 3, day: 31 }, "d 'of' MMMM", '31 of March'],
    [{ year: -43, month: 3, day: 15 }, 'd MMMM y', '15 March 44 BC'],
    [{ year: 0, month: 12, day: 25 }, 'MMMM y', 'December 1 BC'],
  ])('formats %o with %s as %s', (parts, pattern, expected) => {
    expect(formatDatePattern(localDate(parts), pattern)).toBe(expected);
  });

  it('agrees with date-fns format for every pattern the app uses, on any day from year 1', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.constantFrom(...PATTERNS),
        (year, month, day, pattern) => {
          const date = localDate({ year, month, day });
          expect(formatDatePattern(date, pattern)).toBe(format(date, pattern));
        },
      ),
      { seed: 7, numRuns: 400 },
    );
  });
});
