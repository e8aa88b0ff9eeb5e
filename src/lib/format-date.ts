import { format } from 'date-fns';
import { datePatterns } from './messages';
import type { Precision } from './types';

/** Parts of an ISO day with astronomical year numbering (`-0498-01-01`, `1954-03-31`). */
export interface DayParts {
  year: number;
  month: number;
  day: number;
}

/** Reads `YYYY-MM-DD` (year may be negative or longer than four digits). */
export function parseIsoDay(iso: string): DayParts {
  const match = /^(-?\d{1,6})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Not an ISO day: ${iso}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/**
 * A local Date for a calendar day. `new Date(y, m, d)` maps years 0-99 to 1900-1999, so the
 * year is set with `setFullYear`, which does not.
 */
export function localDate({ year, month, day }: DayParts): Date {
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, month - 1, day);
  return date;
}

/** Milliseconds since the epoch (UTC) for the start of an ISO day; safe for any year. */
export function isoDayToTime(iso: string): number {
  const { year, month, day } = parseIsoDay(iso);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/** A year as people write it: 1954, 499 BC (astronomical 0 is 1 BC). */
export function formatYear(year: number): string {
  return year > 0 ? String(year) : `${1 - year} BC`;
}

function formatAt(parts: DayParts, precision: Precision): string {
  if (parts.year <= 0 || precision === 'year') return formatYear(parts.year);
  if (precision === 'day') return format(localDate(parts), datePatterns.day);
  if (precision === 'month') return format(localDate(parts), datePatterns.month);
  if (precision === 'decade') return `the ${Math.floor(parts.year / 10) * 10}s`;
  return `the ${ordinal(Math.floor((parts.year - 1) / 100) + 1)} century`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/**
 * Writes an event's date the way people write it at its precision: "31 March 1954",
 * "March 1954", "1954", "the 1950s", "1967–1974", "28–30 June 2022".
 */
export function formatEventDate(event: {
  start: string;
  end: string;
  precision: Precision;
  isRange?: boolean;
  approximate?: boolean;
}): string {
  const start = parseIsoDay(event.start);
  const end = parseIsoDay(event.end);
  const prefix = event.approximate ? 'c. ' : '';
  if (!event.isRange) return prefix + formatAt(start, event.precision);
  if (event.precision === 'day' && start.year === end.year && start.month === end.month && start.year > 0) {
    return `${prefix}${start.day}–${format(localDate(end), datePatterns.day)}`;
  }
  return `${prefix}${formatAt(start, event.precision)}–${formatAt(end, event.precision)}`;
}

/** The publication date of a document at its precision, or null when unknown. */
export function formatPublished(published: { value: string | null; precision: string }): string | null {
  if (!published.value) return null;
  const [year, month = '01', day = '01'] = published.value.replace(/^(-?\d+)/, '$1').split(/(?<=\d)-/);
  const precision = (['day', 'month', 'year'] as const).find((p) => p === published.precision) ?? 'year';
  return formatAt({ year: Number(year), month: Number(month), day: Number(day) }, precision);
}
