/**
 * Movable feasts, dated from Easter: "Easter 1916", "Good Friday, 1865", "on Easter Sunday
 * 2019", "Palm Sunday" (its year from the narrative). Histories and chronicles date by them.
 *
 * Easter is computed as the churches of the West did: the Gregorian rule from 1583, the Julian
 * rule before it, whose date is kept as written (the engine keeps every written date's month and
 * day, in whichever calendar its source used).
 */
import {
  wordAfter,
  wordBefore,
  type Candidate,
  type Completion,
  type Need,
  type Rule,
} from './candidate';
import { YEAR_RE, parseYear } from './absolute';
import { formatPoint, type CalPoint } from './timex';

const WS = '[ \\u00a0]+';

/** Days from Easter Sunday. */
const OFFSETS: Record<string, number> = {
  'ash wednesday': -46,
  'palm sunday': -7,
  'maundy thursday': -3,
  'good friday': -2,
  easter: 0,
  'easter sunday': 0,
  'easter day': 0,
  'easter monday': 1,
  'ascension day': 39,
  pentecost: 49,
  'whit sunday': 49,
  whitsunday: 49,
  'whit monday': 50,
};

const FEAST = new RegExp(
  `\\b(Easter(?:${WS}(?:Sunday|Day|Monday))?|Good${WS}Friday|Maundy${WS}Thursday|Palm${WS}Sunday|Ash${WS}Wednesday|Ascension${WS}Day|Pentecost|Whit${WS}?[Ss]unday|Whit${WS}Monday)(?:,?${WS}(${YEAR_RE}))?(?![\\w'’])`,
  'g',
);

/** Easter Sunday of `year` (month, day): Gregorian from 1583, Julian before. */
export function easterSunday(year: number): { m: number; d: number } {
  if (year < 1583) {
    const d = (19 * (year % 19) + 15) % 30;
    const e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7;
    const n = d + e + 114;
    return { m: Math.floor(n / 31), d: (n % 31) + 1 };
  }
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h =
    (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return { m: Math.floor(n / 31), d: (n % 31) + 1 };
}

/** The day `offset` days from Easter Sunday of `year`. */
export function feastDay(year: number, offset: number): CalPoint {
  const { m, d } = easterSunday(year);
  const date = new Date(0);
  date.setUTCFullYear(year, m - 1, d + offset);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** A feast without its year: the year of the reference. */
class FeastNeed implements Need {
  kind = 'calendar' as const;
  reason = 'year taken from';
  fallback = 'XXXX';
  offset: number;
  constructor(offset: number) {
    this.offset = offset;
  }
  complete(ref: CalPoint): Completion | null {
    if (ref.y === null || ref.y < 100) return null;
    return { value: formatPoint(feastDay(ref.y, this.offset)) };
  }
}

/** Words after a bare "Easter" that make it a name, not a day ("Easter Island", "Easter eggs"). */
const NOT_A_DAY_AFTER = /^(?:[A-Z]|eggs?$|bunny|lil(?:y|ies)$|holidays?$|break$|term$)/;
/** Words before a bare "Easter" (no year) that make it a day: "at Easter", "on Easter Monday". */
const DAY_BEFORE = new Set(
  'at on over before after until till by since during from that this last next'.split(' '),
);

function feast(text: string, m: RegExpExecArray): Candidate | null {
  const name = m[1].toLowerCase().replace(/\s+/g, ' ');
  const offset = OFFSETS[name];
  if (offset === undefined) return null;
  const end = m.index + m[0].length;
  // "the Good Friday Agreement", "Easter Island", "the Easter Rising": names.
  const after = wordAfter(text, end);
  if (!m[2] && after && NOT_A_DAY_AFTER.test(after)) return null;
  if (!m[2] && name === 'easter' && !DAY_BEFORE.has(wordBefore(text, m.index))) return null;
  const c: Candidate = { start: m.index, end, type: 'DATE', value: '', granularity: 'day' };
  if (m[2]) {
    const year = parseYear(m[2]);
    if (year < 100) return null;
    c.value = formatPoint(feastDay(year, offset));
  } else {
    c.need = new FeastNeed(offset);
    c.value = c.need.fallback;
  }
  return c;
}

/** The rule: a movable feast, with or without its year. */
export const FEAST_RULE: Rule = {
  re: FEAST,
  starts: [
    'easter',
    'good',
    'maundy',
    'palm',
    'ash',
    'ascension',
    'pentecost',
    'whit',
    'whitsunday',
  ],
  map: (m, text) => feast(text, m),
};
