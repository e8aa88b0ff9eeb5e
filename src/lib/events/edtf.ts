import type { Precision } from '../types';

/**
 * A date as the events stage handles it: its EDTF text and the earliest and latest day it can
 * mean (ISO 8601, astronomical years, at least four digits: `-0498-01-01`).
 */
export interface DateSpan {
  edtf: string;
  start: string;
  end: string;
  precision: Precision;
  isRange: boolean;
  approximate: boolean;
}

/** Coarseness rank of each precision: 0 = day ... 4 = century. */
export const PRECISION_RANK: Record<Precision, number> = {
  day: 0,
  month: 1,
  year: 2,
  decade: 3,
  century: 4,
};

/** Proleptic Gregorian leap year, astronomical numbering (year 0 = 1 BCE is a leap year). */
function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Number of days in `month` (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Formats an astronomical year with at least four digits and a minus sign before 1 BCE. */
export function formatYear(year: number): string {
  const digits = String(Math.abs(year)).padStart(4, '0');
  return year < 0 ? `-${digits}` : digits;
}

/** Formats a day as ISO 8601 with astronomical years. */
export function formatDay(year: number, month: number, day: number): string {
  return `${formatYear(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Orders ISO days as numbers (`y * 10000 + m * 100 + d`): string comparison would sort negative
 * years wrongly.
 */
export function dayKey(iso: string): number {
  const match = /^(-?\d+)-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`not an ISO day: ${iso}`);
  return Number(match[1]) * 10000 + Number(match[2]) * 100 + Number(match[3]);
}

/** The span of whole years `from`..`to` (inclusive). */
export function yearsSpan(from: number, to: number, edtf: string, precision: Precision): DateSpan {
  return {
    edtf,
    start: formatDay(from, 1, 1),
    end: formatDay(to, 12, 31),
    precision,
    isRange: false,
    approximate: false,
  };
}

/** The span of one month. */
export function monthSpan(year: number, month: number): DateSpan {
  return {
    edtf: `${formatYear(year)}-${String(month).padStart(2, '0')}`,
    start: formatDay(year, month, 1),
    end: formatDay(year, month, daysInMonth(year, month)),
    precision: 'month',
    isRange: false,
    approximate: false,
  };
}

/** The span of one day. */
export function daySpan(year: number, month: number, day: number): DateSpan {
  const iso = formatDay(year, month, day);
  return { edtf: iso, start: iso, end: iso, precision: 'day', isRange: false, approximate: false };
}

/** An interval from the start of `from` to the end of `to`: EDTF `a/b`. */
export function joinSpans(from: DateSpan, to: DateSpan): DateSpan {
  const ordered = dayKey(from.start) <= dayKey(to.start);
  const [a, b] = ordered ? [from, to] : [to, from];
  // A BCE decade or century is already an interval (`-0498/-0399`): keep its outer ends, so the
  // result stays one EDTF interval `a/b`, never `a/b/c`.
  const first = a.edtf.split('/')[0];
  const last = b.edtf.split('/').pop() as string;
  return {
    edtf: `${first}/${last}`,
    start: a.start,
    end: dayKey(a.end) > dayKey(b.end) ? a.end : b.end,
    precision:
      PRECISION_RANK[a.precision] <= PRECISION_RANK[b.precision] ? a.precision : b.precision,
    isRange: true,
    approximate: a.approximate || b.approximate,
  };
}

/** True when the two spans share at least one day. */
export function overlaps(a: DateSpan, b: DateSpan): boolean {
  return dayKey(a.start) <= dayKey(b.end) && dayKey(b.start) <= dayKey(a.end);
}

/** True when `outer` contains every day of `inner`. */
export function contains(outer: DateSpan, inner: DateSpan): boolean {
  return dayKey(outer.start) <= dayKey(inner.start) && dayKey(inner.end) <= dayKey(outer.end);
}

/**
 * The astronomical years a decade, century or millennium named by its leading digits spans
 * (`195` 1950-1959, `19` 1900-1999, `00` 0-99). With `bc`, the digits count back from 1 BC as
 * the date engine's values do: TIMEX `BC004` ("the 40s BC") is 49-40 BC, astronomical -48..-39,
 * and `BC00` (the 1st century BC) is 99-1 BC: there is no year 0 BC.
 */
export function unitYears(bc: boolean, digits: string): [number, number] {
  const size = 10 ** (4 - digits.length);
  const high = Number(digits) * size + size - 1;
  const low = Math.max(Number(digits) * size, bc ? 1 : 0);
  return bc ? [1 - high, 1 - low] : [low, high];
}

const SEASON_MONTHS: Record<string, [number, number]> = {
  '21': [3, 5],
  '22': [6, 8],
  '23': [9, 11],
  '24': [12, 12],
};

/**
 * Parses one EDTF date (no interval): `1954`, `1954-03`, `1954-03-31`, `-0498`, `195X`, `19XX`,
 * `-004X` (the 40s BC), `-04XX` (the 5th century BC), seasons `1954-21`, with `~ ? %`.
 */
function parseEdtfDate(text: string): DateSpan | null {
  const match = /^(-?)(\d{2,})(X{0,2})(?:-(\d{2}))?(?:-(\d{2}))?([~?%]?)$/.exec(text);
  if (!match) return null;
  const [, sign, digits, unknown, monthText, dayText, qualifier] = match;
  if (digits.length + unknown.length < 4) return null;
  let span: DateSpan;
  if (unknown) {
    if (monthText) return null;
    // "-004X" is the decade the date engine calls "the 40s BC" (see `unitYears`).
    const [from, to] = unitYears(sign === '-', digits);
    const precision = unknown.length === 1 ? 'decade' : 'century';
    span = yearsSpan(from, to, `${sign}${digits}${unknown}`, precision);
  } else {
    const year = Number(`${sign}${digits}`);
    const month = monthText ? Number(monthText) : 0;
    if (!monthText) span = yearsSpan(year, year, formatYear(year), 'year');
    else if (SEASON_MONTHS[monthText] && !dayText) {
      const [from, to] = SEASON_MONTHS[monthText];
      span = {
        ...joinSpans(monthSpan(year, from), monthSpan(year, to)),
        edtf: `${formatYear(year)}-${monthText}`,
        isRange: false,
      };
    } else if (month < 1 || month > 12) return null;
    else if (!dayText) span = monthSpan(year, month);
    else {
      const day = Number(dayText);
      if (day < 1 || day > daysInMonth(year, month)) return null;
      span = daySpan(year, month, day);
    }
  }
  return qualifier
    ? { ...span, edtf: span.edtf + qualifier, approximate: qualifier !== '?' }
    : span;
}

/**
 * Parses the EDTF subset an editor writes in the curation file: single dates (see above) and
 * intervals `a/b`. Returns null when the text is not such a date (or names an impossible day).
 */
export function parseEdtf(text: string): DateSpan | null {
  const parts = text.trim().split('/');
  if (parts.length > 2) return null;
  const spans = parts.map(parseEdtfDate);
  if (spans.some((span) => span === null)) return null;
  const [from, to] = spans as DateSpan[];
  if (!to) return from;
  if (dayKey(from.start) > dayKey(to.end)) return null;
  return joinSpans(from, to);
}
