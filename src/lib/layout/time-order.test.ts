import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { TimelineEvent } from '../types';
import { makeEvents } from './test-events';
import { buildTimeIndex } from './time-index';
import { orderByTime } from './time-order';

/** A sortable number for an ISO day (astronomical years): 1954-03-31 -> 19540331. */
function dayKey(iso: string): number {
  const match = /^(-?\d+)-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return 0;
  return Number(match[1]) * 10000 + Number(match[2]) * 100 + Number(match[3]);
}

/**
 * The specification orderByTime must meet, written plainly: by start, then end, then title
 * (the app's order before orderByTime made it fast).
 */
function sortByTime(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events
    .map((event) => ({ event, start: dayKey(event.start), end: dayKey(event.end) }))
    .sort(
      (a, b) =>
        a.start - b.start ||
        a.end - b.end ||
        (a.event.title < b.event.title ? -1 : a.event.title > b.event.title ? 1 : 0),
    )
    .map(({ event }) => event);
}

const event = (id: string, start: string, end = start, title = id): TimelineEvent => ({
  id,
  title,
  date: start,
  start,
  end,
  precision: 'day',
  tags: [],
  citations: [],
});

/** Days as datasets write them, and text that is not a day. */
const day = fc.oneof(
  fc
    .record({
      year: fc.integer({ min: -2000, max: 12000 }),
      month: fc.integer({ min: 0, max: 13 }),
      day: fc.integer({ min: 0, max: 32 }),
    })
    .map(({ year, month, day }) => {
      const y = String(Math.abs(year)).padStart(4, '0');
      const two = (n: number) => String(n).padStart(2, '0');
      return `${year < 0 ? '-' : ''}${y}-${two(month)}-${two(day)}`;
    }),
  fc.constantFrom(
    '1954-03-31',
    '1954-03-31',
    '1954-04-01',
    '1954',
    '',
    '1954-3-31',
    '-03-31',
    '--1954-03-31',
    '1-1954-03-31',
    '0000-00-00',
    '-0000-01-01',
    '1234567890123456789-01-01',
    '12345-01-01',
  ),
);
const events = fc
  .array(fc.tuple(day, day, fc.constantFrom('A', 'B', 'b', 'Ä', '')), { maxLength: 80 })
  .map((rows) => rows.map(([start, end, title], i) => event(`e${i}`, start, end, title)));

describe('orderByTime()', () => {
  test('orderByTime() orders exactly as sortByTime() does, ties included', () => {
    fc.assert(
      fc.property(events, (input) => {
        expect(orderByTime(input)).toEqual(sortByTime(input));
        expect(orderByTime(input).every((e, i) => e === sortByTime(input)[i])).toBe(true);
      }),
    );
  });

  test('orderByTime() of events in order keeps them, in a new array', () => {
    const sorted = sortByTime(makeEvents(500, 4));
    const again = orderByTime(sorted);
    expect(again).not.toBe(sorted);
    expect(again.every((e, i) => e === sorted[i])).toBe(true);
  });

  test('orderByTime() keeps input order for events alike in start, end and title', () => {
    const input = [
      event('a', '2000-01-01', '2000-01-02', 'same'),
      event('b', '1999-01-01'),
      event('c', '2000-01-01', '2000-01-02', 'same'),
      event('d', '2000-01-01', '2000-01-02', 'same'),
    ];
    expect(orderByTime(input).map((e) => e.id)).toEqual(['b', 'a', 'c', 'd']);
  });

  test('orderByTime() sorts long runs of one day by end and title, stably', () => {
    const input = Array.from({ length: 300 }, (_, i) =>
      event(`e${i}`, '2001-09-11', `2001-09-${String(11 + (i % 7)).padStart(2, '0')}`, `${i % 5}`),
    );
    expect(orderByTime(input)).toEqual(sortByTime(input));
  });

  test('orderByTime() still orders exactly when a year is too long to pack into one number', () => {
    const input = makeEvents(200, 6);
    input[7] = event('far', '1234567890123456789-01-01');
    input[90] = event('near', '0001-01-01');
    expect(orderByTime(input)).toEqual(sortByTime(input));
    expect(orderByTime(input.slice(0, 30))).toEqual(sortByTime(input.slice(0, 30)));
  });

  test('buildTimeIndex() of an ordered array uses its remembered days: same index', () => {
    fc.assert(
      fc.property(events, (input) => {
        expect(buildTimeIndex(orderByTime(input))).toEqual(buildTimeIndex(sortByTime(input)));
      }),
    );
    const many = makeEvents(3000, 5);
    expect(buildTimeIndex(orderByTime(many))).toEqual(buildTimeIndex(sortByTime(many)));
  });
});
