import { findSynonymClass, startsPhrase } from './synonyms';

/**
 * Function words, reporting verbs, calendar words and compass points (halves of names): they say nothing about which event a
 * sentence tells, so two sentences sharing them are no more alike.
 */
export const STOPWORDS = new Set(
  `a about above after again against all almost along already also although always am among an and another any
  are around as at away back be became because become been before being below between both but by can cannot could
  did do does doing done down during each either else even ever every few for from further had has have having he
  her here hers herself him himself his how however i if in into is it its itself just least less like made make
  makes many may me might more most much must my myself near neither never next no nor not now of off often on
  once one only onto or other others our ours out over own per perhaps quite rather really same shall she should
  since so some still such than that the their theirs them themselves then there these they this those though
  through thus to too toward towards under until up upon us very was we were what when where whether which while
  who whom whose why will with within without would yet you your yours
  said says say stated told according also later earlier first last next time times year years month months day
  days decade decades century centuries today yesterday tomorrow ago recent recently early late mid
  january february march april may june july august september october november december
  spring summer autumn fall winter monday tuesday wednesday thursday friday saturday sunday
  two three four five six seven eight nine ten new old two-thirds
  north south east west northern southern eastern western central`.split(/\s+/),
);

/** Suffixes removed by the light stemmer, longest first; a stem keeps at least three letters. */
const SUFFIXES: [string, string][] = [
  ['ships', ''],
  ['ship', ''],
  ['ations', 'ate'],
  ['ation', 'ate'],
  ['ings', ''],
  ['ing', ''],
  ['ies', 'y'],
  ['ied', 'y'],
  ['ses', 's'],
  ['es', 'e'],
  ['ed', ''],
  ['s', ''],
  ['e', ''],
];

/**
 * Reduces a word to a crude stem so inflections meet ("joined", "joining", "joins" -> "join";
 * "membership", "members" -> "member"). Deliberately light: it only has to make words meet.
 */
export function stemWord(word: string): string {
  let stem = word.toLowerCase().replace(/[’']s$/, '');
  for (const [suffix, replacement] of SUFFIXES) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= 3) {
      stem = stem.slice(0, -suffix.length) + replacement;
      break;
    }
  }
  return stem.replace(/e$/, '');
}

/** A key term of a sentence: a stem, and whether it came from a capitalised name. */
export interface Term {
  stem: string;
  name: boolean;
  /** The word's own stem when `stem` is its synonym class ("collaps" under "fail"). */
  own?: string;
}

const WORD = /\p{L}[\p{L}\p{M}’'-]*\p{L}|\p{L}|\d+/gu;
/** A capitalised word and a blank right before a number: a designation ("Apollo 11"). */
const NAME_BEFORE = /\p{Lu}\p{L}*\s$/u;
/** The word at `at` after blanks (sticky: read in place, the text is not copied). */
const NEXT_WORD = /\s+(\p{L}+)/uy;

/** True when only blanks stand between `at` and a sentence end (".", "!", "?", ":") before it. */
function followsSentenceEnd(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && /\s/.test(text[k])) k--;
  return k >= 0 && /[.!?:]/.test(text[k]);
}

/**
 * Extracts the key terms of a piece of text: capitalised names and content-word stems, without
 * stop words or numbers (except numbers of designations, "Apollo 11"). Each stem appears once; `name` is true if any occurrence was capitalised
 * other than as the first word. Verbs of one synonym class share one stem ("collapsed", "broke
 * down" -> "fail"; see `synonyms.ts`).
 */
export function extractTerms(text: string): Term[] {
  const terms = new Map<string, Term>();
  const add = (stem: string, name: boolean, own = stem) => {
    const known = terms.get(stem);
    if (known) known.name ||= name;
    else terms.set(stem, own === stem ? { stem, name } : { stem, name, own });
  };
  let first = true;
  for (const match of text.matchAll(WORD)) {
    const at = match.index ?? 0;
    const word = match[0].replace(/[’'-]+$/, '');
    // A number is a term only as part of a designation ("Apollo 11", "Article 51").
    if (/^\d/.test(word)) {
      if (NAME_BEFORE.test(text.slice(Math.max(0, at - 20), at))) add(word, true);
      continue;
    }
    const lower = word.toLowerCase();
    const capitalised = /^\p{Lu}/u.test(word);
    const sentenceStart = first || followsSentenceEnd(text, at);
    first = false;
    if (STOPWORDS.has(lower) || lower.length < 2) continue;
    const own = stemWord(lower);
    let stem = findSynonymClass(lower) ?? own;
    if (startsPhrase(lower)) {
      NEXT_WORD.lastIndex = at + match[0].length;
      const next = NEXT_WORD.exec(text)?.[1]?.toLowerCase();
      stem = findSynonymClass(`${lower} ${next}`) ?? stem;
    }
    add(stem, capitalised && !sentenceStart, own);
  }
  return [...terms.values()];
}
