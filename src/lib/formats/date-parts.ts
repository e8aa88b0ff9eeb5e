import { formatYear } from '../events/edtf';
import type { Precision } from '../types';

/** A date as TimelineJS and spreadsheets write it: numbers for year, month and day. */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

/** What is needed of an event to write its date as parts: its span of days and precision. */
export interface SpanOfDays {
  start: string;
  end: string;
  precision: Precision;
  isRange?: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Reads `YYYY-MM-DD` (astronomical, maybe negative) into numbers. */
function readDay(iso: string): { year: number; month: number; day: number } {
  const [, year, month, day] = /^(-?\d+)-(\d{2})-(\d{2})$/.exec(iso) ?? ['', '0', '1', '1'];
  return { year: Number(year), month: Number(month), day: Number(day) };
}

/** One end of a span as parts, at a precision: day keeps all three, month two, the rest the year. */
function partsAt(iso: string, precision: Precision): DateParts {
  const { year, month, day } = readDay(iso);
  if (precision === 'day') return { year, month, day };
  if (precision === 'month') return { year, month };
  return { year };
}

/**
 * An event's date as start (and end) parts. A decade or century, which the parts cannot say,
 * becomes its first and last year; a range its two ends; a point in time only a start.
 */
export function spanToParts(span: SpanOfDays): { start: DateParts; end?: DateParts } {
  const start = partsAt(span.start, span.precision);
  const wide = span.precision === 'decade' || span.precision === 'century';
  if (!span.isRange && !wide) return { start };
  const end = partsAt(span.end, span.precision);
  const same = end.year === start.year && end.month === start.month && end.day === start.day;
  return same ? { start } : { start, end };
}

/** Parts as an EDTF date: `1954`, `1954-03`, `1954-03-31`; null when they are not a calendar date. */
export function partsToEdtf(parts: DateParts): string | null {
  const { year, month, day } = parts;
  if (!Number.isInteger(year) || Math.abs(year) > 9999) return null;
  if (month === undefined) return day === undefined ? formatYear(year) : null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (day === undefined) return `${formatYear(year)}-${pad(month)}`;
  if (!Number.isInteger(day) || day < 1 || day > 31) return null;
  return `${formatYear(year)}-${pad(month)}-${pad(day)}`;
}

/**
 * Reads a part as TimelineJS and spreadsheets give it: a number or text of digits (maybe signed);
 * blank is absent. Returns NaN for anything else, so the caller can report the row.
 */
export function readPart(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return NaN;
  const text = value.trim();
  if (text === '') return undefined;
  return /^[-+]?\d+$/.test(text) ? Number(text) : NaN;
}
