import type { TimelineEvent } from '../types';
import { DAY, type TimeWindow } from './view';

/**
 * Events sorted by start time with typed arrays for binary search, built once per dataset.
 * `ends` are exclusive (the day after an event's last day). Long events are also grouped by
 * duration class, so the ones that began before a window and still run are found fast.
 */
export interface TimeIndex {
  events: TimelineEvent[];
  starts: Float64Array;
  ends: Float64Array;
  /** How notable each event is (`importanceOf`), to choose which to label when few fit. */
  importance: Uint8Array;
  extent: TimeWindow;
  classes: DurationClass[];
}

/** Events whose duration is at most `maxDuration` ms, by start time. */
interface DurationClass {
  maxDuration: number;
  order: Int32Array;
  starts: Float64Array;
}

/**
 * Milliseconds UTC for the start of an ISO day (astronomical years, `-0499-01-01`); NaN when
 * malformed. Reads the digits and counts the days by hand, without Date: it runs for every
 * event at load.
 */
export function dayToTime(iso: string): number {
  const negative = iso.charCodeAt(0) === 45;
  const yearEnd = iso.length - 6;
  if (yearEnd - (negative ? 1 : 0) < 1 || iso[yearEnd] !== '-' || iso[iso.length - 3] !== '-') {
    return NaN;
  }
  const year = digits(iso, negative ? 1 : 0, yearEnd) * (negative ? -1 : 1);
  const month = digits(iso, yearEnd + 1, yearEnd + 3);
  const day = digits(iso, yearEnd + 4, iso.length);
  if (Number.isNaN(year + month + day) || month < 1 || month > 12) return NaN;
  return daysFromCivil(year, month, day) * DAY;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's `days_from_civil`). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    value = value * 10 + d;
  }
  return value;
}

/**
 * `dayToTime` of the starts and ends of arrays of events, and `importanceOf` each, read by
 * whoever made the array (in the one pass over the events it made anyway).
 */
const knownTimes = new WeakMap<
  readonly TimelineEvent[],
  { starts: Float64Array; ends: Float64Array; importance: Uint8Array }
>();

/**
 * Remembers the times of `events` (`starts[i]` and `ends[i]` are `dayToTime` of the start and
 * end of `events[i]`, `importance[i]` its `importanceOf`), so that `buildTimeIndex(events)`
 * does not read every event again. The array must not change afterwards.
 */
export function rememberTimes(
  events: readonly TimelineEvent[],
  starts: Float64Array,
  ends: Float64Array,
  importance: Uint8Array,
): void {
  knownTimes.set(events, { starts, ends, importance });
}

/**
 * Sorts the events by start (then end) and indexes them; skips undated events. Input already
 * in time order (as the app passes it) is not sorted again.
 */
export function buildTimeIndex(input: readonly TimelineEvent[]): TimeIndex {
  const n = input.length;
  const rawStarts = new Float64Array(n);
  const rawEnds = new Float64Array(n);
  const rawImportance = new Uint8Array(n);
  const kept = new Int32Array(n);
  let count = 0;
  const known = knownTimes.get(input);
  let sorted = true;
  let last = -Infinity;
  for (let i = 0; i < n; i++) {
    const start = known ? known.starts[i] : dayToTime(input[i].start);
    const end = (known ? known.ends[i] : dayToTime(input[i].end)) + DAY;
    if (!Number.isFinite(start) || !Number.isFinite(end)) continue;
    rawStarts[i] = start;
    rawEnds[i] = Math.max(end, start + DAY);
    rawImportance[i] = known ? known.importance[i] : importanceOf(input[i]);
    if (count && start < last) sorted = false;
    last = start;
    kept[count++] = i;
  }
  const order = kept.slice(0, count);
  if (!sorted) order.sort((a, b) => rawStarts[a] - rawStarts[b] || rawEnds[a] - rawEnds[b]);
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  const importance = new Uint8Array(count);
  const events = new Array<TimelineEvent>(count);
  let hi = -Infinity;
  for (let j = 0; j < count; j++) {
    starts[j] = rawStarts[order[j]];
    ends[j] = rawEnds[order[j]];
    importance[j] = rawImportance[order[j]];
    events[j] = input[order[j]];
    if (ends[j] > hi) hi = ends[j];
  }
  const extent = count ? { start: starts[0], end: hi } : { start: 0, end: DAY };
  return { events, starts, ends, importance, extent, classes: groupByDuration(starts, ends) };
}

/**
 * How notable an event is, for choosing which to label when only some fit: one an editor named,
 * one several documents cite, a period (a war, a reign), one cited often. 0 to 255.
 */
export function importanceOf(event: TimelineEvent): number {
  const citations = event.citations;
  let documents = 0;
  for (let i = 0; i < citations.length && documents < 4; i++) {
    let seen = false;
    for (let j = 0; j < i && !seen; j++) seen = citations[j].document === citations[i].document;
    if (!seen) documents++;
  }
  return (
    (event.curated ? 16 : 0) +
    4 * Math.max(0, documents - 1) +
    Math.min(citations.length, 4) +
    (event.isRange ? 2 : 0)
  );
}

function groupByDuration(starts: Float64Array, ends: Float64Array): DurationClass[] {
  const buckets = new Map<number, number[]>();
  for (let i = 0; i < starts.length; i++) {
    const days = (ends[i] - starts[i]) / DAY;
    if (days <= 1) continue;
    const c = Math.ceil(Math.log2(days));
    let bucket = buckets.get(c);
    if (!bucket) buckets.set(c, (bucket = []));
    bucket.push(i);
  }
  return [...buckets.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([c, members]) => {
      const order = new Int32Array(members.length);
      const memberStarts = new Float64Array(members.length);
      for (let j = 0; j < members.length; j++) {
        order[j] = members[j];
        memberStarts[j] = starts[members[j]];
      }
      return { maxDuration: 2 ** c * DAY, order, starts: memberStarts };
    });
}

/** First index `i` with `sorted[i] >= value` (sorted ascending). */
export function lowerBound(
  sorted: ArrayLike<number>,
  value: number,
  lo = 0,
  hi = sorted.length,
): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index range `[lo, hi)` of events that start in `[t0, t1)`. */
export function findStartRange(index: TimeIndex, t0: number, t1: number): [number, number] {
  return [lowerBound(index.starts, t0), lowerBound(index.starts, t1)];
}

/**
 * Indices of events longer than a day that start before `t` and end after it (ranges running
 * into a window),
 * in start order, at most `limit` of them.
 */
export function findCarriedIn(index: TimeIndex, t: number, limit = 64): number[] {
  const found: number[] = [];
  for (const group of index.classes) {
    const from = lowerBound(group.starts, t - group.maxDuration);
    const to = lowerBound(group.starts, t);
    for (let j = from; j < to; j++) {
      const i = group.order[j];
      if (index.ends[i] > t) found.push(i);
    }
  }
  return found.sort((a, b) => a - b).slice(0, limit);
}
