/**
 * Decades in words: "the thirties", "the Twenties", "the late sixties". Only with "the" (before
 * a modifier, if any): "in her thirties", "in his early twenties" are ages, not decades. The
 * century is the one "the '30s" would have (see `latestDecade`).
 */
import { theBefore, wordBefore, type Candidate, type Rule } from './candidate';
import { latestDecade } from './decades';

const TENS: Record<string, number> = {
  twenties: 20,
  thirties: 30,
  forties: 40,
  fifties: 50,
  sixties: 60,
  seventies: 70,
  eighties: 80,
  nineties: 90,
};

const DECADE_WORD = new RegExp(
  `\\b(${Object.keys(TENS).join('|')}|${Object.keys(TENS)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('|')})(?![\\w'’-])`,
  'g',
);

/** Words between "the" and the decade that the modifiers take in ("the late sixties"). */
const MODIFIER = /^(?:early|mid|late|middle)$/;

/** True when "the" and a modifier stand before `pos`: "the late sixties", "the mid-thirties". */
function theBeforeModifier(text: string, pos: number): boolean {
  const before = wordBefore(text, pos);
  if (!MODIFIER.test(before)) return false;
  const lead = text.slice(Math.max(0, pos - 24), pos).toLowerCase();
  return wordBefore(text, pos - (lead.length - lead.lastIndexOf(before))) === 'the';
}

function decadeWord(text: string, m: RegExpExecArray, dctYear: number | null): Candidate | null {
  // "the thirties" is spanned whole; "the late thirties" is widened by the modifiers.
  const the = theBefore(text, m.index);
  if (the < 0 && !theBeforeModifier(text, m.index)) return null;
  return {
    start: the < 0 ? m.index : the,
    end: m.index + m[0].length,
    type: 'DATE',
    value: latestDecade(TENS[m[1].toLowerCase()], dctYear),
    granularity: 'decade',
    priority: 1,
  };
}

/** The rule: a decade named in words. */
export const DECADE_WORD_RULE: Rule = {
  re: DECADE_WORD,
  starts: Object.keys(TENS),
  map: (m, text, ctx) => decadeWord(text, m, ctx.dct?.y ?? null),
};
