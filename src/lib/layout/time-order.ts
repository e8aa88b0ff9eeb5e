import type { TimelineEvent } from '../types';
import { dayToTime, daysFromCivil, importanceOf, rememberTimes } from './time-index';
import { DAY } from './view';

/**
 * Events in time order, fast enough for the first frame of a million events. The order is
 * by start day, then end day, then title, stable (the plain sort it replaced is kept as the
 * specification in time-order.test.ts);
 * a day that is not `YYYY-MM-DD` counts as day 0. Each day is read once, by hand (no RegExp,
 * no object per event), and input already in order (as a built dataset is) is not sorted.
 *
 * The start and end times read on the way, and how notable each event is, are remembered for
 * the returned array, so that `buildTimeIndex` of that same array does not read every event
 * again.
 */
export function orderByTime(events: readonly TimelineEvent[]): TimelineEvent[] {
  const n = events.length;
  const startKeys = new Float64Array(n);
  const endKeys = new Float64Array(n);
  const startTimes = new Float64Array(n);
  const endTimes = new Float64Array(n);
  const weights = new Uint8Array(n);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    const event = events[i];
    startKeys[i] = readDay(event.start);
    startTimes[i] = time;
    endKeys[i] = readDay(event.end);
    endTimes[i] = time;
    weights[i] = importanceOf(event);
    if (sorted && i > 0 && before(events, startKeys, endKeys, i, i - 1)) sorted = false;
  }
  if (sorted) {
    const result = events.slice();
    rememberTimes(result, startTimes, endTimes, weights);
    return result;
  }
  const order = sortByKeys(events, startKeys, endKeys);
  const result = new Array<TimelineEvent>(n);
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const importance = new Uint8Array(n);
  for (let j = 0; j < n; j++) {
    const i = order[j];
    result[j] = events[i];
    starts[j] = startTimes[i];
    ends[j] = endTimes[i];
    importance[j] = weights[i];
  }
  rememberTimes(result, starts, ends, importance);
  return result;
}

/**
 * Input positions in the order of a stable sort by start key, then end key, then title. The
 * start keys are sorted natively, each as `key * n + position` (exact below 2^53, which holds
 * for any year of fewer than 10 digits at a million events); only events starting on the same
 * day are then compared one by one. (Past that, every event is compared.)
 */
function sortByKeys(
  events: readonly TimelineEvent[],
  startKeys: Float64Array,
  endKeys: Float64Array,
): Int32Array {
  const n = events.length;
  const order = new Int32Array(n);
  const packed = new Float64Array(n);
  let exact = true;
  for (let i = 0; i < n; i++) {
    const key = startKeys[i];
    if (!(Math.abs(key) * n + n <= Number.MAX_SAFE_INTEGER)) exact = false;
    packed[i] = key * n + i;
    order[i] = i;
  }
  if (exact) {
    packed.sort();
    for (let j = 0; j < n; j++) {
      const value = packed[j];
      let i = value - Math.floor(value / n) * n;
      if (i < 0) i += n;
      else if (i >= n) i -= n;
      order[j] = i;
    }
  }
  // Runs of one start key are in input order: an insertion sort (stable) by end and title.
  // Runs are short in real data; a long one (thousands of events on one day) is sorted natively.
  for (let from = 0; from < n;) {
    let to = from + 1;
    if (!exact) to = n;
    else while (to < n && startKeys[order[to]] === startKeys[order[from]]) to++;
    if (to - from > 64) {
      // Array.prototype.sort is stable: ties keep input order.
      const run = Array.from(order.subarray(from, to)).sort((a, b) =>
        before(events, startKeys, endKeys, a, b)
          ? -1
          : before(events, startKeys, endKeys, b, a)
            ? 1
            : 0,
      );
      order.set(run, from);
    } else {
      for (let j = from + 1; j < to; j++) {
        const item = order[j];
        let k = j;
        while (k > from && before(events, startKeys, endKeys, item, order[k - 1])) {
          order[k] = order[k - 1];
          k--;
        }
        order[k] = item;
      }
    }
    from = to;
  }
  return order;
}

/** Whether event `a` sorts strictly before event `b`: by start key, end key, then title. */
function before(
  events: readonly TimelineEvent[],
  startKeys: Float64Array,
  endKeys: Float64Array,
  a: number,
  b: number,
): boolean {
  if (startKeys[a] !== startKeys[b]) return startKeys[a] < startKeys[b];
  if (endKeys[a] !== endKeys[b]) return endKeys[a] < endKeys[b];
  // Titles only for ties: reading an event is a trip to memory far away.
  return events[a].title < events[b].title;
}

/** `dayToTime` of the day `readDay` last read (NaN when it is not a day). */
let time = NaN;

/**
 * The sort key for an ISO day (`1954-03-31` -> 19540331, 0 when the text is not
 * `-?\d+-\d\d-\d\d`), and, in `time`, what `dayToTime` gives for it.
 */
function readDay(text: string): number {
  time = NaN;
  const iso = typeof text === 'string' ? text : String(text);
  const length = iso.length;
  const yearEnd = length - 6;
  const negative = iso.charCodeAt(0) === 45;
  const from = negative ? 1 : 0;
  if (yearEnd - from < 1 || iso.charCodeAt(yearEnd) !== 45 || iso.charCodeAt(length - 3) !== 45) {
    return 0;
  }
  let year = 0;
  for (let i = from; i < yearEnd; i++) {
    const d = iso.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return 0;
    year = year * 10 + d;
  }
  const m1 = iso.charCodeAt(yearEnd + 1) - 48;
  const m2 = iso.charCodeAt(yearEnd + 2) - 48;
  const d1 = iso.charCodeAt(length - 2) - 48;
  const d2 = iso.charCodeAt(length - 1) - 48;
  if (!(m1 >= 0 && m1 <= 9 && m2 >= 0 && m2 <= 9 && d1 >= 0 && d1 <= 9 && d2 >= 0 && d2 <= 9)) {
    return 0;
  }
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  // Past 15 digits, adding digits by hand no longer gives what Number() reads: ask dayToTime.
  if (yearEnd - from > 15) {
    time = dayToTime(iso);
    return Number(iso.slice(0, yearEnd)) * 10000 + month * 100 + day;
  }
  const signed = negative ? -year : year;
  if (month >= 1 && month <= 12) time = daysFromCivil(signed, month, day) * DAY;
  return signed * 10000 + month * 100 + day;
}
