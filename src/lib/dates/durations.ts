/**
 * Durations ("ten years", "a few days", "three-day", "over the past 10 years") and sets
 * ("daily", "every year", "per month"). Durations anchored on the document date get a `range`.
 */
import { wordAfter, wordBefore, type Candidate, type Rule } from './candidate';
import {
  COUNT_AFTER,
  COUNT_AFTER_SPACES,
  COUNT_RE,
  COUNT_STARTS,
  parseCount,
  unitLetter,
} from './tokens';
import { formatPoint, truncatePoint, type CalPoint } from './timex';
import { shiftBy } from './relative';

const WS = '[ \\u00a0]+';
const B = '\\b';
const UNITS =
  '(years?|months?|weeks?|days?|decades?|centur(?:y|ies)|hours?|minutes?|seconds?|nights?)';
const COUNTED = new RegExp(
  `${B}((?:about|around|almost|nearly|more${WS}than|over|less${WS}than|at${WS}least|roughly|approximately|just|only|up${WS}to)${WS})?(${COUNT_RE})[- \\u00a0]${UNITS}(?:[- ](long|old))?(?![\\w-])`,
  'gi',
);
const SPAN = new RegExp(
  `\\bthe${WS}(past|last|next|coming|previous|following|first|final|preceding|subsequent)${WS}(?:(${COUNT_RE})${WS})?${UNITS}(?![\\w-])`,
  'gi',
);
const BARE = /\b(days|weeks|months|years|decades|hours|minutes)(?![\w-])/g;
const SET = new RegExp(
  `\\b(daily|weekly|monthly|annually|annual|yearly|nightly|hourly|everyday|(?:every|each|per)${WS}(?:single${WS}|other${WS})?(day|week|month|year|night|hour))(?![\\w-])`,
  'gi',
);

const BARE_BEFORE = new Set([
  'for',
  'within',
  'coming',
  'few',
  'recent',
  'after',
  'over',
  'in',
  'or',
  'and',
  'took',
  'lasted',
  'lasting',
  'of',
  'than',
]);
const RELATIVE_AFTER = new Set([
  'later',
  'earlier',
  'ago',
  'old',
  'before',
  'after',
  'previously',
  'afterwards',
]);

/** Builds a TIMEX3 duration value: P3Y, PXD, PT2H. */
export function durationValue(count: number | 'X', unit: string): string {
  const { letter, time } = unitLetter(unit);
  return `P${time ? 'T' : ''}${count === 'X' ? 'X' : count}${letter}`;
}

