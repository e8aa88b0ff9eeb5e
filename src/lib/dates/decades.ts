/**
 * Decades ("the 1950s", "the ’50s", "the 470s BC") and centuries ("the 20th century",
 * "the fifth century BC"). TIMEX3 writes them as the leading digits: `195`, `19`, `BC047`.
 */
import { wordBefore, type Candidate, type Completion, type Need, type Rule } from './candidate';
import { isMeasureAt } from './decade-numbers';
import { ORDINAL_RE, ORDINAL_STARTS, parseOrdinal } from './tokens';
import { formatYear, pad, type CalPoint } from './timex';

const SP = '[ \\u00a0]+';
const ERA = `(?:[ \\u00a0]?(BCE|BC|B\\.C\\.(?:E\\.)?|AD|CE)(?![A-Za-z]))?`;
/**
 * "the 1950s", "the 470s BC", "the 40s BC", and a span of decades with the second one clipped:
 * "the 1960s–70s".
 */
const DECADE4 = new RegExp(
  `\\b(?:(the|The)${SP})?(\\d{1,3}0)['’]?s(?:[-–—](\\d0)['’]?s)?${ERA}(?![\\w'’])`,
  'g',
);
const DECADE2 = new RegExp(
  `(?<![\\w$€£#.,-])(?:(the|The)${SP})?(['’‘]?)(\\d0)['’]?s(?![\\w'’])`,
  'g',
);
const CENTURY = new RegExp(
  `\\b(?:(the|The)${SP})?(${ORDINAL_RE})[- \\u00a0]centur(?:y|ies)${ERA}`,
  'gi',
);

function decade4(m: RegExpExecArray): Candidate | null {
  const digits = m[2];
  const tail = m[3];
  const bc = m[4] !== undefined && /B\.?C/i.test(m[4]);
  if (tail !== undefined && (bc || digits.length !== 4 || Number(tail) <= Number(digits.slice(2))))
    return null;
  // "the 1950s" is a decade; "the 470s BC" and "the 40s BC" too, but a bare "470s" is a count
  // and "the 40s" (without an era) the 1940s, which DECADE2 reads.
  if (digits.length < 4 && m[4] === undefined) return null;
  const lead = digits.slice(0, -1);
  // "the 1800s" is the century 1800-1899, as "the 400s BC" is 499-400 BC; "the 2000s" is
  // used for the decade 2000-2009.
  const roundHundred = digits.length > 2 && digits.endsWith('00');
  if (roundHundred && tail === undefined && (bc || Number(digits) < 2000)) {
    const hundreds = Number(digits.slice(0, -2));
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: 'DATE',
      value: `${bc ? 'BC' : ''}${pad(hundreds, 2)}`,
      granularity: 'century',
      priority: 1,
    };
  }
  return {
    start: m.index,
    end: m.index + m[0].length,
    type: 'DATE',
    value: bc ? `BC${pad(Number(lead), 3)}` : pad(Number(lead), 3),
    ...(tail !== undefined ? { endValue: digits.slice(0, 2) + tail[0] } : {}),
    granularity: 'decade',
    priority: 1,
  };
}

function decade2(text: string, m: RegExpExecArray, dctYear: number | null): Candidate | null {
  const [, article, apostrophe, digits] = m;
  // "in her 50s" is an age; a decade needs "the" or an apostrophe ("in her early '40s" is one too).
  if (!article && !apostrophe) return null;
  if (!article && isAgeAt(text, m.index)) return null;
  // "temperatures in the 30s": a number; "the '30s" keeps its apostrophe for the century.
  if (!apostrophe && isMeasureAt(text, m.index, m.index + m[0].length)) return null;
  return {
    start: m.index,
    end: m.index + m[0].length,
    type: 'DATE',
    value: latestDecade(Number(digits), dctYear),
    granularity: 'decade',
    priority: 1,
  };
}

/**
 * The decade a two-digit "the 50s" or "the fifties" names (`tens` is 50): the most recent such
 * decade not after the document's own decade, the 1900s without a document date.
 */
