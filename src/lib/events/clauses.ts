import { STOPWORDS } from './terms';

/**
 * Just enough English clause grammar for a title: where a clause begins (a subordinator, a
 * conjunction followed by a subject and a verb), what its subject is, and what a pronoun stands
 * for when that is clear. Works on words split at white space; dates are blanked to marks.
 */

/** Marks the date in the clause, and the other blanked dates. */
export const MARK = '\u0000';
export const BLANK = '\u0001';

/** Words that open a subordinate clause. */
const SUBORDINATORS = new Set([
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
const MAYBE_SUBORDINATORS = new Set([
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
const CONJUNCTIONS = new Set(['and', 'but', 'or', 'so', 'yet']);
export const PREPOSITIONS = new Set(
  `of in on at by for with from to into onto about over under against between through during without
  within across toward towards upon like despite near part`.split(/\s+/),
);
const DETERMINERS = new Set(
  'the a an his her its their our my your this that these those'.split(' '),
);
const QUANTIFIERS = new Set(['many', 'most', 'some', 'several', 'all', 'both', 'few', 'no']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you']);
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
    else if (['so', 'yet', 'but'].includes(w) && j === 0) kind = 'coord';
    else if (CONJUNCTIONS.has(w) && (verbSoFar || j === 0) && clauseFollows(words, j + 1))
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

/** A subject of a clause: "the Goths" before "crossed". `pronoun` when it is one ("she"). */
interface Subject {
  words: string[];
  pronoun?: string;
}

/**
 * The subjects a text names, in order: words right before a verb that open a clause (at the start,
 * after punctuation, a conjunction, a subordinator or a date), either a pronoun, a run of capitalized
 * words ("Theodosius I", "the Goths") or "the" and one or two nouns ("the company").
 */
function findSubjects(text: string): Subject[] {
  const words = text
    .replace(/[,;:–—!?]|(?<!\b\p{Lu})\.(?=\s|$)|\s{3,}/gu, ' , ')
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
  const subjects: Subject[] = [];
  for (let i = 1; i < words.length; i++) {
    if (!isVerb(words, i)) continue;
    const previous = bare(words[i - 1]);
    if (PRONOUNS.has(previous) && opensClause(i - 2)) {
      subjects.push({ words: [words[i - 1]], pronoun: previous });
      continue;
    }
    // Up to four words that are no function words ("Theodosius I", "Norse settlers"), then "the"
    // before them, or all of them capitalized (a name).
    let from = i;
    const nameWord = (k: number) =>
      /^[\p{L}\p{N}'-]+$/u.test(words[k]) &&
      (!STOPWORDS.has(bare(words[k])) || (/^[IVX]+$/.test(words[k]) && k > 0));
    while (from > 0 && i - from < 4 && nameWord(from - 1)) from--;
    if (from > 0 && bare(words[from - 1]) === 'the') from--;
    else if (!words.slice(from, i).every((w) => /^\p{Lu}/u.test(w))) from = i;
    if (from < i && opensClause(from - 1)) subjects.push({ words: words.slice(from, i) });
  }
  return subjects;
}

/** Words that make a capitalized name a group or a thing, not a person. */
const NOT_PERSON =
  /^(?:inc|ltd|company|group|party|union|organi[sz]ation|council|ministry|university|army|empire|republic|kingdom|state|states|bank|corporation)$/i;

/** True when `subject` can be what `pronoun` stands for ("they": a plural; "she": a person's name). */
function agrees(pronoun: string, subject: Subject): boolean {
  if (subject.pronoun) return false;
  const words = subject.words;
  const last = words[words.length - 1];
  const named = /^\p{Lu}/u.test(last);
  const withThe = bare(words[0]) === 'the';
  const plural = /[^su]s$/.test(last) && last.length > 3;
  if (pronoun === 'they') return plural;
  if (pronoun === 'it') return !plural && (withThe ? !named : /^\p{Lu}+$/u.test(last));
  return (
    named &&
    !withThe &&
    !plural &&
    words.length <= 3 &&
    !words.some((w) => NOT_PERSON.test(w) || /^\p{Lu}{2,}$/u.test(w))
  );
}

/**
 * Gives a clause whose subject is a pronoun ("they destroyed") or missing ("and was acquired") the
 * subject it stands for, when that is clear: the last subject named before it in the sentence (or,
 * for a pronoun, in the sentence before), if that one is no pronoun itself and agrees.
 */
export function recoverSubject(words: string[], sameSentence: string, previous: string): string[] {
  let i = 0;
  let joined = false;
  while (i < words.length) {
    const w = bare(words[i]);
    if (words[i].startsWith(MARK) || words[i] === BLANK || !w) i++;
    else if (SUBORDINATORS.has(w) || MAYBE_SUBORDINATORS.has(w)) i++;
    else if (CONJUNCTIONS.has(w) || w === 'then') {
      joined = true;
      i++;
    } else break;
  }
  const first = bare(words[i] ?? '');
  const pronoun = ['he', 'she', 'they', 'it'].includes(first) ? first : undefined;
  const missing = !pronoun && joined && isVerb(words, i);
  if (pronoun && !isVerb(words, i + 1)) return words;
  // "it" is often no subject at all: "it was decided", "it took years".
  if (
    pronoun === 'it' &&
    /^(?:is|was|would|will|could|became|took|seems|seemed)$/.test(bare(words[i + 1]))
  )
    return words;
  if (!pronoun && !missing) return words;
  const here = findSubjects(sameSentence);
  const subject = here.length
    ? here[here.length - 1]
    : pronoun
      ? findSubjects(previous).at(-1)
      : undefined;
  if (!subject || subject.pronoun) return words;
  if (pronoun && !agrees(pronoun, subject)) return words;
  return [...subject.words, ...words.slice(pronoun ? i + 1 : i)];
}
