/**
 * Decades in words: "the thirties", "the Twenties", "the late sixties", "the Roaring Twenties".
 * Only with "the" (before a modifier, if any) or a decade's name: "in her thirties", "in his
 * early twenties" are ages, not decades. The century is the one "the '30s" would have (see
 * `latestDecade`), or the one history gave the name to.
 */
import { theBefore, wordBefore, type Candidate, type Rule } from './candidate';
import { isMeasureAt } from './decade-numbers';
import { isAgeAt, latestDecade } from './decades';

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

/**
 * Decades known by a name, as history gave it: "the Roaring Twenties" are the 1920s whatever
 * the document's date, "the Gay Nineties" the 1890s. Only these: "the Roaring Forties" are
 * latitudes, and "in her roaring twenties" an age.
 */
const NAMED: Record<string, string> = {
  'roaring twenties': '192',
  'golden twenties': '192',
  'dirty thirties': '193',
  'hungry thirties': '193',
  'hungry forties': '184',
  'fabulous fifties': '195',
  'nifty fifties': '195',
  'swinging sixties': '196',
  'gay nineties': '189',
  'naughty nineties': '189',
};

/** "the Roaring Twenties", "Swinging Sixties" (the article, if any, is spanned): or null. */
function namedDecade(text: string, m: RegExpExecArray): Candidate | null {
  const epithet = wordBefore(text, m.index);
  const value = NAMED[`${epithet} ${m[1].toLowerCase()}`];
  if (value === undefined) return null;
  const lead = text.slice(Math.max(0, m.index - 24), m.index).toLowerCase();
  const at = m.index - (lead.length - lead.lastIndexOf(epithet));
  if (isAgeAt(text, at)) return null;
  const the = theBefore(text, at);
  return {
    start: the < 0 ? at : the,
    end: m.index + m[0].length,
    type: 'DATE',
    value,
    granularity: 'decade',
    priority: 1,
  };
}

function decadeWord(text: string, m: RegExpExecArray, dctYear: number | null): Candidate | null {
  const named = namedDecade(text, m);
  if (named) return named;
  // "the thirties" is spanned whole; "the late thirties" is widened by the modifiers.
  const the = theBefore(text, m.index);
  if (the < 0 && !theBeforeModifier(text, m.index)) return null;
  // "temperatures in the thirties": a number.
  if (isMeasureAt(text, the < 0 ? m.index : the, m.index + m[0].length)) return null;
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
