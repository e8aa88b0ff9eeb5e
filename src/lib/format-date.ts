import { formatDatePattern as format } from './format-pattern';
import { dateWords, datePatterns, eraMessages } from './messages';
import type { Precision } from './types';
import { formatDay, unitYears } from './events/edtf';

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
  return year > 0 ? String(year) : dateWords.bc(1 - year);
}

/** A year standing alone as a date: "AD 79" below 1000, which alone could read as a number. */
function namedYear(year: number): string {
  return year > 0 && year < 1000 ? eraMessages.adYear(String(year)) : formatYear(year);
}

/** What `formatEventDate` needs of an event: its span of days and how it is known. */
export interface DateSpanLike {
  start: string;
  end: string;
  precision: Precision;
  isRange?: boolean;
  approximate?: boolean;
}

type Part = 'early' | 'mid' | 'late';

/** Which part of a unit of `size` years starting at `base` the years `from..to` cover, if not all. */
function partOfUnit(from: number, to: number, base: number, size: number): Part | null {
  if (from <= base && to >= base + size - 1) return null;
  if (to >= base + size - 1) return 'late';
  return from <= base ? 'early' : 'mid';
}

/** A single date (not a range) at its precision; decades and centuries may be a part of one. */
function formatPoint(
  start: DayParts,
  end: DayParts,
  precision: Precision,
): { text: string; part: boolean } {
  const plain = (text: string) => ({ text, part: false });
  if (precision === 'year') return plain(namedYear(start.year));
  if (precision === 'day') return plain(format(localDate(start), datePatterns.day));
  if (precision === 'month') return plain(format(localDate(start), datePatterns.month));
  if (precision === 'century' && end.year - start.year >= MILLENNIUM - 2)
    return plain(millenniumName(start.year, end.year));
  const size = precision === 'decade' ? 10 : 100;
  if (end.year <= 0) {
    // Before AD 1: "the 5th century BC" when it is the whole unit, else its years.
    const name = unitName(start.year, precision);
    const whole =
      end.year - start.year + 1 >= size - 1 && name === unitName(end.year, precision, true);
    return plain(whole ? name : yearRange(start.year, end.year));
  }
  if (start.year < 0) return plain(yearRange(start.year, end.year));
  const base = Math.floor(start.year / size) * size;
  const ordinal = dateWords.ordinal(base / 100 + 1);
  const part = partOfUnit(start.year, end.year, base, size);
  if (part) {
    const name = precision === 'decade' ? `${base}s` : dateWords.centuryName(ordinal);
    return { text: dateWords.partOf(part, name), part: true };
  }
  return plain(
    precision === 'decade' ? dateWords.decade(String(base)) : dateWords.century(ordinal),
  );
}

const MILLENNIUM = 1000;

/**
 * A thousand years of century precision (the date engine's "the second millennium"): "the 2nd
 * millennium" (1000-1999, counted as centuries are), "the 1st millennium BC" (999-1 BC);
 * other long spans are their years.
 */
function millenniumName(from: number, to: number): string {
  if (to <= 0) {
    const [high, low] = [1 - from, 1 - to];
    const ordinal = dateWords.ordinal(Math.floor(high / MILLENNIUM) + 1);
    const whole = high - low >= MILLENNIUM - 2 && low % MILLENNIUM <= 1;
    return whole ? dateWords.bcUnit(dateWords.millennium(ordinal)) : yearRange(from, to);
  }
  const whole = from >= 0 && from % MILLENNIUM === 0 && to === from + MILLENNIUM - 1;
  return whole
    ? dateWords.millennium(dateWords.ordinal(from / MILLENNIUM + 1))
    : yearRange(from, to);
}

const yearRange = (from: number, to: number) => dateWords.range(formatYear(from), formatYear(to));

/**
 * The decade or century an astronomical year is in: "the 1950s", "the 20th century". Before
 * AD 1 they are counted in BC years, backwards: 499-400 BC (the date engine's "400s BC") and
 * 500-401 BC are both "the 5th century BC"; 1219-1210 BC are "the 1210s BC". `last`: the year
 * ends the unit (400 BC ends the 5th century BC in the first reading).
 */
function unitName(year: number, precision: 'decade' | 'century', last = false): string {
  if (year > 0) {
    const base = Math.floor(year / (precision === 'decade' ? 10 : 100));
    return precision === 'decade'
      ? dateWords.decade(String(base * 10))
      : dateWords.century(dateWords.ordinal(base + 1));
  }
  const bc = 1 - year;
  return dateWords.bcUnit(
    precision === 'decade'
      ? dateWords.decade(String(Math.floor(bc / 10) * 10))
      : dateWords.century(dateWords.ordinal(Math.floor((last ? bc : bc - 1) / 100) + 1)),
  );
}

