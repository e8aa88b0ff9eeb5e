/**
 * Relative expressions: deictic ("last year", "yesterday", "two years ago") resolve against the
 * document date; anaphoric ("the following year", "two days later", "that year") against the
 * last date of the narrative. Vague ones become PRESENT_REF / PAST_REF / FUTURE_REF.
 */
import {
  wordBefore,
  type Candidate,
  type Completion,
  type Need,
  type NeedKind,
  type Rule,
} from './candidate';
import type { Granularity } from '../types';
import { COUNT_AFTER, COUNT_AFTER_SPACES, COUNT_RE, COUNT_STARTS, parseCount } from './tokens';
import { formatPoint, isoWeekValue, shiftPoint, truncatePoint, type CalPoint } from './timex';

const WS = '[ \\u00a0]+';
const B = '\\b';
const E = '(?![\\w-])';
const UNIT = '(year|month|week|day|decade|century)';

const DEICTIC = new RegExp(`${B}(last|this|next|coming)${WS}${UNIT}${E}`, 'gi');
const ANAPHORIC = new RegExp(
  `${B}(?:the|that)${WS}(following|next|previous|preceding|prior|same|succeeding|subsequent)${WS}${UNIT}${E}|${B}(that|that${WS}same|the${WS}same)${WS}${UNIT}${E}|${B}the${WS}${UNIT}${WS}(before|after|following|earlier|later)${E}`,
  'gi',
);
/** "ago this month", "ago today": the day, week or month of the anniversary, not just its year. */
const AGO_AT = `(?:${WS}(this${WS}month|this${WS}week|today|yesterday)(?![\\w-]))?`;
const OFFSET = new RegExp(
  `${B}((?:just|only|some|about|almost|nearly|roughly|barely)${WS})?(${COUNT_RE})[- \\u00a0]${UNIT}s?${WS}(later|earlier|afterwards?|previously|ago${AGO_AT}|before|after|on)(?![\\w-])`,
  'gi',
);
const DAYS = new RegExp(`${B}(yesterday|today|tomorrow)${E}`, 'gi');
const IN_UNIT = new RegExp(
  `${B}(?:(later|earlier|early|late)${WS}(in|that|this)${WS}(?:the${WS})?|the${WS}(end|beginning|start|middle|rest|latter${WS}part|early${WS}part|first${WS}half|second${WS}half)${WS}of${WS}(the|that|this)${WS})(year|month|decade|century)${E}`,
  'gi',
);
const REFS = new RegExp(
  `${B}(right${WS}now|now|nowadays|currently|current|these${WS}days|at${WS}present|the${WS}present(?:${WS}day)?|present[- ]day|the${WS}time${WS}being|former|formerly|recent${WS}(?:years|months|weeks|days|decades|times)|recently|lately|the${WS}past|the${WS}future|future|previously|the${WS}other${WS}day|this${WS}present${WS}time)${E}`,
  'gi',
);

const UNIT_LETTER: Record<string, string> = {
  year: 'Y',
  month: 'M',
  week: 'W',
  day: 'D',
  decade: 'DE',
  century: 'CE',
};
const UNIT_GRAN: Record<string, 'year' | 'month' | 'day'> = {
  year: 'year',
  month: 'month',
  week: 'day',
  day: 'day',
  decade: 'year',
  century: 'year',
};

function valueAt(p: CalPoint, unit: string, counted: boolean): string {
  // "the following decade" names a decade; "a decade earlier" a year.
  const era = p.y !== null && p.y < 0 ? 2 : 0;
  if (!counted && unit === 'decade' && p.y !== null)
    return formatPoint({ y: p.y }).slice(0, 3 + era);
  if (!counted && unit === 'century' && p.y !== null)
    return formatPoint({ y: p.y }).slice(0, 2 + era);
  if (unit === 'decade' || unit === 'century') return formatPoint({ y: p.y });
  return formatPoint(truncatePoint(p, UNIT_GRAN[unit]));
}

/** A need that shifts the reference by `n` units and reports it at that unit's precision. */
export function needShift(kind: NeedKind, n: number, unit: string, counted = false): Need {
  return new ShiftNeed(kind, n, unit.toLowerCase(), counted);
}

