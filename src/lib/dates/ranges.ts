/**
 * Ranges: year spans ("1950-1953", "2007-08", "499-493 BC"), day spans ("June 28-30",
 * "28-30 June 2022"), and two dates joined by from..to / between..and / a dash.
 */
import {
  wordBefore,
  type Candidate,
  type Completion,
  type Need,
  type NeedKind,
  type Rule,
} from './candidate';
import { MONTH_STARTS, needYear, parseYear } from './absolute';
import { isPlausibleYear, isYearContext } from './reject';
import { allowsShortYears, nothingCountedAfter } from './short-years';
import { MONTH_RE, monthNumber } from './tokens';
import { formatPoint, formatYear, makePoint, parsePoint, type CalPoint } from './timex';

const SP = '[ \\u00a0]+';
const DASH = '[ \\u00a0]?[-–—][ \\u00a0]?';
const ERA = '(BCE|BC|B\\.C\\.(?:E\\.)?|AD|A\\.D\\.|CE)';
const YEAR_SPAN = new RegExp(
  `\\b(?:(from|between|From|Between)${SP})?(\\d{3,4})(${DASH}|/|${SP}(?:to|until|till|through|and)${SP})(\\d{2,4})(?:[ \\u00a0]?${ERA}(?![A-Za-z]))?(?![\\w%]|[.,]\\d|[-–]\\d)`,
  'g',
);
const DAY_SPAN_MD = new RegExp(
  `\\b(${MONTH_RE})${SP}(\\d{1,2})(?:st|nd|rd|th)?(?:${DASH}|${SP}(?:and|to|through|until)${SP})(\\d{1,2})(?:st|nd|rd|th)?(?:,?${SP}(\\d{4}))?(?![\\w%]|[.,]\\d)`,
  'g',
);
/** "28-30 June 2022", "from 1 to 30 June 2023", "between 3 and 5 May 1945", "1st to 3rd July". */
const DAY_SPAN_DM = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?(${DASH}|${SP}(?:to|until|till|through|and)${SP})(\\d{1,2})(?:st|nd|rd|th)?${SP}(${MONTH_RE})(?:,?${SP}(\\d{4}))?(?![\\w%]|[.,]\\d)`,
  'g',
);
/** Right before a day span joined by "and": only "between" makes "3 and 5 May" one span. */
const BETWEEN_BEFORE = /\bbetween[ \u00a0]+$/i;

function yearSpan(text: string, m: RegExpExecArray): Candidate | null {
  const [, intro, a, sep, b, era] = m;
  const joiner = sep.trim().toLowerCase();
  const short = a.length === 3 && !era;
  if (short && !isShortYearSpan(text, m)) return null;
  if (joiner === 'and' && intro?.toLowerCase() !== 'between') return null;
  if (/^(to|until|till|through)$/.test(joiner) && !intro && a.length < 4) return null;
  let from = Number(a);
  let to = Number(b);
  if (b.length === 2 && a.length === 4) {
    if (!/[-–—/]/.test(sep)) return null;
    to = Math.floor(from / 100) * 100 + to;
    // "1999/00": a slash span may run into the next century.
    if (sep === '/' && to <= from) to += 100;
  } else if (b.length < 3) return null;
  if (sep === '/' && !isSlashSpan(text, m, from, to)) return null;
  // A bare span that counts down is BC, in a text that writes BC ("from 264 to 241").
  const bc = era !== undefined ? /B\.?C/.test(era) : short && to < from && WRITES_BC.test(text);
  if (bc) {
    if (to > from) return null;
    [from, to] = [-from, -to];
  } else {
    if (!era && !short && (!isPlausibleYear(from) || !isPlausibleYear(to))) return null;
    if (to <= from) return null;
  }
  const end = m.index + m[0].length;
  if (!era && !isYearContext(text, end - b.length, end)) return null;
  // Prepositions stay outside the span, as TIMEX3 has it: "from [1967 to 1974]".
  const start = intro ? m.index + m[0].indexOf(a) : m.index;
  return {
    start,
    end,
    type: 'DATE',
    value: formatYear(from),
    endValue: formatYear(to),
    granularity: 'year',
    priority: 2,
  };
}

/** The most years a slash joins: "1939/45", "1914/18" (a war); wider is a ratio or a code. */
const MAX_SLASH_YEARS = 10;

/**
 * A slash joins two running years ("the budget for 2024/25", "508/507 BC"), or two years of
 * four digits a few years apart ("1939/45", "1914/1918"), read as years where they stand: not
 * a code with more parts ("Directive 2001/29/EC") or a label ("Resolution 1325/2000").
 */
function isSlashSpan(text: string, m: RegExpExecArray, from: number, to: number): boolean {
  const years = Math.abs(to - from);
  if (years === 1) return true;
  const a = m[2];
  if (a.length !== 4 || m[5] !== undefined || years > MAX_SLASH_YEARS || to < from) return false;
  const end = m.index + m[0].length;
  const start = m.index + m[0].indexOf(a);
  return text[end] !== '/' && isYearContext(text, start, start + 4);
}

const WRITES_BC = /\d[ \u00a0]?(?:BCE?|B\.C\.)(?![A-Za-z])/;

/**
 * A span of two bare three-digit years (see short-years.ts): in a text that writes of early
 * times, introduced as a span ("from 871 to 899", "between 711 and 718") or written as a
 * reign is, in brackets ("Alfred (871–899)"), with nothing counted after it.
 */
function isShortYearSpan(text: string, m: RegExpExecArray): boolean {
  const [whole, intro, , sep, b] = m;
  const end = m.index + whole.length;
  if (b.length !== 3 || !allowsShortYears(text) || !nothingCountedAfter(text, end)) return false;
  if (intro) return true;
  return /[-–—]/.test(sep) && text[m.index - 1] === '(' && text[end] === ')';
}

/** Completes both ends of a year-less day span ("June 28-30") from one reference. */
class SpanNeed implements Need {
  kind: NeedKind;
  fallback: string;
  reason: string;
  first: Need;
  last: Need;
  constructor(first: Need, last: Need) {
    this.kind = first.kind;
    this.fallback = first.fallback;
    this.reason = first.reason;
    this.first = first;
    this.last = last;
  }
  complete(ref: CalPoint): Completion | null {
    const a = this.first.complete(ref);
    const b = this.last.complete(ref);
    return a && b ? { value: a.value, endValue: b.value } : null;
  }
}

function daySpan(
  m: RegExpExecArray,
  month: number,
  d1: number,
  d2: number,
  y?: string,
): Candidate | null {
  if (d2 <= d1) return null;
  const year = y ? parseYear(y) : null;
  if (!makePoint(year ?? 2000, month, d2) || !makePoint(year ?? 2000, month, d1)) return null;
  const c: Candidate = {
    start: m.index,
    end: m.index + m[0].length,
    type: 'DATE',
    value: formatPoint({ y: year, m: month, d: d1 }),
    endValue: formatPoint({ y: year, m: month, d: d2 }),
    granularity: 'day',
    priority: 2,
  };
  if (year === null) {
    const last = needYear(month, d2);
    c.need = new SpanNeed(needYear(month, d1), last);
    c.endValue = last.fallback;
  }
  return c;
}

/** What follows the first number of a span: a dash or a space. */
const SPAN_AFTER = ' \u00a0-–—/';

/** Year spans and day spans written as one expression. */
export const RANGE_RULES: Rule[] = [
  {
    re: YEAR_SPAN,
    starts: ['#3', '#4', 'from', 'between'],
    after: { '#3': SPAN_AFTER, '#4': SPAN_AFTER },
    // "1950 - 1953", "1950 to 1953", "1950 until", "1950 and".
    afterSpaces: { '#3': '-–—tua', '#4': '-–—tua' },
    notAfter: '$€£¥#@.,/-',
    shiftsStart: true,
    map: (m, text) => yearSpan(text, m),
  },
  {
    re: DAY_SPAN_MD,
    starts: MONTH_STARTS,
    map: (m) => daySpan(m, monthNumber(m[1]), Number(m[2]), Number(m[3]), m[4]),
  },
  {
    re: DAY_SPAN_DM,
    starts: ['#1', '#2'],
    after: { '#1': `${SPAN_AFTER}snrt`, '#2': `${SPAN_AFTER}snrt` },
    afterSpaces: { '#1': '-–—tua', '#2': '-–—tua' },
    notAfter: '.,/-',
    map: (m, text) => {
      const [, d1, sep, d2, month, year] = m;
      if (/and/i.test(sep) && !BETWEEN_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)))
        return null;
      return daySpan(m, monthNumber(month), Number(d1), Number(d2), year);
    },
  },
];

const JOIN = /^[ \u00a0]*(?:[-–—]|to|until|till|through|and)[ \u00a0]*$/i;

function joinable(c: Candidate): boolean {
  return c.type === 'DATE' && c.endValue === undefined && /^(BC)?[\dX]/.test(c.value);
}

/** Completes a year-less end from the other end's explicit year ("from March to June 1954"). */
function borrowYear(a: Candidate, b: Candidate): void {
  const p = parsePoint(b.value);
  if (a.need && !b.need && p && p.y !== null) {
    const done = a.need.complete({ y: p.y });
    if (done) {
      a.value = done.value;
      a.need = undefined;
    }
  }
}

/** True when `a` is a bare day of the week written just before the day date `b`. */
function namesWeekdayOf(text: string, a: Candidate, b: Candidate): boolean {
  return (
    b.type === 'DATE' &&
    b.granularity === 'day' &&
    /^(?:BC)?[\dX]{4}-\d{2}-\d{2}$/.test(b.value) &&
    /^XXXX-WXX-\d$/.test(a.value) &&
    /^[,\u00a0 ]{1,3}(?:the[ \u00a0]+)?$/.test(text.slice(a.end, b.start)) &&
    /^[A-Z][a-z]+day$/.test(text.slice(a.start, a.end))
  );
}

/**
 * Joins selected neighbours into one range: "from 1967 to 1974", "between May and June 1940",
 * "March 1954 – June 1955". `cands` is sorted and non-overlapping; returns a new array.
 */
export function joinRanges(text: string, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i];
    const b = cands[i + 1];
    // "Tuesday, November 28": the day of the week names the date that follows it, one
    // expression with the date's value (not the Tuesday nearest the reference).
    if (b && namesWeekdayOf(text, a, b)) {
      b.start = a.start;
      continue;
    }
    if (b && joinable(a) && joinable(b) && b.start - a.end <= 12) {
      const gap = text.slice(a.end, b.start);
      const joiner = gap.trim().toLowerCase();
      const intro = wordBefore(text, a.start);
      const introOk =
        joiner === 'and' ? intro === 'between' : /^[-–—]$/.test(joiner) || intro === 'from';
      if (JOIN.test(gap) && introOk) {
        borrowYear(a, b);
        out.push({
          start: a.start,
          end: b.end,
          type: 'DATE',
          value: a.value,
          endValue: b.value,
          granularity: a.granularity,
          parts: [a, b],
        });
        i += 1;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
