/**
 * Days of the week ("Tuesday", "last Friday", "next Monday"). TIMEX3 gives them the date they
 * name: the reference day (the document date in news, else the narrative day) and the tense
 * pick the week: `1998-02-10`; without a reference day, `XXXX-WXX-2`.
 */
import type { Candidate, Completion, Need, NeedKind, Rule } from './candidate';
import { formatPoint, shiftPoint, weekday, type CalPoint } from './timex';

const WS = '[ \\u00a0]+';
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** A possessive is the day too: "[last Saturday]'s draw". */
const WEEKDAY = new RegExp(
  `\\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Cc]oming)${WS})?(${DAYS.join('|')})(?![\\w-]|['’](?!s\\b))`,
  'g',
);
/** Words before a bare day in the same sentence (and line: "By Sam Reed" is no "by") that point to the future. */
const FUTURE =
  /\b(?:will|shall|'ll|’ll|going to|is to|are to|is due|are due|scheduled|plans? to|expected to|set to|until|by)\b[^.!?\n]*$/i;

/** Which way from the reference day a weekday lies. */
type Direction = 'past' | 'future' | 'same-week';

class WeekdayNeed implements Need {
  kind: NeedKind = 'deictic';
  reason = 'week taken from';
  fallback: string;
  day: number;
  direction: Direction;
  strict: boolean;
  constructor(day: number, direction: Direction, strict: boolean) {
    this.day = day;
    this.direction = direction;
    this.strict = strict;
    this.fallback = `XXXX-WXX-${day}`;
  }
  complete(ref: CalPoint): Completion {
    if (ref.y === null || ref.m === undefined || ref.d === undefined)
      return { value: this.fallback };
    const today = weekday(ref.y, ref.m, ref.d);
    let delta: number;
    if (this.direction === 'same-week') delta = this.day - today;
    else if (this.direction === 'past') {
      delta = -((today - this.day + 7) % 7);
      if (this.strict && delta === 0) delta = -7;
    } else {
      delta = (this.day - today + 7) % 7;
      if (this.strict && delta === 0) delta = 7;
    }
    return { value: formatPoint(shiftPoint(ref, delta, 'D')) };
  }
}

/**
 * A capitalized word before a bare day that makes the two a name: a feast ("Good Friday", dated
 * by feasts.ts) or a day history named ("Bloody Sunday", "Black Tuesday"), not a weekday near the
 * reference.
 */
const NAMED_DAY =
  /\b(?:Good|Maundy|Palm|Ash|Whit|Easter|Holy|Shrove|Low|Black|Bloody|Cyber|Super)[ \u00a0]+$/;

function weekdayCandidate(m: RegExpExecArray, text: string): Candidate | null {
  const det = m[1]?.toLowerCase();
  if (!det && NAMED_DAY.test(text.slice(Math.max(0, m.index - 10), m.index))) return null;
  const day = DAYS.indexOf(m[2]) + 1;
  let need: WeekdayNeed;
  if (det === 'last') need = new WeekdayNeed(day, 'past', true);
  else if (det === 'next' || det === 'coming') need = new WeekdayNeed(day, 'future', true);
  else if (det === 'this') need = new WeekdayNeed(day, 'same-week', false);
  else {
    // A bare day: the latest such day up to the reference, unless the sentence looks ahead.
    const lead = text.slice(Math.max(0, m.index - 80), m.index);
    need = new WeekdayNeed(day, FUTURE.test(lead) ? 'future' : 'past', false);
  }
  return {
    start: m.index,
    end: m.index + m[0].length,
    type: 'DATE',
    value: need.fallback,
    granularity: 'day',
    need,
  };
}

/** Days of the week, with or without last/next/this. */
export const WEEKDAY_RULES: Rule[] = [
  {
    re: WEEKDAY,
    starts: ['last', 'next', 'this', 'coming', ...DAYS.map((d) => d.toLowerCase())],
    after: { last: 'MTWFS', next: 'MTWFS', this: 'MTWFS', coming: 'MTWFS' },
    notAfter: '-',
    map: (m, text) => weekdayCandidate(m, text),
  },
];
