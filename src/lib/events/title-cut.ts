import { bare, DETERMINERS, hasVerb, isVerb, PREPOSITIONS } from './grammar/word-classes';
import { startsWithSubject } from './grammar/noun-phrases';
import { contentCount, isParticle, trimEdges } from './title-words';

/** Cutting a title to nine words, where a phrase ends. */

/** The most words a title has. */
export const MAX_WORDS = 9;

/** Words that open a phrase: a title cut before one ends where a phrase ends. */
const PHRASE_OPENERS = new Set([
  ...[...PREPOSITIONS].filter((w) => w !== 'of'),
  ...`and or but nor to which who whom whose where while as than after before since until because
  following including behind beyond among amid around along alongside inside outside beside besides
  past via throughout except below above beneath per versus off`.split(/\s+/),
]);
/** Heads of connectives of several words ("in order to", "due to"): never the last words of a title. */
const CONNECTIVE_HEAD =
  /^(?:in order|so as|as well|such|rather|due|according|prior|instead|because|ahead|thanks|apart|regardless)$/;

/**
 * True when the words before `end` close a prepositional phrase on a whole name or number, and
 * the word at `end` starts something else: "was held in Washington D.C. | and other US cities".
 */
function endsWithNamedPlace(words: readonly string[], end: number): boolean {
  const last = words[end - 1] ?? '';
  const next = words[end] ?? '';
  if (!/^[\p{Lu}\d]/u.test(last) || /^[\p{Lu}\d]/u.test(next) || /[,;:]$/.test(last)) return false;
  if (!/^(?:and|or)$/.test(bare(next)) && !PHRASE_OPENERS.has(bare(next))) return false;
  let k = end - 1;
  while (k > 0 && /^[\p{Lu}\d]/u.test(words[k])) k--;
  if (DETERMINERS.has(bare(words[k]))) k--;
  return k > 0 && PREPOSITIONS.has(bare(words[k])) && !/^(?:of|to)$/.test(bare(words[k]));
}

/**
 * The first nine words, cut back to the end of a phrase when the ninth is inside one ("... able
 * to return to their burnt-out [city]" -> "... able to return"), unless that would lose the verb
 * or leave fewer than two words that say something. The nine stay when they end on a whole name
 * after a preposition ("was held in Washington D.C. [and other cities]").
 */
export function cutAtPhrase(words: readonly string[]): string[] {
  if (words.length <= MAX_WORDS) return [...words];
  const endsPhrase = (k: number) => {
    const word = bare(words[k]);
    // A participle after a noun opens a phrase too ("the area | controlled by the Legion").
    // "that" opens a relative clause after a noun, but after "said" it is what was said.
    const opens =
      !/[\p{L}\p{N}]/u.test(words[k]) ||
      /[,;:]$/.test(words[k - 1]) ||
      (PHRASE_OPENERS.has(word) && !/^(?:and|or)$/.test(word)) ||
      // "and" joins clauses or verbs here, not two words of a noun ("air and naval").
      (/^(?:and|or)$/.test(word) &&
        (isVerb(words, k + 1) || startsWithSubject(words.slice(k + 1)))) ||
      (word === 'that' && !isVerb(words, k - 1) && !isParticle(words, k - 1)) ||
      // "of" ties a noun to the next: a cut before it may drop at most three words.
      (word === 'of' && k >= MAX_WORDS - 3) ||
      // The predicate after a subject of nine words.
      (k === MAX_WORDS && isVerb(words, k) && !hasVerb(words.slice(0, k)));
    const head = [words[k - 2], words[k - 1]].filter(Boolean).map(bare);
    return opens && !CONNECTIVE_HEAD.test(head.join(' ')) && !CONNECTIVE_HEAD.test(head[1] ?? '');
  };
  const cut = words.slice(0, MAX_WORDS);
  if (endsPhrase(MAX_WORDS) || endsWithNamedPlace(words, MAX_WORDS)) return cut;
  for (let k = MAX_WORDS - 1; k >= 2; k--) {
    const head = words.slice(0, k);
    const kept = trimEdges(head);
    // Not "extended over [much]": what is left must not end on a preposition.
    const clean = !PHRASE_OPENERS.has(bare(kept[kept.length - 1] ?? ''));
    if (endsPhrase(k) && clean && contentCount(kept) >= 2 && (hasVerb(kept) || !hasVerb(cut)))
      return head;
  }
  return cut;
}
