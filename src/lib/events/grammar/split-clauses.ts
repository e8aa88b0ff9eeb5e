import {
  bare,
  BLANK,
  CONJUNCTIONS,
  DETERMINERS,
  hasVerb,
  isVerb,
  MARK,
  MAYBE_SUBORDINATORS,
  PREPOSITIONS,
  PRONOUNS,
  QUANTIFIERS,
  SUBORDINATORS,
} from './word-classes';

/** Where a clause begins: a subordinator, or a conjunction followed by a subject and a verb. */

/** True when the words from `k` on start a clause: one to three words (its subject), then a verb. */
export function clauseFollows(words: readonly string[], k: number, maxSubject = 3): boolean {
  for (let i = k; i < words.length && i <= k + maxSubject; i++) {
    if (isVerb(words, i)) return i > k;
    const w = bare(words[i]);
    if (!w || PREPOSITIONS.has(w) || words[i] === MARK || words[i] === BLANK) return false;
  }
  return false;
}

/** A piece of a clause: the words between punctuation, cut again where another clause begins. */
export interface Segment {
  words: string[];
  /** `sub`: opens with a subordinator; `coord`: "and"/"but" and a clause with its own subject. */
  kind: 'plain' | 'sub' | 'coord';
  /** The subordinator or conjunction it opens with. */
  opener?: string;
  /** The main clause after a fronted subordinate clause that had no comma ("When he died in 395 the empire ..."). */
  main?: boolean;
}

/** Cuts the words of one chunk where a subordinate or coordinate clause begins. */
export function splitClauses(words: readonly string[]): Segment[] {
  // "but   she had to fight": a date between a conjunction and its clause.
  const afterDates = (k: number) => {
    while (words[k] === MARK || words[k] === BLANK) k++;
    return k;
  };
  const segments: Segment[] = [];
  let current: Segment = { words: [], kind: 'plain' };
  // Whether the current segment has a verb yet, kept as words are added (testing every word
  // again at each word made long sentences quadratic).
  let verbSoFar = false;
  words.forEach((word, j) => {
    const w = bare(word);
    let kind: Segment['kind'] | null = null;
    if (SUBORDINATORS.has(w) || (MAYBE_SUBORDINATORS.has(w) && clauseFollows(words, j + 1)))
      kind = 'sub';
    // "so that they surrendered": a purpose, not a second clause.
    else if (w === 'so' && bare(words[j + 1] ?? '') === 'that') kind = 'sub';
    else if (['so', 'yet', 'but'].includes(w) && j === 0) kind = 'coord';
    else if (
      CONJUNCTIONS.has(w) &&
      (verbSoFar || j === 0) &&
      clauseFollows(words, afterDates(j + 1))
    )
      kind = 'coord';
    if (kind) {
      if (current.words.length) segments.push(current);
      current = { words: [], kind, opener: w };
      verbSoFar = false;
    }
    current.words.push(word);
    verbSoFar ||= isVerb(current.words, current.words.length - 1);
  });
  if (current.words.length) segments.push(current);
  // "When he died   the empire was divided": a fronted clause with no comma ends at its date when
  // a subject and a verb follow.
  const first = segments[0];
  const at = first?.kind === 'sub' ? first.words.findIndex((w) => w === MARK || w === BLANK) : -1;
  if (at > 0 && hasVerb(first.words.slice(0, at))) {
    const rest = first.words.slice(at + 1);
    const opensSubject =
      /^\p{Lu}/u.test(rest[0] ?? '') ||
      DETERMINERS.has(bare(rest[0] ?? '')) ||
      QUANTIFIERS.has(bare(rest[0] ?? '')) ||
      PRONOUNS.has(bare(rest[0] ?? ''));
    if (opensSubject && clauseFollows(rest, 0, 4)) {
      first.words = first.words.slice(0, at + 1);
      segments.splice(1, 0, { words: rest, kind: 'plain', main: true });
    }
  }
  return segments;
}