function counted(text: string, m: RegExpExecArray): Candidate | null {
  const count = parseCount(m[2]);
  const unit = m[3];
  const countWord = m[2].toLowerCase();
  if ((countWord === 'a' || countWord === 'an') && /s$/i.test(unit) && !/^centur/i.test(unit))
    return null;
  // "a second attack": "second" after "a" is an ordinal.
  if (/^second/i.test(unit) && !/^\d/.test(countWord)) return null;
  // "the Hundred Years' War", "the Six-Day War": the name of a war, not a length of time.
  if (/^['’]?[ \u00a0]+Wars?\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 7)))
    return null;
  const before = wordBefore(text, m.index);
  // "three days after" is a date (relative.ts), but not after "for" ("closed for three days
  // after a lorry struck"), where relative.ts leaves it to this rule.
  const spanWord = /^(for|within|over|during|throughout)$/.test(before);
  const next = wordAfter(text, m.index + m[0].length).toLowerCase();
  if (RELATIVE_AFTER.has(next) && (next === 'ago' || !spanWord) && !m[4]) return null;
  const set = /^(once|twice|thrice|times)$/.test(before) && /^(a|an|per)$/.test(countWord);
  return {
    start: m.index,
    end: m.index + m[0].length,
    type: set ? 'SET' : 'DURATION',
    value: durationValue(count, unit),
    granularity: set ? 'set' : 'duration',
    mod: /^(about|around|roughly|approximately)/i.test(m[1] ?? '') ? 'APPROX' : undefined,
  };
}

function span(text: string, m: RegExpExecArray, dct: CalPoint | null): Candidate | null {
  const rel = m[1].toLowerCase();
  const count = m[2] ? parseCount(m[2]) : 1;
  const unit = m[3];
  // "the next year" is a date of its own (relative.ts); plural or counted units are spans.
  const spanWord = /^(within|for|over|during|throughout)$/.test(wordBefore(text, m.index));
  if (
    !m[2] &&
    !/s$/i.test(unit) &&
    /^(next|following|previous|preceding|subsequent)$/.test(rel) &&
    !spanWord
  ) {
    return null;
  }
  const c: Candidate = {
    start: m.index,
    end: m.index + m[0].length,
    type: 'DURATION',
    value: durationValue(count, unit),
    granularity: 'duration',
  };
  const u = unit.toLowerCase().replace(/s$/, '').replace(/ie$/, 'y');
  if (
    dct &&
    count !== 'X' &&
    /^(past|last|next|coming)$/.test(rel) &&
    /^(year|month|week|day|decade|century)$/.test(u)
  ) {
    const gran = u === 'month' ? 'month' : u === 'day' || u === 'week' ? 'day' : 'year';
    const ref = truncatePoint(dct, gran);
    if (gran === 'day' ? ref.d !== undefined : gran === 'month' ? ref.m !== undefined : true) {
      const other = shiftBy(ref, /^(past|last)$/.test(rel) ? -count : count, u);
      const [a, b] = /^(past|last)$/.test(rel) ? [other, ref] : [ref, other];
      c.range = { start: formatPoint(a), end: formatPoint(b) };
    }
  }
  return c;
}

function bare(text: string, m: RegExpExecArray): Candidate | null {
  if (!BARE_BEFORE.has(wordBefore(text, m.index))) return null;
  if (RELATIVE_AFTER.has(wordAfter(text, m.index + m[0].length).toLowerCase())) return null;
  return {
    start: m.index,
    end: m.index + m[0].length,
    type: 'DURATION',
    value: durationValue('X', m[1]),
    granularity: 'duration',
  };
}

const SET_VALUES: Record<string, string> = {
  day: 'XXXX-XX-XX',
  week: 'XXXX-WXX',
  month: 'XXXX-XX',
  year: 'XXXX',
  night: 'XXXX-XX-XXTNI',
  hour: 'PT1H',
};
const SET_WORDS: Record<string, string> = {
  daily: 'day',
  everyday: 'day',
  weekly: 'week',
  monthly: 'month',
  annually: 'year',
  annual: 'year',
  yearly: 'year',
  nightly: 'night',
  hourly: 'hour',
};

function set(m: RegExpExecArray): Candidate {
  const unit = (m[2] ?? SET_WORDS[m[1].toLowerCase()]).toLowerCase();
  return {
    start: m.index,
    end: m.index + m[0].length,
    type: 'SET',
    value: SET_VALUES[unit],
    granularity: 'set',
  };
}

/** Durations and sets; the dct anchors "the past N years" spans. */
export const DURATION_RULES: Rule[] = [
  {
    re: COUNTED,
    starts: [
      ...'about around almost nearly more over less at roughly approximately just only up'.split(
        ' ',
      ),
      ...COUNT_STARTS,
    ],
    after: COUNT_AFTER,
    afterSpaces: COUNT_AFTER_SPACES,
    notAfter: '.,-',
    map: (m, text) => counted(text, m),
  },
  {
    re: SPAN,
    starts: ['the'],
    after: { the: 'plncfsPLNCFS' },
    notAfter: '-',
    map: (m, text, ctx) => span(text, m, ctx.dct),
  },
  {
    re: BARE,
    starts: ['days', 'weeks', 'months', 'years', 'decades', 'hours', 'minutes'],
    notAfter: '-',
    map: (m, text) => bare(text, m),
  },
  {
    re: SET,
    starts:
      'daily weekly monthly annually annual yearly nightly hourly everyday every each per'.split(
        ' ',
      ),
    notAfter: '-',
    map: set,
  },
];
