import { formatDatePattern as format } from '../format-pattern';
import { formatYear, localDate } from '../format-date';
import { axisLabels, datePatterns, dateWords, eraMessages } from '../messages';
import { DAY } from './view';

/**
 * Semantic ticks for a time axis: the finest calendar step whose labels do not crowd, from
 * millennia down to days, and a context row above (the decade above years, the year above
 * months, the month above days). Pure; works for any year, BCE and 0-99 included, because it
 * counts years and months itself instead of going through local `Date`s.
 */

/** A calendar step between ticks. */
export interface TickStep {
  unit: 'year' | 'month' | 'day';
  step: number;
}

/** A tick: its time (ms UTC) and label. */
export interface Tick {
  time: number;
  label: string;
}

/** A context period (a decade, a year, a month) with its label. */
export interface ContextSpan {
  start: number;
  end: number;
  label: string;
}

/** Steps from coarse to fine; the axis takes the finest one that has room. */
export const TICK_STEPS: readonly TickStep[] = [
  ...[1000, 500, 200, 100, 50, 20, 10, 5, 2, 1].map((step) => ({ unit: 'year' as const, step })),
  ...[6, 3, 1].map((step) => ({ unit: 'month' as const, step })),
  ...[14, 7, 2, 1].map((step) => ({ unit: 'day' as const, step })),
];

const AVERAGE_MS = { year: 365.2425 * DAY, month: 30.436875 * DAY, day: DAY };