/** A class rather than closures: one is made for every relative expression the scan proposes. */
class ShiftNeed implements Need {
  kind: NeedKind;
  n: number;
  u: string;
  counted: boolean;
  wide?: 'decade' | 'century';
  fallback: string;
  reason: string;
  constructor(kind: NeedKind, n: number, u: string, counted: boolean) {
    this.kind = kind;
    this.n = n;
    this.u = u;
    this.counted = counted;
    if (kind === 'anaphoric' && !counted && (u === 'decade' || u === 'century')) this.wide = u;
    const gran = UNIT_GRAN[u];
    this.fallback =
      u === 'week'
        ? 'XXXX-WXX'
        : gran === 'day'
          ? 'XXXX-XX-XX'
          : gran === 'month'
            ? 'XXXX-XX'
            : 'XXXX';
    this.reason = `${n === 0 ? 'same' : Math.abs(n)} ${u}${Math.abs(n) > 1 ? 's' : ''} ${n > 0 ? 'after' : n < 0 ? 'before' : 'as'}`;
  }
  complete(ref: CalPoint): Completion {
    const gran = UNIT_GRAN[this.u];
    // Shifting by days needs a day to shift from; a month reference only gives the month.
    if (gran === 'day' && ref.d === undefined) return { value: formatPoint(ref) };
    if (gran === 'month' && ref.m === undefined)
      return { value: formatPoint(truncatePoint(ref, 'year')) };
    const p = shiftPoint(ref, this.n, UNIT_LETTER[this.u]);
    // TIMEX3 names weeks by their ISO number: "last week" is 1998-W06.
    if (this.u === 'week' && p.y !== null && p.m !== undefined && p.d !== undefined)
      return { value: isoWeekValue(p.y, p.m, p.d) };
    return { value: valueAt(p, this.u, this.counted) };
  }
}

function granOf(unit: string): Granularity {
  const u = unit.toLowerCase();
  return u as Granularity;
}

function make(m: RegExpExecArray, need: Need | null, unit: string, value?: string): Candidate {
  return {
    start: m.index,
    end: m.index + m[0].length,
    type: 'DATE',
    value: value ?? need?.fallback ?? '',
    granularity: value ? 'reference' : granOf(unit),
    need: need ?? undefined,
  };
}

function deictic(m: RegExpExecArray): Candidate {
  const w = m[1].toLowerCase();
  const n = w === 'last' ? -1 : w === 'this' ? 0 : 1;
  return make(m, needShift('deictic', n, m[2]), m[2]);
}

function anaphoric(text: string, m: RegExpExecArray): Candidate | null {
  // "within the next year" is a span of time (durations.ts), not a date.
  if (/^(within|for|over|during|throughout)$/.test(wordBefore(text, m.index))) return null;
  const rel = (m[1] ?? m[3] ?? m[6] ?? '').toLowerCase().replace(/\s+/g, ' ');
  const unit = m[2] ?? m[4] ?? m[5];
  const n = /^(following|next|succeeding|subsequent|after|later)$/.test(rel)
    ? 1
    : /^(previous|preceding|prior|before|earlier)$/.test(rel)
      ? -1
      : 0;
  return make(m, needShift('anaphoric', n, unit), unit);
}

/**
 * "Ten years ago this month", "Fifty years ago today": the document's month (or week, or day)
 * that many units back: `at` ("this month") completed from the reference moved back `n` units.
 */
class AgoAtNeed implements Need {
  kind: NeedKind = 'deictic';
  fallback: string;
  reason: string;
  constructor(
    readonly n: number,
    readonly unit: string,
    readonly at: Need,
  ) {
    this.fallback = at.fallback;
    this.reason = `${n} ${unit}${n > 1 ? 's' : ''} before`;
  }
  complete(ref: CalPoint): Completion | null {
    return this.at.complete(shiftPoint(ref, -this.n, UNIT_LETTER[this.unit]));
  }
}

/** What "ago" looks back from: "this month", "this week", "today", "yesterday". */
const AGO_FROM: Record<string, Need> = {
  month: needShift('deictic', 0, 'month'),
  week: needShift('deictic', 0, 'week'),
  today: needShift('deictic', 0, 'day'),
  yesterday: needShift('deictic', -1, 'day'),
};

