import {
  bare,
  CONJUNCTIONS,
  DETERMINERS,
  FRONTING,
  isMarkWord,
  isMidAdverb,
  isName,
  isNounWord,
  isStopAdjective,
  isVerb,
  NAME_PARTICLES,
  PRONOUNS,
  QUANTIFIERS,
  RELATIVES,
} from './word-classes';

/** Where noun phrases and subjects begin and end: "General Kuropatkin", "the strength of the Corps". */

/**
 * Where the noun phrase that ends before `end` begins, or `end` when none does: a name ("General
 * Kuropatkin", "the Royal Air Force", "Secretary of Defense", "Germany and Italy") or up to three
 * nouns after a determiner ("the abbey", "several Northern governors", "the strength of the Corps").
 */
export function findNounStart(words: readonly string[], end: number, withOf = true): number {
  let s = end;
  const nameAt = (k: number) => k >= 0 && isName(words[k]) && isNounWord(words, k);
  if (nameAt(end - 1)) {
    for (;;) {
      if (nameAt(s - 1)) s--;
      else if (bare(words[s - 1] ?? '') === 'of' && nameAt(s - 2)) s -= 2;
      else if (s > 0 && NAME_PARTICLES.has(words[s - 1])) s--;
      else break;
    }
  } else
    while (
      s > 0 &&
      end - s < 3 &&
      (isNounWord(words, s - 1) || (s < end && isStopAdjective(words[s - 1])))
    )
      s--;
  if (s === end) return end;
  const before = bare(words[s - 1] ?? '');
  if (s > 0 && (DETERMINERS.has(before) || QUANTIFIERS.has(before) || /^\d/.test(before))) s--;
  const link = bare(words[s - 1] ?? '');
  if (s > 1 && (link === 'and' || (link === 'of' && withOf))) {
    const head = findNounStart(words, s - 1, withOf);
    if (head < s - 1 && (link === 'of' || isName(words[s - 2]) === isName(words[end - 1])))
      return head;
  }
  return s;
}

/** Where the subject of the verb at `verb` begins (a pronoun or a noun phrase), or `verb` when none does. */
export function findSubjectStart(words: readonly string[], verb: number): number {
  let end = verb;
  while (end > 0 && isMidAdverb(words[end - 1])) end--;
  if (end > 0 && PRONOUNS.has(bare(words[end - 1])) && !/^\p{Lu}{2,}/u.test(words[end - 1]))
    return end - 1;
  const start = findNounStart(words, end);
  return start === end ? verb : start;
}

/** True when the words open with a subject and its verb ("General Kuropatkin decided", "she took"). */
export function startsWithSubject(words: readonly string[]): boolean {
  const from = words.findIndex((w) => !isMarkWord(w));
  const verb = words.findIndex((_, k) => k > from && isVerb(words, k));
  return from >= 0 && verb > from && findSubjectStart(words, verb) === from;
}

/**
 * The subject that opens `text` (the part of a sentence before a clause that starts with its verb):
 * "An undated NSA publication declassified in" -> "An undated NSA publication"; "But another
 * offensive from" -> "another offensive". Empty unless a noun phrase opens the text and a verb, a
 * preposition, a relative pronoun or a comma follows it.
 */
export function findLeadSubject(text: string): string[] {
  const words = text
    .replace(/(?<!\d),|,(?!\d)|[;:]/g, ' , ')
    .split(/\s+/)
    .filter(Boolean);
  const from = CONJUNCTIONS.has(bare(words[0] ?? '')) ? 1 : 0;
  let end = from;
  while (
    end < words.length &&
    (isNounWord(words, end) ||
      (end === from && (DETERMINERS.has(bare(words[end])) || QUANTIFIERS.has(bare(words[end])))) ||
      (bare(words[end]) === 'of' && end > from && isNounWord(words, end + 1)))
  )
    end++;
  if (end === from || findNounStart(words, end) !== from || end - from > 6) return [];
  const next = words[end];
  const follows =
    next === undefined ||
    next === ',' ||
    isVerb(words, end) ||
    FRONTING.has(bare(next)) ||
    RELATIVES.has(bare(next)) ||
    bare(next) === 'that';
  return follows ? words.slice(from, end) : [];
}
