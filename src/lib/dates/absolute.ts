/**
 * Calendar dates written out: full dates in word and numeric orders, month + year, month + day
 * (year from context), bare months and bare years (with or without an era).
 */
import {
  wordAfter,
  wordBefore,
  type Candidate,
  type Completion,
  type Need,
  type NeedKind,
  type Rule,
} from './candidate';
import { isPlausibleYear, isYearContext } from './reject';
import { DATE_SHORT_YEAR_RE, EraNeed, shortYearOfDate } from './short-years';
import { MONTH_RE, monthNumber } from './tokens';
import { formatPoint, makePoint, pointGranularity, type CalPoint } from './timex';

const ERA = '(?:BCE|BC|B\\.C\\.(?:E\\.)?|AD|A\\.D\\.|CE|C\\.E\\.)';
/** A year: four digits, or one to four digits with an era ("479 BC", "AD 9"). */
export const YEAR_RE = `(?:\\d{1,4}[ \\u00a0]?${ERA}(?![A-Za-z])|(?:AD|A\\.D\\.)[ \\u00a0]?\\d{1,4}(?!\\d)|\\d{4}(?![\\w%]|[.,]\\d))`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const SP = '[ \\u00a0]+';
const LEFT = '\\b';
const NOT_AFTER = '$€£¥#@.,/-';

/** Parses a year matched by YEAR_RE into a signed year (BC negative). */
export function parseYear(s: string): number {
  // Character codes rather than patterns: this runs for every year the scan proposes.
  let k = 0;
  while (k < s.length && !isDigitCode(s.charCodeAt(k))) k++;
  const from = k;
  while (k < s.length && isDigitCode(s.charCodeAt(k))) k++;
  const n = k - from > 15 ? Number(s.slice(from, k)) : digitValue(s, from, k);
  return hasBc(s) ? -n : n;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function digitValue(s: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) n = n * 10 + (s.charCodeAt(k) - 48);
  return n;
}

/** True when `s` contains "BC" or "B.C" (so "BCE" and "B.C.E." too). */
function hasBc(s: string): boolean {
  for (let k = s.indexOf('B'); k >= 0; k = s.indexOf('B', k + 1)) {
    const next = s.charCodeAt(k + 1);
    if (next === 67 || (next === 46 && s.charCodeAt(k + 2) === 67)) return true;
  }
  return false;
}

function allDigits(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (!isDigitCode(s.charCodeAt(k))) return false;
  return true;
}

/** The year of a written date: YEAR_RE, or three bare digits ("25 December 800"). */
const DATE_YEAR = `${YEAR_RE}|${DATE_SHORT_YEAR_RE}`;
const FULL_MDY = new RegExp(
  `${LEFT}(${MONTH_RE})${SP}${DAY}(?:,[ \\u00a0]*|${SP})(${DATE_YEAR})`,
  'g',
);
const FULL_DMY = new RegExp(
  `${LEFT}${DAY}${SP}(?:of${SP})?(${MONTH_RE}),?${SP}(${DATE_YEAR})`,
  'g',
);
const MONTH_YEAR = new RegExp(`\\b(${MONTH_RE}),?${SP}(?:of${SP})?(${DATE_YEAR})`, 'g');
const MONTH_DAY = new RegExp(`\\b(${MONTH_RE})${SP}${DAY}(?![\\d:]|[.,]\\d|[A-Za-z])`, 'g');
const DAY_MONTH = new RegExp(`${LEFT}${DAY}${SP}(?:of${SP})?(${MONTH_RE})(?![A-Za-z])`, 'g');
const BARE_MONTH = new RegExp(`\\b(${MONTH_RE.replace(/\|\(\?:Jan.*$/, ')')})(?![\\w'’-])`, 'g');
/**
 * ISO `2023-05-04`, with a time (`2023-05-03T18:30`); `2023/05/08`; day-month-year orders. A
 * full stop may follow (the end of a sentence), but not a digit after it.
 */
const NUMERIC =
  /\b(\d{4})([-/])(\d{2})\2(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\w/-]|\.\w|-\d)|\b(\d{1,2})([./-])(\d{1,2})\8(\d{4}|\d{2})(?![\w/-]|[.-]\d)/g;
