import { findNounStart } from './noun-phrases';
import {
  bare,
  BLANK,
  CONJUNCTIONS,
  isMidAdverb,
  isVerb,
  MARK,
  MAYBE_SUBORDINATORS,
  PRONOUNS,
  RELATIVES,
  SUBORDINATORS,
} from './word-classes';

/** A subject of a clause: "the Goths" before "crossed". `pronoun` when it is one ("she"). */
export interface Subject {
  words: string[];
  pronoun?: string;
  /** The subject of a subordinate clause ("after Pierre left"): no sure antecedent for a pronoun. */
  subordinate?: boolean;
  /** The noun a relative clause tells of ("Raoul Salan, who had ..."): passed over as an antecedent. */
  relative?: boolean;
}

/**
 * The subjects a text names, in order: words right before a verb that open a clause (at the start,
 * after punctuation, a conjunction, a subordinator or a date), either a pronoun or a noun phrase
 * ("Theodosius I", "the Goths", "several Northern governors"), and the noun a relative clause
 * follows ("General Yudenich, who had spent ...").
 */
export function findSubjects(text: string): Subject[] {
  const words = text
    .replace(/(?<!\d),|,(?!\d)|[;:–—!?]|(?<!\b\p{Lu})\.(?=\s|$)|\s{3,}/gu, ' , ')
    .split(/\s+/)
    .filter(Boolean);
  const opensClause = (k: number) => {
    if (k < 0) return true;
    const w = bare(words[k]);
    return (
      !w ||
      words[k] === ',' ||
      words[k] === MARK ||
      words[k] === BLANK ||
      CONJUNCTIONS.has(w) ||
      SUBORDINATORS.has(w) ||
      MAYBE_SUBORDINATORS.has(w) ||
      w === 'then' ||
      w === 'that'
    );
  };
  const subordinate = (k: number) =>
    k >= 0 && (SUBORDINATORS.has(bare(words[k])) || MAYBE_SUBORDINATORS.has(bare(words[k])));
  const subjects: Subject[] = [];
  for (let i = 1; i < words.length; i++) {
    if (!isVerb(words, i)) continue;
    let end = i;
    while (end > 0 && isMidAdverb(words[end - 1])) end--;
    const previous = bare(words[end - 1] ?? '');
    if (PRONOUNS.has(previous) && opensClause(end - 2)) {
      subjects.push({
        words: [words[end - 1]],
        pronoun: previous,
        subordinate: subordinate(end - 2),
      });
      continue;
    }
    // "General Yudenich, who had spent": the relative clause tells of the noun before it, but
    // that noun is seldom what a later pronoun stands for.
    const relative = RELATIVES.has(previous) && words[end - 2] === ',';
    if (relative) end -= 2;
    const from = findNounStart(words, end, false);
    if (from < end && opensClause(from - 1))
      subjects.push({
        words: words.slice(from, end),
        subordinate: subordinate(from - 1),
        ...(relative ? { relative } : {}),
      });
  }
  return subjects;
}