function offset(text: string, m: RegExpExecArray): Candidate | null {
  const count = parseCount(m[2]);
  const unit = m[3];
  const [dir, ...tail] = m[4].toLowerCase().split(/\s+/);
  if (tail.length && count !== 'X') {
    const at = tail[tail.length - 1];
    const c = make(m, new AgoAtNeed(count, unit.toLowerCase(), AGO_FROM[at]), unit);
    c.granularity = at === 'month' ? 'month' : 'day';
    return c;
  }
  // "closed for three days after a lorry struck": a length of time (durations.ts), not a date.
  if (dir !== 'ago' && /^(for|within|over|during|throughout)$/.test(wordBefore(text, m.index)))
    return null;
  const back = /^(earlier|previously|ago|before)$/.test(dir);
  if (dir === 'on' && count === 'X') return null;
  if (count === 'X') return make(m, null, unit, back ? 'PAST_REF' : 'FUTURE_REF');
  const kind: NeedKind = dir === 'ago' ? 'deictic' : 'anaphoric';
  return make(m, needShift(kind, back ? -count : count, unit, true), unit);
}

function day(m: RegExpExecArray): Candidate {
  const w = m[1].toLowerCase();
  const n = w === 'yesterday' ? -1 : w === 'today' ? 0 : 1;
  const c = make(m, needShift('deictic', n, 'day'), 'day');
  // "today" in prose without a document date means "nowadays".
  // "today" in opinion and history prose means "nowadays" (as the project's gold reads it).
  if (w === 'today') return make(m, null, 'day', 'PRESENT_REF');
  return c;
}

function inUnit(m: RegExpExecArray): Candidate {
  const word = (m[1] ?? m[3]).toLowerCase();
  const unit = m[5];
  // "earlier this year" is the document's year; "later that year", "in the year" the narrative's.
  const kind: NeedKind = (m[2] ?? m[4]).toLowerCase() === 'this' ? 'deictic' : 'anaphoric';
  const c = make(m, needShift(kind, 0, unit), unit);
  if (/^(early|beginning|start|early part)/.test(word)) c.mod = 'START';
  else if (/^(late|end|rest|latter)/.test(word)) c.mod = 'END';
  else if (word === 'middle') c.mod = 'MID';
  if (/half/.test(word) && unit.toLowerCase() === 'year') {
    const base = c.need as Need;
    const suffix = word.startsWith('first') ? '-H1' : '-H2';
    c.need = { ...base, complete: (ref) => ({ value: formatPoint({ y: ref.y }) + suffix }) };
  }
  return c;
}

function ref(m: RegExpExecArray): Candidate {
  const w = m[1].toLowerCase().replace(/\s+/g, ' ');
  const value = /^(former|formerly|recent|recently|lately|the past|previously|the other day)/.test(
    w,
  )
    ? 'PAST_REF'
    : /future/.test(w)
      ? 'FUTURE_REF'
      : 'PRESENT_REF';
  return make(m, null, 'day', value);
}

/** Deictic, anaphoric and vague relative expressions. */
export const RELATIVE_RULES: Rule[] = [
  { re: DEICTIC, starts: ['last', 'this', 'next', 'coming'], notAfter: '-', map: deictic },
  {
    re: ANAPHORIC,
    starts: ['the', 'that'],
    after: { the: 'fnpsymwdcFNPSYMWDC' },
    notAfter: '-',
    map: (m, text) => anaphoric(text, m),
  },
  {
    re: OFFSET,
    starts: [
      ...['just', 'only', 'some', 'about', 'almost', 'nearly', 'roughly', 'barely'],
      ...COUNT_STARTS,
    ],
    after: COUNT_AFTER,
    afterSpaces: COUNT_AFTER_SPACES,
    notAfter: '-',
    map: (m, text) => offset(text, m),
  },
  { re: DAYS, starts: ['yesterday', 'today', 'tomorrow'], notAfter: '-', map: day },
  {
    re: IN_UNIT,
    starts: ['later', 'earlier', 'early', 'late', 'the'],
    after: { the: 'ebsmrlfEBSMRLF', later: 'itIT', earlier: 'itIT', early: 'itIT', late: 'itIT' },
    notAfter: '-',
    map: inUnit,
  },
  {
    re: REFS,
    starts: (
      'right now nowadays currently current these at the present former formerly recent ' +
      'recently lately future previously this'
    ).split(' '),
    after: { the: 'ptfoPTFO' },
    notAfter: '-',
    map: ref,
  },
];

/** Shifts a point by whole units; exported for the duration ranges ("the past 10 years"). */
export function shiftBy(p: CalPoint, n: number, unit: string): CalPoint {
  return shiftPoint(p, n, UNIT_LETTER[unit.toLowerCase()] ?? 'Y');
}
