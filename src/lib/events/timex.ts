import type { DateMention, TimexMod, UnplacedReason } from '../types';
import {
  dayKey,
  daySpan,
  daysInMonth,
  formatDay,
  formatYear,
  joinSpans,
  monthSpan,
  unitYears,
  yearsSpan,
  type DateSpan,
} from './edtf';

/** Why a mention cannot be placed on the timeline by itself. */
export interface Unplaceable {
  reason: UnplacedReason;
  detail: string;
}

const SEASONS: Record<string, { code: string; months: [number, number] }> = {
  SP: { code: '21', months: [3, 5] },
  SU: { code: '22', months: [6, 8] },
  FA: { code: '23', months: [9, 11] },
  WI: { code: '24', months: [12, 12] },
};

/** Year numbers in a TIMEX value: `BC0499` is 499 BCE, astronomical -498. */
function toAstronomical(bc: boolean, year: number): number {
  return bc ? 1 - year : year;
}

/** Span of a run of whole years written in TIMEX (`195` decade, `19` century, `2` millennium), BCE-aware. */
function spanOfYearPrefix(bc: boolean, digits: string): DateSpan {
  const [from, to] = unitYears(bc, digits);
  const unknown = 'X'.repeat(4 - digits.length);
  const edtf = bc ? `${formatYear(from)}/${formatYear(to)}` : `${digits}${unknown}`;
  return yearsSpan(from, to, edtf, digits.length === 3 ? 'decade' : 'century');
}

/** Monday-to-Sunday span of ISO week `week` of `year` (UTC arithmetic, no clock, no time zone). */
function spanOfWeek(year: number, week: number): DateSpan {
  const jan4 = new Date(Date.UTC(2000, 0, 4));
  jan4.setUTCFullYear(year);
  const monday =
    jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400000 + (week - 1) * 7 * 86400000;
  const toIso = (t: number) => {
    const d = new Date(t);
    return formatDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  };
  const start = toIso(monday);
  const end = toIso(monday + 6 * 86400000);
  return {
    edtf: `${start}/${end}`,
    start,
    end,
    precision: 'day',
    isRange: false,
    approximate: false,
  };
}

/** Parses a TIMEX3 calendar value (no X, no REF) into a span, or null. */
export function spanOfTimexValue(value: string): DateSpan | null {
  const match =
    /^(BC)?(\d{1,4})(?:-(\d{2}|W\d{2}|SP|SU|FA|WI|Q[1-4]|H[12]))?(?:-(\d{2}))?(?:T.*)?$/.exec(
      value,
    );
  if (!match) return null;
  const [, bcText, digits, part, dayText] = match;
  const bc = Boolean(bcText);
  if (digits.length < 4) return part ? null : spanOfYearPrefix(bc, digits);
  const year = toAstronomical(bc, Number(digits));
  if (!part) return yearsSpan(year, year, formatYear(year), 'year');
  // Before the week test: winter ("WI") starts with a W too.
  if (SEASONS[part]) {
    const { code, months } = SEASONS[part];
    return {
      ...joinSpans(monthSpan(year, months[0]), monthSpan(year, months[1])),
      edtf: `${formatYear(year)}-${code}`,
      isRange: false,
    };
  }
  if (part.startsWith('W')) return spanOfWeek(year, Number(part.slice(1)));
  if (part.startsWith('Q') || part.startsWith('H')) {
    const size = part.startsWith('Q') ? 3 : 6;
    const first = (Number(part.slice(1)) - 1) * size + 1;
    const code = part.startsWith('Q') ? 32 + Number(part.slice(1)) : 39 + Number(part.slice(1));
    return {
      ...joinSpans(monthSpan(year, first), monthSpan(year, first + size - 1)),
      edtf: `${formatYear(year)}-${code}`,
      isRange: false,
    };
  }
  const month = Number(part);
  if (month < 1 || month > 12) return null;
  if (!dayText) return monthSpan(year, month);
  const day = Number(dayText);
  return day >= 1 && day <= daysInMonth(year, month) ? daySpan(year, month, day) : null;
}

