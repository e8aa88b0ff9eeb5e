/**
 * Calendar dates written out: full dates in word and numeric orders, month + year, month + day
 * (year from context), bare months and bare years (with or without an era).
 */
import { scanAll, wordAfter, wordBefore, type Candidate, type Need } from './candidate';
import { isPlausibleYear, isYearContext } from './reject';
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
  const n = Number(/\d+/.exec(s)?.[0] ?? '0');
  return /B\.?C/.test(s) ? -n : n;
}

const FULL_MDY = new RegExp(
  `${LEFT}(${MONTH_RE})${SP}${DAY}(?:,[ \\u00a0]*|${SP})(${YEAR_RE})`,
  'g',
);
const FULL_DMY = new RegExp(`${LEFT}${DAY}${SP}(?:of${SP})?(${MONTH_RE}),?${SP}(${YEAR_RE})`, 'g');
const MONTH_YEAR = new RegExp(`\\b(${MONTH_RE}),?${SP}(?:of${SP})?(${YEAR_RE})`, 'g');
const MONTH_DAY = new RegExp(`\\b(${MONTH_RE})${SP}${DAY}(?![\\d:]|[.,]\\d|[A-Za-z])`, 'g');
const DAY_MONTH = new RegExp(`${LEFT}${DAY}${SP}(?:of${SP})?(${MONTH_RE})(?![A-Za-z])`, 'g');
const BARE_MONTH = new RegExp(`\\b(${MONTH_RE.replace(/\|\(\?:Jan.*$/, ')')})(?![\\w'’-])`, 'g');
const NUMERIC =
  /\b(\d{4})-(\d{2})-(\d{2})(?![\w./-]|-\d)|\b(\d{1,2})([./-])(\d{1,2})\5(\d{4}|\d{2})(?![\w/-]|[.-]\d)/g;
const BARE_YEAR = new RegExp(`${LEFT}(?:${YEAR_RE})`, 'g');

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

/** A need that takes the year from the reference point (month + day, bare month). */
export function needYear(m?: number, d?: number, suffix = ''): Need {
  return {
    kind: 'calendar',
    complete: (ref) => ({ value: formatPoint({ y: ref.y, m, d }) + suffix }),
    fallback: formatPoint({ y: null, m, d }) + suffix,
    reason: 'year taken from',
  };
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

function bareMonth(text: string, m: RegExpExecArray): Candidate | null {
  const word = m[1];
  const before = wordBefore(text, m.index);
  const known = MONTH_CONTEXT.has(before);
  const next = wordAfter(text, m.index + word.length);
  if (word === 'May' && !known) return null;
  // "March on Rome", "June Carter": a verb/noun or a given name unless a preposition precedes.
  if (!known && /^[A-Z]/.test(next)) return null;
  if (word === 'March' && !known) return null;
  return partial(m, monthNumber(word));
}

function numericDate(m: RegExpExecArray): Candidate | null {
  if (m[1]) return fixed(m, makePoint(Number(m[1]), Number(m[2]), Number(m[3])), 1);
  const a = Number(m[4]);
  const b = Number(m[6]);
  let y = Number(m[7]);
  if (m[7].length === 2) y += y < 50 ? 2000 : 1900;
  if (!isPlausibleYear(y)) return null;
  // Dots are European day.month; slashes and hyphens are US month/day unless that cannot be.
  const dayFirst = m[5] === '.' || a > 12;
  return fixed(m, dayFirst ? makePoint(y, b, a) : makePoint(y, a, b), 1);
}

function bareYear(text: string, m: RegExpExecArray): Candidate | null {
  const s = m[0];
  const y = parseYear(s);
  if (/^\d{4}$/.test(s)) {
    if (!isPlausibleYear(y)) return null;
    if (!isYearContext(text, m.index, m.index + 4)) return null;
  } else if (y === 0) return null;
  return fixed(m, { y });
}

/** Finds written calendar dates, month + year, month + day, bare months and bare years. */
export function findAbsolute(text: string, out: Candidate[]): void {
  scanAll(
    FULL_MDY,
    text,
    (m) => fixed(m, makePoint(parseYear(m[3]), monthNumber(m[1]), Number(m[2]))),
    out,
  );
  scanAll(
    FULL_DMY,
    text,
    (m) => fixed(m, makePoint(parseYear(m[3]), monthNumber(m[2]), Number(m[1]))),
    out,
    NOT_AFTER,
  );
  scanAll(MONTH_YEAR, text, (m) => fixed(m, makePoint(parseYear(m[2]), monthNumber(m[1]))), out);
  scanAll(MONTH_DAY, text, (m) => partial(m, monthNumber(m[1]), Number(m[2])), out);
  scanAll(DAY_MONTH, text, (m) => partial(m, monthNumber(m[2]), Number(m[1])), out, NOT_AFTER);
  scanAll(BARE_MONTH, text, (m) => bareMonth(text, m), out);
  scanAll(NUMERIC, text, numericDate, out, './-');
  scanAll(BARE_YEAR, text, (m) => bareYear(text, m), out, NOT_AFTER);
}
