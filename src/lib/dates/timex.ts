/**
 * TIMEX3 value helpers: format calendar parts as values, parse values back and shift them.
 * Years are signed (499 BC is -499, no year zero), days are proleptic Gregorian; no Date object
 * is used, so results never depend on the clock or the time zone.
 */
import type { Granularity } from '../types';

/** A calendar point at some precision; `y` null means the year is unknown (XXXX). */
export interface CalPoint {
  y: number | null;
  m?: number;
  d?: number;
}

const PADDED2 = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
const PADDED4 = Array.from({ length: 2200 }, (_, i) => String(i).padStart(4, '0'));

/** Zero-pads a number to `width` digits. */
export function pad(n: number, width: number): string {
  const a = Math.abs(n);
  if (width === 2 && a < 100 && a % 1 === 0) return PADDED2[a];
  if (width === 4 && a < 2200 && a % 1 === 0) return PADDED4[a];
  return String(a).padStart(width, '0');
}

/** Formats a signed year the TIMEX3 way: `1954`, `BC0499`, `XXXX` when unknown. */
export function formatYear(y: number | null): string {
  if (y === null) return 'XXXX';
  return y < 0 ? `BC${pad(-y, 4)}` : pad(y, 4);
}

/** Formats a point as `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (with `XX` for an unknown month). */
export function formatPoint(p: CalPoint): string {
  let out = formatYear(p.y);
  if (p.m !== undefined) out += `-${pad(p.m, 2)}`;
  else if (p.d !== undefined) out += '-XX';
  if (p.d !== undefined) out += `-${pad(p.d, 2)}`;
  return out;
}

/** Granularity of a point (the finest part it has). */
export function pointGranularity(p: CalPoint): Granularity {
  if (p.d !== undefined) return 'day';
  if (p.m !== undefined) return 'month';
  return 'year';
}

/**
 * Parses `1954`, `BC0499`, `1954-03`, `1954-03-31`, `1944-SU` (season dropped) into a point.
 * Reads character codes rather than running a pattern: the anchoring pass calls it for every
 * mention, and a match array per call was a fifth of that pass's garbage.
 */
export function parsePoint(value: string): CalPoint | null {
  const bc = value.charCodeAt(0) === 66 && value.charCodeAt(1) === 67; // "BC"
  const at = bc ? 2 : 0;
  const year = digitsAt(value, at, 4);
  if (year === NOT_DIGITS) return null;
  const p: CalPoint = { y: year === UNKNOWN ? null : year * (bc ? -1 : 1) };
  const month = value.charCodeAt(at + 4) === 45 ? digitsAt(value, at + 5, 2) : NOT_DIGITS;
  if (month === NOT_DIGITS) return p;
  if (month !== UNKNOWN) p.m = month;
  const day = value.charCodeAt(at + 7) === 45 ? digitsAt(value, at + 8, 2) : NOT_DIGITS;
  if (day >= 0 && p.m !== undefined) p.d = day;
  return p;
}

const NOT_DIGITS = -1;
const UNKNOWN = -2;