/** Sub-units a span splits into for START/MID/END: years, months or days. */
function splitIntoUnits(span: DateSpan): { start: string; end: string }[] {
  const [y0, m0, d0] = span.start.split(/(?!^)-/).map(Number);
  const [y1, m1, d1] = span.end.split(/(?!^)-/).map(Number);
  const units: { start: string; end: string }[] = [];
  if (y1 > y0)
    for (let y = y0; y <= y1; y++)
      units.push({ start: formatDay(y, 1, 1), end: formatDay(y, 12, 31) });
  else if (m1 > m0)
    for (let m = m0; m <= m1; m++)
      units.push({ start: formatDay(y0, m, 1), end: formatDay(y0, m, daysInMonth(y0, m)) });
  else
    for (let d = d0; d <= d1; d++)
      units.push({ start: formatDay(y0, m0, d), end: formatDay(y0, m0, d) });
  return units;
}

/**
 * Applies a TIMEX modifier. START/MID/END keep the EDTF of the whole unit, mark it approximate
 * (`193X~`) and narrow start/end to the first, middle or last third ("late 1930s" -> 1937..1939).
 */
export function applyMod(span: DateSpan, mod: TimexMod | undefined): DateSpan {
  if (mod === 'APPROX') return { ...span, edtf: `${span.edtf}~`, approximate: true };
  if (mod !== 'START' && mod !== 'MID' && mod !== 'END') return span;
  const units = splitIntoUnits(span);
  if (units.length < 3) return { ...span, edtf: `${span.edtf}~`, approximate: true };
  const third = Math.floor(units.length / 3);
  const [from, to] =
    mod === 'START'
      ? [0, third - 1]
      : mod === 'END'
        ? [units.length - third, units.length - 1]
        : [third, units.length - third - 1];
  return {
    ...span,
    edtf: `${span.edtf}~`,
    start: units[from].start,
    end: units[to].end,
    approximate: true,
  };
}

/** True when a TIMEX value cannot be placed: references and values with unknown parts. */
function isVagueValue(value: string): boolean {
  return /REF$/.test(value) || value.includes('X') || value === '';
}

/**
 * Turns a date mention into the span it dates, or says why it cannot be placed. Ranges (`endValue`)
 * and anchored durations (`range`) become EDTF intervals.
 */
export function spanOfMention(mention: DateMention): DateSpan | Unplaceable {
  if (mention.nonEvent)
    return { reason: 'title-of-work', detail: `"${mention.text}" is part of the title of a work` };
  if (mention.type === 'SET')
    return {
      reason: 'set',
      detail: `"${mention.text}" repeats (${mention.value}), it is not one date`,
    };
  if (mention.type === 'DURATION') {
    if (!mention.range)
      return {
        reason: 'duration',
        detail: `"${mention.text}" is a length of time (${mention.value}) with no anchor`,
      };
    const from = spanOfTimexValue(mention.range.start);
    const to = spanOfTimexValue(mention.range.end);
    if (!from || !to)
      return {
        reason: 'vague',
        detail: `the range ${mention.range.start}..${mention.range.end} of "${mention.text}" is not a calendar date`,
      };
    return joinSpans(from, to);
  }
  if (mention.type === 'TIME' && !/^-?(BC)?\d{4}-\d{2}-\d{2}T/.test(mention.value)) {
    return { reason: 'time', detail: `"${mention.text}" is a time of day with no known date` };
  }
  if (isVagueValue(mention.value))
    return {
      reason: 'vague',
      detail: `"${mention.text}" (${mention.value}) cannot be placed in time`,
    };
  const base = spanOfTimexValue(mention.value);
  if (!base)
    return {
      reason: 'vague',
      detail: `"${mention.text}" has a value (${mention.value}) that is not a calendar date`,
    };
  const from = applyMod(base, mention.mod);
  if (!mention.endValue || mention.endValue === mention.value) return from;
  const to =
    mention.endValue && !isVagueValue(mention.endValue) ? spanOfTimexValue(mention.endValue) : null;
  if (!to || dayKey(to.end) < dayKey(from.start)) return from;
  return joinSpans(from, to);
}

/** Type guard: the mention could not be placed. */
export function isUnplaceable(value: DateSpan | Unplaceable): value is Unplaceable {
  return 'reason' in value;
}
