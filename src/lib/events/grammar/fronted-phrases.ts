import { findSubjectStart } from './noun-phrases';
import {
  bare,
  BLANK,
  FRONTING,
  hasVerb,
  isMarkWord,
  isVerb,
  MARK,
  MAYBE_SUBORDINATORS,
  PREPOSITIONS,
  RELATIVES,
} from './word-classes';

/** Phrases set before the main clause ("After three weeks of fighting, ..."), and dropping them. */

/**
 * Drops what stands before the main clause when it is a phrase and not the subject: "after three
 * weeks of fighting, General Kuropatkin decided" -> "General Kuropatkin decided"; "Under Kessler
 * the company bought"; a relative clause cut from its noun ("which ended  , the company sold").
 * `words` as in a title: marks and "," tokens included. Unchanged when no main clause follows.
 */
export function dropFrontedPhrase(words: string[]): string[] {
  let i = 0;
  while (i < words.length && (words[i].startsWith(MARK) || words[i] === BLANK || !bare(words[i])))
    i++;
  const first = bare(words[i] ?? '');
  const relative = RELATIVES.has(first);
  if (!relative && !FRONTING.has(first)) return words;
  // "about 12,000 suspected opponents", "Over 100 bodies": a number's modifier, not a phrase.
  if (/^(?:about|around|over|under)$/.test(first) && /^\d/.test(words[i + 1] ?? '')) return words;
  const from = relative ? words.indexOf(',', i) : i;
  if (from < 0) return words;
  for (let v = from + 1; v < words.length; v++) {
    if (!isVerb(words, v)) continue;
    const s = findSubjectStart(words, v);
    // "In a speech made to Congress": a noun right after the preposition is its object, and the
    // verb after it a participle; the main clause comes later.
    // "on the independence of Algeria held in June": a noun after a preposition is no subject.
    if (s === v || s <= i + 1 || words.slice(s, v).includes(',')) continue;
    if (PREPOSITIONS.has(bare(words[s - 1]))) continue;
    const phrase = words.slice(from + 1, s).filter((w) => w !== BLANK && !w.startsWith(MARK));
    // The relative clause ends at its comma; "after the army had left": a clause, not a phrase.
    if (relative ? phrase.length > 0 : MAYBE_SUBORDINATORS.has(first) && hasVerb(phrase))
      return words;
    return words.slice(s);
  }
  return words;
}

/** True when the words open with a preposition or an "-ing" form: a phrase set before a clause. */
export function opensFrontedPhrase(words: readonly string[]): boolean {
  const first = words.find((w) => !isMarkWord(w)) ?? '';
  return FRONTING.has(bare(first)) || /^\p{L}{3,}ing$/u.test(first);
}