const BARE_YEAR = new RegExp(`${LEFT}(?:${YEAR_RE})`, 'g');
/** ISO weeks `2020-W14` and year-months `2019-11`. */
const ISO_PART = /\b(\d{4})-(?:W(\d{2})|(\d{2}))(?![\w/-]|[.,:]\d)/g;
/**
 * Fiscal years: "fiscal 2019", "fiscal year 2011", "FY2022", "FY 2022", "FY22". Valued as the
 * calendar year they are named by (the timeline has no fiscal calendars).
 */
const FISCAL =
  /\b(?:[Ff]iscal(?:[ \u00a0]+[Yy]ear)?[ \u00a0]+|FY[ \u00a0]?)(\d{4}|['’]?\d{2})(?![\w%]|[.,]\d)/g;

function fiscalYear(m: RegExpExecArray): Candidate | null {
  const digits = m[1].replace(/^['’]/, '');
  let y = Number(digits);
  if (digits.length === 2) {
    // Two digits only after "FY" or with an apostrophe: "fiscal 22" could be a count.
    if (!/^FY|['’]/.test(m[0])) return null;
    y += y < 50 ? 2000 : 1900;
  }
  if (!isPlausibleYear(y)) return null;
  return fixed(m, { y }, 1);
}

function fixed(m: RegExpExecArray, p: CalPoint | null, priority = 0): Candidate | null {
  if (!p) return null;
  return {
    start: m.index,
    end: m.index + m[0].length,
    type: 'DATE',
    value: formatPoint(p),
    granularity: pointGranularity(p),
    priority,
  };
}

/**
 * A written date with its year. A year of three bare digits must read as one (see
 * short-years.ts), and takes its era from the narrative.
 */
function withYear(
  m: RegExpExecArray,
  text: string,
  year: string,
  month: number,
  day?: number,
): Candidate | null {
  const short = shortYearOfDate(text, year, m.index + m[0].length);
  if (short === false) return null;
  const c = fixed(m, makePoint(parseYear(year), month, day));
  if (c && short) c.need = new EraNeed(Number(year), c.value.slice(4));
  return c;
}

/** A need that takes the year from the reference point (month + day, bare month). */
export function needYear(m?: number, d?: number, suffix = ''): Need {
  return new YearNeed(m, d, suffix);
}

/** A class rather than closures: one is made for every year-less date the scan proposes. */
class YearNeed implements Need {
  kind: NeedKind = 'calendar';
  reason = 'year taken from';
  fallback: string;
  m: number | undefined;
  d: number | undefined;
  suffix: string;
  constructor(m: number | undefined, d: number | undefined, suffix: string) {
    this.m = m;
    this.d = d;
    this.suffix = suffix;
    this.fallback = formatPoint({ y: null, m, d }) + suffix;
  }
  complete(ref: CalPoint): Completion {
    return { value: formatPoint({ y: ref.y, m: this.m, d: this.d }) + this.suffix };
  }
}

function partial(m: RegExpExecArray, month: number, day?: number): Candidate | null {
  if (!makePoint(2000, month, day)) return null;
  return {
    start: m.index,
    end: m.index + m[0].length,
    type: 'DATE',
    value: formatPoint({ y: null, m: month, d: day }),
    granularity: day === undefined ? 'month' : 'day',
    need: needYear(month, day),
  };
}

/** Words before a bare month that show it is a date ("in June", "by May"). */
const MONTH_CONTEXT = new Set([
  'in',
  'of',
  'by',
  'until',
  'till',
  'since',
  'from',
  'during',
  'before',
  'after',
  'through',
  'throughout',
  'early',
  'late',
  'mid',
  'end',
  'beginning',
  'start',
  'middle',
  'and',
  'or',
  'to',
  'between',
  'last',
  'next',
  'this',
  'that',
  'each',
  'every',
  'on',
  'until',
  'around',
  'into',
]);

const MONTH_SPAN_NEXT =
  /^[ \u00a0]?[-–—][ \u00a0]?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;

function bareMonth(text: string, m: RegExpExecArray): Candidate | null {
  const word = m[1];
  const before = wordBefore(text, m.index);
  // "March–July 1918": a month that opens a span of months is a date wherever it stands.
  const known =
    MONTH_CONTEXT.has(before) ||
    MONTH_SPAN_NEXT.test(text.slice(m.index + word.length, m.index + word.length + 12));
  const next = wordAfter(text, m.index + word.length);
  if (word === 'May' && !known) return null;
  // "March on Rome", "June Carter": a verb/noun or a given name unless a preposition precedes.
  if (!known && /^[A-Z]/.test(next)) return null;
  if (word === 'March' && !known) return null;
  const c = partial(m, monthNumber(word));
  // "That July", "that same June": the month of the story told, even in a new paragraph of a
  // dated text (a bare "In July" there is the document's year).
  if (
    c?.need &&
    (before === 'that' ||
      (before === 'same' &&
        /\bthat\s+same\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))))
  )
    c.need.kind = 'anaphoric';
  return c;
}

function numericDate(m: RegExpExecArray, text: string): Candidate | null {
  if (m[1]) {
    const day = fixed(m, makePoint(Number(m[1]), Number(m[3]), Number(m[4])), 1);
    if (!day || m[5] === undefined) return day;
    const [h, min] = [Number(m[5]), Number(m[6])];
    if (h > 24 || min > 59) return null;
    return { ...day, type: 'TIME', value: `${day.value}T${m[5]}:${m[6]}`, granularity: 'time' };
  }
  const a = Number(m[7]);
  const b = Number(m[9]);
  let y = Number(m[10]);
  if (m[10].length === 2) y += y < 50 ? 2000 : 1900;
  if (!isPlausibleYear(y)) return null;
  // "version 2.4.10" is not a date.
  if (/^(?:version|v|ver)$/.test(wordBefore(text, m.index))) return null;
  // Dots are European day.month; slashes and hyphens are US month/day unless that cannot be, or
  // the document writes its other dates day first ("29/04/2023" makes "02/05/2023" 2 May).
  const dayFirst = m[8] === '.' || a > 12 || (b <= 12 && slashDaysFirst(text));
  return fixed(m, dayFirst ? makePoint(y, b, a) : makePoint(y, a, b), 1);
}

const SLASH_DATE = /\b(\d{1,2})[/-](\d{1,2})[/-](?:\d{4}|\d{2})\b/g;
let slashText: string | null = null;
let slashDayFirst = false;

/**
 * True when the text's slash or hyphen dates show day-first order (some first number is above
 * 12) and none shows month-first order. Computed once per text.
 */
function slashDaysFirst(text: string): boolean {
  if (text === slashText) return slashDayFirst;
  let dayFirst = false;
  let monthFirst = false;
  for (const d of text.matchAll(SLASH_DATE)) {
    const [a, b] = [Number(d[1]), Number(d[2])];
    if (a > 12 && a <= 31 && b <= 12) dayFirst = true;
    else if (b > 12 && b <= 31 && a <= 12) monthFirst = true;
  }
  slashText = text;
  slashDayFirst = dayFirst && !monthFirst;
  return slashDayFirst;
}

function isoPart(text: string, m: RegExpExecArray): Candidate | null {
  const y = Number(m[1]);
  if (!isPlausibleYear(y) || !isYearContext(text, m.index, m.index + 4)) return null;
  if (m[2] !== undefined) {
    const week = Number(m[2]);
    if (week < 1 || week > 53) return null;
    const c = fixed(m, { y }, 1);
    return c && { ...c, value: `${m[1]}-W${m[2]}`, granularity: 'week' };
  }
  // "2007-08" is a span of two years; only a second number that cannot end a span ahead of the
  // first is a month: "2019-11", "1998-03".
  const month = Number(m[3]);
  if (month > y % 100) return null;
  return fixed(m, makePoint(y, month), 1);
}

function bareYear(text: string, m: RegExpExecArray): Candidate | null {
  const s = m[0];
  const y = parseYear(s);
  if (s.length === 4 && allDigits(s)) {
    if (!isPlausibleYear(y)) return null;
    // "2001/29/EC", "1920/1080": a slash and a number that make no span of years (see
    // ranges.ts) make a code or a ratio, as "12/1945" before it does (NOT_AFTER).
    const end = m.index + 4;
    if (text.charCodeAt(end) === 47 && isDigitCode(text.charCodeAt(end + 1))) return null;
    if (!isYearContext(text, m.index, m.index + 4)) return null;
  } else if (y === 0) return null;
  return fixed(m, { y });
}

/** The month words MONTH_RE starts with (see `Rule.starts`). */
export const MONTH_STARTS = [
  'january',
  'jan',
  'february',
  'feb',
  'march',
  'mar',
  'april',
  'apr',
  'may',
  'june',
  'jun',
  'july',
  'jul',
  'august',
  'aug',
  'september',
  'sept',
  'sep',
  'october',
  'oct',
  'november',
  'nov',
  'december',
  'dec',
];
/** What a year of YEAR_RE starts with: one to four digits, "AD", "A.D.". */
export const YEAR_STARTS = ['#1', '#2', '#3', '#4', 'ad', 'a'];

/** What follows the digits of a day: an ordinal suffix or a space. */
const DAY_AFTER = { '#1': 'snrt \u00a0', '#2': 'snrt \u00a0' };
/** After a day and spaces: a month, or "of" ("21 June", "21 of June"). */
const DAY_AFTER_SPACES = { '#1': 'JFMASONDo', '#2': 'JFMASONDo' };
/** What follows the digits of a short year: a space or an era. */
export const ERA_AFTER = { '#1': ' \u00a0BAC', '#2': ' \u00a0BAC', '#3': ' \u00a0BAC' };
/** After a short year and a space: an era ("479 BC", "9 AD", "30 CE"). */
export const ERA_AFTER_SPACES = { '#1': 'BAC', '#2': 'BAC', '#3': 'BAC' };

/** Written calendar dates, month + year, month + day, bare months and bare years. */
export const ABSOLUTE_RULES: Rule[] = [
  {
    re: FULL_MDY,
    starts: MONTH_STARTS,
    map: (m, text) => withYear(m, text, m[3], monthNumber(m[1]), Number(m[2])),
  },
  {
    re: FULL_DMY,
    starts: ['#1', '#2'],
    after: DAY_AFTER,
    afterSpaces: DAY_AFTER_SPACES,
    notAfter: NOT_AFTER,
    map: (m, text) => withYear(m, text, m[3], monthNumber(m[2]), Number(m[1])),
  },
  {
    re: MONTH_YEAR,
    starts: MONTH_STARTS,
    map: (m, text) => withYear(m, text, m[2], monthNumber(m[1])),
  },
  { re: MONTH_DAY, starts: MONTH_STARTS, map: (m) => partial(m, monthNumber(m[1]), Number(m[2])) },
  {
    re: DAY_MONTH,
    starts: ['#1', '#2'],
    after: DAY_AFTER,
    afterSpaces: DAY_AFTER_SPACES,
    notAfter: NOT_AFTER,
    map: (m) => partial(m, monthNumber(m[2]), Number(m[1])),
  },
  { re: BARE_MONTH, starts: MONTH_STARTS, map: (m, text) => bareMonth(text, m) },
  {
    re: NUMERIC,
    starts: ['#1', '#2', '#4'],
    after: { '#1': './-', '#2': './-', '#4': '-/' },
    notAfter: './-',
    map: (m, text) => numericDate(m, text),
  },
  { re: FISCAL, starts: ['fiscal', 'fy'], map: (m) => fiscalYear(m) },
  {
    re: ISO_PART,
    starts: ['#4'],
    after: { '#4': '-' },
    notAfter: NOT_AFTER,
    map: (m, text) => isoPart(text, m),
  },
  {
    re: BARE_YEAR,
    starts: YEAR_STARTS,
    after: ERA_AFTER,
    afterSpaces: ERA_AFTER_SPACES,
    notAfter: NOT_AFTER,
    map: (m, text) => bareYear(text, m),
  },
];