/** Start of a year (astronomical numbering) in ms UTC. */
export function yearStart(year: number, month = 1, day = 1): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/** Calendar parts of a time (ms UTC). */
export function timeParts(time: number): { year: number; month: number; day: number } {
  const date = new Date(time);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The most characters a year label on an axis over `window` takes ("3000 BC": 7). */
export function yearLabelChars(window: { start: number; end: number }): number {
  const years = [timeParts(window.start).year, timeParts(window.end).year];
  return Math.max(...years.map((year) => formatYear(year).length));
}

/** Typical label width in px for a step, for spacing; `charPx` is the width of a digit. */
export function labelSpace(step: TickStep, charPx = 7.5): number {
  const chars = step.unit === 'year' ? 7 : step.unit === 'month' ? 4 : 2;
  return chars * charPx + 14;
}

/**
 * The finest step whose ticks are at least `minSpacing(step)` px apart when `msPerPx` ms
 * fit in a pixel.
 */
export function chooseTickStep(msPerPx: number, minSpacing: (step: TickStep) => number): TickStep {
  let chosen = TICK_STEPS[0];
  for (const step of TICK_STEPS) {
    if ((step.step * AVERAGE_MS[step.unit]) / msPerPx >= minSpacing(step)) chosen = step;
  }
  return chosen;
}

/** True when `[t0, t1]` is a span of time: both ends numbers, the end not before the start. */
const isTimeSpan = (t0: number, t1: number) =>
  Number.isFinite(t0) && Number.isFinite(t1) && t0 <= t1;

/** Every tick of `step` in `[t0, t1]`, labelled. At most `limit` ticks. */
export function generateTicks(t0: number, t1: number, step: TickStep, limit = 500): Tick[] {
  const ticks: Tick[] = [];
  // A window that is no time (NaN from a plot of no size) would never reach its end.
  if (!isTimeSpan(t0, t1)) return ticks;
  const from = timeParts(t0);
  if (step.unit === 'year') {
    // Years are counted as people count them: 20 BC, 10 BC, AD 1, 10, 20. There is no year 0:
    // its place in the count is the era boundary, the start of AD 1, so the axis has no gap of
    // twice the step there. The step after AD 1 is a year short (AD 1 to 10 is 9 years), as
    // calendar years are; at a step of one year, AD 1 is the year's own tick.
    let v = Math.floor(from.year / step.step) * step.step - step.step;
    for (; ticks.length < limit; v += step.step) {
      if (v === 0 && step.step === 1) continue;
      const year = v > 0 ? v : v + 1;
      const time = yearStart(year);
      if (time > t1) break;
      if (time >= t0) ticks.push({ time, label: axisYear(year) });
    }
  } else if (step.unit === 'month') {
    let m = from.year * 12 + Math.floor((from.month - 1) / step.step) * step.step;
    for (; ticks.length < limit; m += step.step) {
      const year = Math.floor(m / 12);
      const month = m - year * 12 + 1;
      const time = yearStart(year, month);
      if (time > t1) break;
      if (time >= t0) ticks.push({ time, label: monthLabel(year, month, datePatterns.axisMonth) });
    }
  } else {
    let time = yearStart(from.year, from.month);
    for (; ticks.length < limit && time <= t1; time += DAY) {
      const { year, month, day } = timeParts(time);
      if (time < t0 || !dayMatches(day, step.step)) continue;
      ticks.push({
        time,
        label: format(localDate({ year, month, day }), axisLabels.axisDayOfMonth),
      });
    }
  }
  return ticks;
}

/** A year as the axis writes it: as people do, and AD 1, where the era begins, named so. */
function axisYear(year: number): string {
  return year === 1 ? eraMessages.adYear(formatYear(year)) : formatYear(year);
}

/** Days shown at each step: 1, 15 for 14; 1, 8, 15, 22 for 7; odd days for 2. */
function dayMatches(day: number, step: number): boolean {
  return (day - 1) % step === 0 && day + step <= 32;
}

function monthLabel(year: number, month: number, pattern: string): string {
  return format(localDate({ year, month, day: 1 }), pattern);
}

/** The context spans overlapping `[t0, t1]` for a step (none above centuries). */
export function generateContext(
  t0: number,
  t1: number,
  step: TickStep,
  limit = 200,
): ContextSpan[] {
  const spans: ContextSpan[] = [];
  if (!isTimeSpan(t0, t1)) return spans;
  const from = timeParts(t0);
  if (step.unit === 'year') {
    const size = step.step <= 5 ? 10 : step.step <= 50 ? 100 : 0;
    if (!size) return spans;
    // Periods are counted as the ticks count years (500 BC, 400 BC, AD 100), so that their
    // edges fall on ticks: the 5th century BC runs from the 500 BC tick to the 400 BC one.
    const count = from.year > 0 ? from.year : from.year - 1;
    for (let v = Math.floor(count / size) * size; spans.length < limit; v += size) {
      const start = yearStart(countedYear(v));
      if (start > t1) break;
      spans.push({ start, end: yearStart(countedYear(v + size)), label: periodLabel(v, size) });
    }
  } else if (step.unit === 'month') {
    for (let y = from.year; spans.length < limit; y++) {
      const start = yearStart(y);
      if (start > t1) break;
      spans.push({ start, end: yearStart(y + 1), label: axisYear(y) });
    }
  } else {
    for (let m = from.year * 12 + from.month - 1; spans.length < limit; m++) {
      const year = Math.floor(m / 12);
      const month = m - year * 12 + 1;
      const start = yearStart(year, month);
      if (start > t1) break;
      const name = monthLabel(year, month, datePatterns.monthOnly);
      spans.push({
        start,
        end: yearStart(year, month + 1),
        label: axisLabels.monthOfYear(name, formatYear(year)),
      });
    }
  }
  return spans;
}

/** The astronomical year where a period counted from year `v` (500 BC is -500) begins. */
function countedYear(v: number): number {
  return v < 0 ? v + 1 : Math.max(v, 1);
}

/**
 * "1950s", "20th century", "5th century BC"; decades before AD 10 as a range of years
 * ("500 BC–491 BC"). `v` counts years as the ticks do (500 BC is -500; there is no year 0).
 */
function periodLabel(v: number, size: number): string {
  if (size === 100) {
    const century = dateWords.centuryName(dateWords.ordinal(Math.abs(v / 100) + (v < 0 ? 0 : 1)));
    return v < 0 ? dateWords.bcUnit(century) : century;
  }
  if (v > 0) return axisLabels.period(formatYear(v));
  return axisLabels.range(formatYear(countedYear(v)), formatYear(countedYear(v + size) - 1));
}