/** The number written by `width` digits at `at`, UNKNOWN for as many X's, else NOT_DIGITS. */
function digitsAt(s: string, at: number, width: number): number {
  if (s.charCodeAt(at) === 88) {
    for (let k = 1; k < width; k++) if (s.charCodeAt(at + k) !== 88) return NOT_DIGITS;
    return UNKNOWN;
  }
  let n = 0;
  for (let k = 0; k < width; k++) {
    const c = s.charCodeAt(at + k);
    if (!(c >= 48 && c <= 57)) return NOT_DIGITS;
    n = n * 10 + (c - 48);
  }
  return n;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Number of days in a month of a (signed) year. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeap(y < 0 ? y + 1 : y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** Adds years to a signed year, skipping the missing year zero. */
function addYears(y: number, n: number): number {
  const astro = y < 0 ? y + 1 : y;
  const out = astro + n;
  return out <= 0 ? out - 1 : out;
}

/** Shifts a point by `n` units ('Y', 'M', 'W', 'D', 'DE'), keeping its precision. */
export function shiftPoint(p: CalPoint, n: number, unit: string): CalPoint {
  if (p.y === null) return p;
  if (unit === 'Y' || unit === 'DE' || unit === 'CE') {
    const k = unit === 'Y' ? n : unit === 'DE' ? n * 10 : n * 100;
    return { ...p, y: addYears(p.y, k) };
  }
  if (unit === 'M') {
    if (p.m === undefined) return p;
    const total = (p.m - 1 + n) % 12;
    const carry = Math.floor((p.m - 1 + n) / 12);
    const m = total < 0 ? total + 12 : total + 1;
    const out: CalPoint = { y: addYears(p.y, carry), m };
    if (p.d !== undefined) out.d = Math.min(p.d, daysInMonth(out.y as number, m));
    return out;
  }
  const days = unit === 'W' ? n * 7 : n;
  if (p.m === undefined || p.d === undefined) return p;
  let { y, m, d } = { y: p.y, m: p.m, d: p.d + days };
  // Walk month by month: offsets in prose are small, so this stays cheap.
  while (d > daysInMonth(y, m)) {
    d -= daysInMonth(y, m);
    m += 1;
    if (m > 12) [m, y] = [1, addYears(y, 1)];
  }
  while (d < 1) {
    m -= 1;
    if (m < 1) [m, y] = [12, addYears(y, -1)];
    d += daysInMonth(y, m);
  }
  return { y, m, d };
}

/** Truncates a point to a granularity ('year' | 'month' | 'day'). */
export function truncatePoint(p: CalPoint, to: 'year' | 'month' | 'day'): CalPoint {
  if (to === 'year') return { y: p.y };
  if (to === 'month') return p.m === undefined ? { y: p.y } : { y: p.y, m: p.m };
  return p;
}

/** Parses a document creation time ("1998-02-13", "2024-07", "2022") or returns null. */
export function parseDct(dct: string | null | undefined): CalPoint | null {
  if (!dct) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T)/.exec(dct.trim());
  if (!m) return null;
  const p: CalPoint = { y: Number(m[1]) };
  if (m[2]) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    p.m = month;
  }
  if (m[3]) {
    const day = Number(m[3]);
    if (day < 1 || day > daysInMonth(p.y as number, p.m as number)) return null;
    p.d = day;
  }
  return p;
}

/** Builds a valid point from parts, or null when the day does not exist in that month. */
export function makePoint(y: number | null, m?: number, d?: number): CalPoint | null {
  if (m !== undefined && (m < 1 || m > 12)) return null;
  if (d !== undefined) {
    if (m === undefined || d < 1) return null;
    if (d > (y === null ? daysInMonth(2000, m) : daysInMonth(y, m))) return null;
  }
  const p: CalPoint = { y };
  if (m !== undefined) p.m = m;
  if (d !== undefined) p.d = d;
  return p;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (signed years, no year zero). */
export function dayNumber(y: number, m: number, d: number): number {
  let year = y < 0 ? y + 1 : y;
  year -= m <= 2 ? 1 : 0;
  const era = Math.floor(year / 400);
  const yoe = year - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** ISO day of the week of a date: 1 for Monday to 7 for Sunday. */
export function weekday(y: number, m: number, d: number): number {
  const n = dayNumber(y, m, d);
  // 1970-01-01 was a Thursday (4).
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** ISO 8601 week of a date, as a TIMEX3 value: `1998-W07`. */
export function isoWeekValue(y: number, m: number, d: number): string {
  const n = dayNumber(y, m, d);
  const thursday = n + 4 - weekday(y, m, d);
  for (const year of [y + 1, y, y - 1]) {
    if (year === 0) continue;
    const monday = dayNumber(year, 1, 4) - (weekday(year, 1, 4) - 1);
    if (thursday >= monday)
      return `${formatYear(year)}-W${pad(Math.floor((thursday - monday) / 7) + 1, 2)}`;
  }
  return formatPoint({ y, m, d });
}
