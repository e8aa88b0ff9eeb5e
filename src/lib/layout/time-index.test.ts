import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isoDayToTime } from '../format-date';
import { makeEvents } from './test-events';
import { buildTimeIndex, dayToTime, findCarriedIn, findStartRange, lowerBound } from './time-index';

const index = buildTimeIndex(makeEvents(2000, 3));
const year = (y: number) => Date.UTC(2000, 0, 1) + (y - 2000) * 365.2425 * 864e5;

describe('dayToTime()', () => {
  test.each([
    '1954-03-31',
    '0050-06-15',
    '0000-01-01',
    '0099-12-31',
    '-0499-01-01',
    '2024-02-29',
    '12345-01-01',
  ])('dayToTime("%s") agrees with isoDayToTime()', (iso) =>
    expect(dayToTime(iso)).toBe(isoDayToTime(iso)),
  );
  test.each(['1954', '', '1954-3-31', '19x4-03-31', '-03-31', '1954/03/31'])(
    'dayToTime("%s") is NaN: not an ISO day',
    (text) => expect(dayToTime(text)).toBeNaN(),
  );
});

describe('buildTimeIndex()', () => {
  test('buildTimeIndex() sorts by start and keeps every event', () => {
    expect(index.events).toHaveLength(2000);
    for (let i = 1; i < index.starts.length; i++)
      expect(index.starts[i]).toBeGreaterThanOrEqual(index.starts[i - 1]);
  });
  test('buildTimeIndex() does not mutate its input', () => {
    const events = makeEvents(50, 9);
    const copy = structuredClone(events);
    buildTimeIndex(events);
    expect(events).toEqual(copy);
  });
});

describe('window search', () => {
  test('lowerBound() finds the first value not below the one asked for', () => {
    expect(lowerBound(Float64Array.from([1, 2, 2, 5]), 2)).toBe(1);
    expect(lowerBound(Float64Array.from([1, 2, 2, 5]), 6)).toBe(4);
    expect(lowerBound(new Float64Array(0), 1)).toBe(0);
  });

  test('findStartRange() returns exactly the events starting in the window', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1890, max: 2030 }),
        fc.double({ min: 0, max: 40, noNaN: true }),
        (y, years) => {
          const t0 = year(y);
          const t1 = t0 + years * 365 * 864e5;
          const [lo, hi] = findStartRange(index, t0, t1);
          const expected = [...index.starts].filter((s) => s >= t0 && s < t1).length;
          expect(hi - lo).toBe(expected);
          if (hi > lo) expect(index.starts[lo]).toBeGreaterThanOrEqual(t0);
        },
      ),
    );
  });

  test('findCarriedIn() returns exactly the events longer than a day running across a time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1895, max: 2030 }), (y) => {
        const t = year(y);
        const long = (i: number) => index.ends[i] - index.starts[i] > 864e5;
        const expected = [...index.starts.keys()].filter(
          (i) => long(i) && index.starts[i] < t && index.ends[i] > t,
        );
        expect(findCarriedIn(index, t, Infinity)).toEqual(expected);
      }),
    );
  });
});