export function latestDecade(tens: number, dctYear: number | null): string {
  const base = dctYear ?? 1999;
  let century = Math.floor(base / 100);
  if (century * 100 + tens > base) century -= 1;
  return `${century}${tens / 10}`;
}

const POSSESSIVE = /^(?:his|her|their|my|your|our|its)$/;
const AGE_MODIFIER = /^(?:early|mid|late|very)$/;

/**
 * True when a possessive stands before `pos`, maybe with "early", "mid" or "late" between:
 * "in her '40s", "in his early '20s", "in one's late thirties" are ages, not decades.
 */
export function isAgeAt(text: string, pos: number): boolean {
  let before = wordBefore(text, pos);
  for (let k = 0; k < 2 && AGE_MODIFIER.test(before); k++) {
    const lead = text.slice(Math.max(0, pos - 24), pos).toLowerCase();
    pos -= lead.length - lead.lastIndexOf(before);
    before = wordBefore(text, pos);
  }
  if (POSSESSIVE.test(before)) return true;
  return before === 's' && /\bone['’]s$/i.test(text.slice(Math.max(0, pos - 8), pos - 1));
}

function century(m: RegExpExecArray): Candidate | null {
  const n = parseOrdinal(m[2]);
  if (n < 1 || n > 21) return null;
  const bc = m[3] !== undefined && /B\.?C/i.test(m[3]);
  return {
    start: m.index,
    end: m.index + m[0].length,
    type: 'DATE',
    value: bc ? `BC${pad(n - 1, 2)}` : pad(n - 1, 2),
    granularity: 'century',
    priority: 1,
  };
}

/**
 * "the turn of the century", "the turn of the 20th century": the years about a century's end,
 * written as the year that opens the century ("c. 1900"). Without an ordinal, the century's end
 * nearest the reference (the story, else the document date).
 */
const TURN_OF_CENTURY = new RegExp(
  `\\b(?:[Tt]he${SP})?turn${SP}of${SP}the${SP}(?:(${ORDINAL_RE})[- \u00a0])?century(?![\\w-])`,
  'g',
);

class NearestTurnNeed implements Need {
  kind = 'anaphoric' as const;
  reason = 'century taken from';
  fallback = 'XXXX';
  // A decade or century just named is the time told ("the 1880s ... the turn of the century").
  wide = 'century' as const;
  complete(ref: CalPoint): Completion | null {
    if (ref.y === null) return null;
    return { value: formatYear(Math.round(ref.y / 100) * 100) };
  }
}

function turnOfCentury(m: RegExpExecArray): Candidate | null {
  const c: Candidate = {
    start: m.index,
    end: m.index + m[0].length,
    type: 'DATE',
    value: '',
    granularity: 'year',
    mod: 'APPROX',
  };
  if (m[1] !== undefined) {
    const n = parseOrdinal(m[1]);
    if (n < 2 || n > 22) return null;
    // The turn of the 20th century is about 1900, when the 19th ended and the 20th began.
    c.value = formatYear((n - 1) * 100);
  } else {
    c.need = new NearestTurnNeed();
    c.value = c.need.fallback;
  }
  return c;
}

const DIGITS = '0123456789';

/** Decades and centuries; two-digit decades take their century from the dct year. */
export const DECADE_RULES: Rule[] = [
  {
    re: DECADE4,
    starts: ['#2', '#3', '#4', 'the'],
    after: { '#2': "'’s", '#3': "'’s", '#4': "'’s", the: DIGITS },
    notAfter: "$€£#.,'’-",
    map: decade4,
  },
  {
    re: DECADE2,
    starts: ['#2', 'the', "'"],
    after: { '#2': "'’s", the: `${DIGITS}'’‘`, "'": DIGITS },
    map: (m, text, ctx) => decade2(text, m, ctx.dct?.y ?? null),
  },
  { re: TURN_OF_CENTURY, starts: ['the', 'turn'], map: turnOfCentury },
  {
    re: CENTURY,
    starts: ['#1', '#2', 'the', ...ORDINAL_STARTS],
    after: { '#1': 'snrt', '#2': 'snrt', the: `${DIGITS}fstenFSTEN` },
    map: century,
  },
];
