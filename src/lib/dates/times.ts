/**
 * Times of day: clock times ("5:34 a.m.", "3 p.m.", "at 0500 hours") and parts of the day ("that
 * morning", "the next evening", "at night"). Values hang on the narrative day, `1965-01-31TMO`,
 * or on the date written right after them (see day-after-time.ts).
 */
import {
  wordBefore,
  type Candidate,
  type Completion,
  type Need,
  type NeedKind,
  type Rule,
} from './candidate';
import { formatPoint, shiftPoint, type CalPoint } from './timex';
import { pad } from './timex';

const WS = '[ \\u00a0]+';
/** The lookahead makes a bare number fail at once rather than match for `clock` to drop. */
const CLOCK =
  /\b(\d{1,2})(?=:\d{2}|[ \u00a0]?[aApP]\.?[mM])(?::(\d{2}))?(?:[ \u00a0]?(a\.m\.|p\.m\.|A\.M\.|P\.M\.|am|pm|AM|PM))?(?![\w:]|\.\d)/g;
const PART = new RegExp(
  `\\b(?:((?:[Tt]hat|[Tt]his|[Tt]he${WS}next|[Tt]he${WS}following|[Nn]ext|[Tt]he${WS}same|[Ee]arly${WS}the${WS}next|[Ee]arly${WS}that)${WS}))?(morning|afternoon|evening|night|tonight|midnight|noon)(?![\\w-])`,
  'g',
);

/** Military time: "0500 hours", "1430 hrs", "2100h". */
const HOURS = /\b([01]\d|2[0-3])([0-5]\d)[ \u00a0]?(?:hours|hrs|h)\b/g;
/** Words after which a four-digit number with "hours" is a time, not a count of hours. */
const HOURS_AFTER = new Set(['at', 'by', 'until', 'till', 'before', 'from', 'to', 'around']);
const CODES: Record<string, string> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  tonight: 'NI',
};
const BARE_OK = new Set([
  'at',
  'by',
  'during',
  'the',
  'all',
  'through',
  'overnight',
  'in',
  'one',
  'of',
]);

function onDay(n: number, suffix: string, anchored: boolean): DayNeed {
  return new DayNeed(n, suffix, anchored);
}

/** A class rather than closures: one is made for every time of day the scan proposes. */
export class DayNeed implements Need {
  kind: NeedKind = 'anaphoric';
  reason = 'day taken from';
  n: number;
  suffix: string;
  anchored: boolean;
  fallback: string;
  constructor(n: number, suffix: string, anchored: boolean) {
    this.n = n;
    this.suffix = suffix;
    this.anchored = anchored;
    this.fallback = `XXXX-XX-XX${suffix}`;
  }
  complete(ref: CalPoint): Completion {
    if (!this.anchored || ref.d === undefined) return { value: this.fallback };
    return { value: formatPoint(shiftPoint(ref, this.n, 'D')) + this.suffix };
  }
  /**
   * The time on the day `day` names outright, whatever the narrative or determiner would say:
   * "at noon on 20 January 2009", "the next morning, March 20".
   */
  onNamedDay(day: CalPoint): string | null {
    return day.d === undefined ? null : formatPoint(day) + this.suffix;
  }
}

function clock(m: RegExpExecArray): Candidate | null {
  const [, h, min, ampm] = m;
  let hour = Number(h);
  const minute = min === undefined ? 0 : Number(min);
  if (!ampm && min === undefined) return null;
  if (hour > 23 || minute > 59 || (ampm && (hour > 12 || hour === 0))) return null;
  if (ampm && /p/i.test(ampm) && hour < 12) hour += 12;
  if (ampm && /a/i.test(ampm) && hour === 12) hour = 0;
  const suffix = `T${pad(hour, 2)}:${pad(minute, 2)}`;
  return timeOnDay(m.index, m.index + m[0].length, onDay(0, suffix, true));
}

function hours(text: string, m: RegExpExecArray): Candidate | null {
  const [, h, min] = m;
  // "logged 1500 hours of flight time", "after 1000 hours": a count of hours.
  if (h[0] !== '0' && !HOURS_AFTER.has(wordBefore(text, m.index))) return null;
  if (/^[ \u00a0]+of\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4)))
    return null;
  return timeOnDay(m.index, m.index + m[0].length, onDay(0, `T${h}:${min}`, true));
}

function part(text: string, m: RegExpExecArray): Candidate | null {
  const det = m[1]?.trim().toLowerCase().replace(/\s+/g, ' ');
  const word = m[2];
  if (word === 'midnight' || word === 'noon') {
    const suffix = word === 'noon' ? 'T12:00' : 'T24:00';
    if (!det && !BARE_OK.has(wordBefore(text, m.index))) return null;
    return timeOnDay(m.index, m.index + m[0].length, onDay(0, suffix, Boolean(det)));
  }
  if (!det && word !== 'tonight' && !BARE_OK.has(wordBefore(text, m.index))) return null;
  // "the morning of 31 January": the date's modifier pass builds the whole expression.
  if (
    /^[ \u00a0]+(?:hours[ \u00a0]+)?of[ \u00a0]/.test(
      text.slice(m.index + m[0].length, m.index + m[0].length + 10),
    )
  )
    return null;
  const n = det && /next|following/.test(det) ? 1 : 0;
  // Only a determiner ties a bare part of day to the narrative day ("that morning").
  const deictic = det === 'this' || word === 'tonight';
  const need = onDay(word === 'tonight' ? 0 : n, `T${CODES[word]}`, Boolean(det) || deictic);
  // "this morning", "tonight" are the writer's today: the document date first, as "today" is.
  if (deictic) need.kind = 'deictic';
  // "said that tonight": "tonight" takes no determiner.
  const start = word === 'tonight' ? m.index + m[0].length - word.length : m.index;
  return timeOnDay(start, m.index + m[0].length, need);
}

/** A time of day found at `start`..`end`, its day to be settled by `need`. */
function timeOnDay(start: number, end: number, need: DayNeed): Candidate {
  return { start, end, type: 'TIME', value: need.fallback, granularity: 'time', need };
}

/** Clock times and parts of the day. */
export const TIME_RULES: Rule[] = [
  {
    re: CLOCK,
    starts: ['#1', '#2'],
    after: { '#1': ': \u00a0apAP', '#2': ': \u00a0apAP' },
    afterSpaces: { '#1': 'apAP', '#2': 'apAP' },
    notAfter: '.:,$€£-',
    map: clock,
  },
  {
    re: HOURS,
    starts: ['#4'],
    after: { '#4': ' \u00a0h' },
    afterSpaces: { '#4': 'h' },
    notAfter: '.:,$€£-',
    map: (m, text) => hours(text, m),
  },
  {
    re: PART,
    starts: 'that this the next early morning afternoon evening night tonight midnight noon'.split(
      ' ',
    ),
    after: { the: 'nfs' },
    notAfter: '-',
    map: (m, text) => part(text, m),
  },
];