/** The end of a range written without what it shares with the start ("28–30 June 2022"). */
function formatRange(start: DayParts, end: DayParts, precision: Precision): string {
  const sameYear = start.year === end.year;
  if (precision === 'day' && sameYear) {
    if (start.month === end.month) {
      return dateWords.range(String(start.day), format(localDate(end), datePatterns.day));
    }
    const from = format(localDate(start), datePatterns.dayMonth);
    return dateWords.wideRange(from, format(localDate(end), datePatterns.day));
  }
  if (precision === 'month' && sameYear) {
    const from = format(localDate(start), datePatterns.monthOnly);
    return dateWords.range(from, format(localDate(end), datePatterns.month));
  }
  if (precision === 'decade' || precision === 'century') {
    // Each end names its whole unit: "the 1950s – the 1970s", not "early 1950s – late 1970s".
    return dateWords.wideRange(
      unitName(start.year, precision),
      unitName(end.year, precision, true),
    );
  }
  if (precision === 'year') {
    // "AD 950–1050", "44 BC–AD 14": the era once, where it is not plain.
    const to = start.year <= 0 && end.year > 0 ? namedYear(end.year) : formatYear(end.year);
    return dateWords.range(namedYear(start.year), to);
  }
  const from = formatPoint(start, start, precision).text;
  const to = formatPoint(end, end, precision).text;
  return dateWords.wideRange(from, to);
}

/**
 * Writes an event's date the way people write it at its precision: "31 March 1954",
 * "March 1954", "1954", "the 1950s", "late 1930s", "1967–1974", "28–30 June 2022".
 */
export function formatEventDate(event: DateSpanLike): string {
  const start = parseIsoDay(event.start);
  const end = parseIsoDay(event.end);
  if (event.isRange) {
    return (event.approximate ? dateWords.circa : '') + formatRange(start, end, event.precision);
  }
  const point = formatPoint(start, end, event.precision);
  // "late 1930s" already says it is approximate.
  return (event.approximate && !point.part ? dateWords.circa : '') + point.text;
}

const PRECISION_OF_DIGITS: Record<number, Precision> = { 1: 'year', 2: 'month', 3: 'day' };

/** The span of days a simple EDTF date means (`1954-03`, `195X~`, `2022-06-28/2022-06-30`). */
export function spanOfEdtf(edtf: string): (DateSpanLike & { isRange: boolean }) | null {
  const ends = edtf.split('/');
  if (ends.length === 2) {
    const [a, b] = ends.map(spanOfEdtf);
    if (!a || !b) return null;
    const precision = a.precision === b.precision ? a.precision : 'day';
    return {
      ...a,
      end: b.end,
      precision,
      isRange: true,
      approximate: a.approximate || b.approximate,
    };
  }
  const approximate = /[~%]$/.test(edtf);
  const bare = edtf.replace(/[~?%]$/, '');
  const pad = (n: number) => String(n).padStart(2, '0');
  const unit = /^(-?)(\d{2,3})(X{1,2})$/.exec(bare);
  if (unit && unit[2].length + unit[3].length === 4) {
    // "-004X" is the date engine's "the 40s BC" (49-40 BC); "00XX" the years 0-99.
    const [from, to] = unitYears(unit[1] === '-', unit[2]);
    const precision = unit[3].length === 1 ? 'decade' : 'century';
    return {
      start: formatDay(from, 1, 1),
      end: formatDay(to, 12, 31),
      precision,
      isRange: false,
      approximate,
    };
  }
  const match = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(bare);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : null;
  const day = match[3] ? Number(match[3]) : null;
  if ((month !== null && (month < 1 || month > 12)) || (day !== null && (day < 1 || day > 31)))
    return null;
  const lastDay = month
    ? new Date(Date.UTC(2001, month, 0)).getUTCDate() + (month === 2 && isLeap(year) ? 1 : 0)
    : 31;
  return {
    start: `${match[1]}-${pad(month ?? 1)}-${pad(day ?? 1)}`,
    end: `${match[1]}-${pad(month ?? 12)}-${pad(day ?? lastDay)}`,
    precision: PRECISION_OF_DIGITS[match.filter(Boolean).length - 1],
    isRange: false,
    approximate,
  };
}

function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** An EDTF date as people write it; the EDTF itself when it is not a form this app knows. */
export function formatEdtf(edtf: string): string {
  const span = spanOfEdtf(edtf);
  return span ? formatEventDate(span) : edtf;
}

/** The publication date of a document at its precision, or null when unknown. */
export function formatPublished(published: {
  value: string | null;
  precision: string;
}): string | null {
  if (!published.value) return null;
  const [year, month = '01', day = '01'] = published.value.split(/(?<=\d)-/);
  const precision =
    (['day', 'month', 'year'] as const).find((p) => p === published.precision) ?? 'year';
  const parts = { year: Number(year), month: Number(month), day: Number(day) };
  if ([parts.year, parts.month, parts.day].some(Number.isNaN)) return published.value;
  return formatPoint(parts, parts, precision).text;
}
