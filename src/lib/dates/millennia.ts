/**
 * Millennia: "the first millennium BC", "the second millennium", "the 3rd millennium BCE", and
 * "the turn of the millennium". As centuries are written by their two leading digits ("19" for
 * the 20th century), a millennium is its one leading digit: the second millennium is `1`
 * (1000-1999), the first millennium BC `BC0` (999-1 BC).
 */
import { theBefore, type Candidate, type Completion, type Need, type Rule } from './candidate';
import { ORDINAL_RE, ORDINAL_STARTS, parseOrdinal } from './tokens';
import { formatYear, type CalPoint } from './timex';

const SP = '[ \\u00a0]+';
const ERA = `(?:[ \\u00a0]?(BCE|BC|B\\.C\\.(?:E\\.)?|AD|A\\.D\\.|CE|C\\.E\\.)(?![A-Za-z]))?`;
/** "millennium", and its common misspelling "millenium". */
const MILLENNIUM = 'millenn?ium';

const ORDINAL_MILLENNIUM = new RegExp(
  `\\b(${ORDINAL_RE})[- \\u00a0]${MILLENNIUM}${ERA}(?![\\w-])`,
  'gi',
);

const TURN_OF_MILLENNIUM = new RegExp(
  `\\bturn${SP}of${SP}the${SP}(?:(${ORDINAL_RE})[- \\u00a0])?${MILLENNIUM}(?![\\w-])`,
  'g',
);

/** The highest millennium read on each side of the era: "the 10th millennium BC", "the 3rd". */
const MAX_BC = 10;
const MAX_AD = 3;

/** Where a match at `index` starts with the "the" before it ("the first millennium"). */
function withThe(text: string, index: number): number {
  const the = theBefore(text, index);
  return the < 0 ? index : the;
}

function ordinalMillennium(text: string, m: RegExpExecArray): Candidate | null {
  const n = parseOrdinal(m[1]);
  const bc = m[2] !== undefined && /B\.?C/i.test(m[2]);
  if (n < 1 || n > (bc ? MAX_BC : MAX_AD)) return null;
  return {
    start: withThe(text, m.index),
    end: m.index + m[0].length,
    type: 'DATE',
    value: `${bc ? 'BC' : ''}${n - 1}`,
    granularity: 'millennium',
    priority: 1,
  };
}

/**
 * The millennium's turn nearest the reference (a story of the 990s turns in 1000). Without a
 * reference, 2000: in prose "the turn of the millennium" is nearly always that one.
 */
class NearestMillenniumNeed implements Need {
  kind = 'anaphoric' as const;
  reason = 'millennium taken from';
  fallback = '2000';
  settled = true;
  // A decade or century just named is the time told ("the 1990s ... the turn of the millennium").
  wide = 'century' as const;
  complete(ref: CalPoint): Completion | null {
    if (ref.y === null) return null;
    const turn = Math.round(ref.y / 1000) * 1000;
    return turn > 0 ? { value: formatYear(turn) } : null;
  }
}

/** "the turn of the millennium": about the year a millennium opens ("c. 2000"). */
function turnOfMillennium(text: string, m: RegExpExecArray): Candidate | null {
  const c: Candidate = {
    start: withThe(text, m.index),
    end: m.index + m[0].length,
    type: 'DATE',
    value: '',
    granularity: 'year',
    mod: 'APPROX',
  };
  if (m[1] !== undefined) {
    const n = parseOrdinal(m[1]);
    if (n < 2 || n > MAX_AD) return null;
    // As "the turn of the 20th century" is 1900: the turn of the third millennium is 2000.
    c.value = formatYear((n - 1) * 1000);
  } else {
    c.need = new NearestMillenniumNeed();
    c.value = c.need.fallback;
  }
  return c;
}

/** Millennia by ordinal, and the turn of the millennium. */
export const MILLENNIUM_RULES: Rule[] = [
  { re: TURN_OF_MILLENNIUM, starts: ['turn'], map: (m, text) => turnOfMillennium(text, m) },
  {
    re: ORDINAL_MILLENNIUM,
    starts: ['#1', '#2', ...ORDINAL_STARTS],
    after: { '#1': 'snrt', '#2': 'snrt' },
    map: (m, text) => ordinalMillennium(text, m),
  },
];
