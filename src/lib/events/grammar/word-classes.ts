import { STOPWORDS } from '../terms';

/**
 * The word classes of just enough English clause grammar for a title: function words, finite
 * verbs, nouns. Works on words split at white space; dates are blanked to marks.
 */

/** Marks the date in the clause, and the other blanked dates. */
export const MARK = '\u0000';
export const BLANK = '\u0001';

/** Words that open a subordinate clause. */
export const SUBORDINATORS = new Set([
  'when',
  'whenever',
  'while',
  'whilst',
  'because',
  'although',
  'though',
  'whereas',
  'unless',
]);
/** Words that open a subordinate clause only when a clause follows ("after a storm hit"), else prepositions. */
export const MAYBE_SUBORDINATORS = new Set([
  'after',
  'before',
  'since',
  'until',
  'till',
  'as',
  'if',
  'once',
]);
/** Conjunctions that may join two clauses. */
export const CONJUNCTIONS = new Set(['and', 'but', 'or', 'so', 'yet']);
export const PREPOSITIONS = new Set(
  `of in on at by for with from to into onto about over under against between through during without
  within across toward towards upon like despite near part`.split(/\s+/),
);
export const DETERMINERS = new Set(
  'the a an his her its their our my your this that these those'.split(' '),
);
export const QUANTIFIERS = new Set([
  'many',
  'most',
  'some',
  'several',
  'all',
  'both',
  'few',
  'no',
  'another',
]);
export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you']);
/** Pronouns that open a relative clause ("Redmoor, who won the league"). */
export const RELATIVES = new Set(['which', 'who', 'whose', 'whom']);
/** Finite verbs without the "-ed" ending, and auxiliaries: enough to tell that a clause begins. */
const FINITE_VERBS = new Set(
  `was were is are has had have did does will would could should can might must became began broke
  brought built bought came chose drew drove fell felt fought found fled flew forbade froze gave got went
  grew held hid kept knew laid led left lent lost made met paid ran rang rose sang sank sat saw sent shook
  shot shut slew sold sought spent spoke spread stood stole struck swore swept swam took taught tore told
  thought threw understood undertook upheld won wore wrote withdrew overthrew overtook`.split(
    /\s+/,
  ),
);
/** Words ending in "-ed" that are no verbs. */
const NOT_VERBS = new Set(
  `hundred indeed need seed feed weed deed heed speed breed creed greed steed aged sacred naked wicked kindred
  rugged ragged beloved`.split(/\s+/),
);
export const bare = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}'-]/gu, '');

/** True when `words[i]` looks like a finite verb ("crossed", "was", "took"; not "the armed"). */
export function isVerb(words: readonly string[], i: number): boolean {
  const word = words[i] ?? '';
  const w = bare(word);
  if (!/^\p{Ll}/u.test(word)) return false;
  if (FINITE_VERBS.has(w)) return true;
  const before = i > 0 ? bare(words[i - 1]) : '';
  return /^[a-z]{2,}ed$/.test(w) && !NOT_VERBS.has(w) && !DETERMINERS.has(before);
}

/** True when some word of `words` looks like a finite verb. */
export function hasVerb(words: readonly string[]): boolean {
  return words.some((_, i) => isVerb(words, i));
}

/** A word that can be part of a noun: no function word, no verb, no date mark ("Corps", "25,000"). */
export function isNounWord(words: readonly string[], k: number): boolean {
  const word = words[k] ?? '';
  if (!/^(?:[\p{L}\p{N}'’.-]+|\d{1,3}(?:,\d{3})+)$/u.test(word) || !/[\p{L}\p{N}]/u.test(word))
    return false;
  const w = bare(word);
  // Compass words are stop words, but "Northern" in "several Northern governors" is part of a noun.
  const compass = isName(word) && /^(?:north|south|east|west)/.test(w);
  return (!STOPWORDS.has(w) || compass) && !isVerb(words, k);
}
/**
 * Adjectives that are stop words for matching ("the old harbour wall", "the last boatyard"): part
 * of a noun phrase before its noun, never its last word.
 */
export const isStopAdjective = (word: string) =>
  /^\p{Ll}/u.test(word) && /^(?:old|new|first|last|early|late)$/.test(bare(word));
export const isName = (word: string) => /^\p{Lu}/u.test(word);
/** Lower-case particles of names: "de Gaulle", "Ludwig van Beethoven". */
export const NAME_PARTICLES = new Set([
  'de',
  'du',
  'der',
  'van',
  'von',
  'al',
  'bin',
  'da',
  'di',
  'la',
]);
/** Adverbs that stand between a subject and its verb ("Xerxes then crossed", "2007 also saw"). */
export const isMidAdverb = (word: string) =>
  /^\p{Ll}/u.test(word) &&
  /^(?:also|then|again|soon|later|still|already|never|thus|now|\p{L}{3,}ly)$/u.test(bare(word));

/** True for a date mark or a blanked date. */
export const isMarkWord = (word: string) => word.startsWith(MARK) || word === BLANK;

/** Prepositions that open a phrase set before the main clause ("After three weeks of fighting, ..."). */
export const FRONTING = new Set([
  ...PREPOSITIONS,
  'after',
  'before',
  'since',
  'until',
  'following',
  'under',
  'amid',
  'among',
]);
