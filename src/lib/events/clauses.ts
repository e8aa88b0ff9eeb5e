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
const QUANTIFIERS = new Set([
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
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you']);
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
function isNounWord(words: readonly string[], k: number): boolean {
  const word = words[k] ?? '';
  if (!/^(?:[\p{L}\p{N}'’.-]+|\d{1,3}(?:,\d{3})+)$/u.test(word) || !/[\p{L}\p{N}]/u.test(word))
    return false;
  const w = bare(word);
  // Compass words are stop words, but "Northern" in "several Northern governors" is part of a noun.
  const compass = isName(word) && /^(?:north|south|east|west)/.test(w);
  return (!STOPWORDS.has(w) || compass) && !isVerb(words, k);
}
const isName = (word: string) => /^\p{Lu}/u.test(word);
/** Lower-case particles of names: "de Gaulle", "Ludwig van Beethoven". */
const NAME_PARTICLES = new Set(['de', 'du', 'der', 'van', 'von', 'al', 'bin', 'da', 'di', 'la']);
/** Adverbs that stand between a subject and its verb ("Xerxes then crossed", "2007 also saw"). */
export const isMidAdverb = (word: string) =>
  /^\p{Ll}/u.test(word) &&
  /^(?:also|then|again|soon|later|still|already|never|thus|now|\p{L}{3,}ly)$/u.test(bare(word));

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
  } else while (s > 0 && end - s < 3 && isNounWord(words, s - 1)) s--;
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

/** Prepositions that open a phrase set before the main clause ("After three weeks of fighting, ..."). */
const FRONTING = new Set([
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

const isMarkWord = (word: string) => word.startsWith(MARK) || word === BLANK;

/** True when the words open with a preposition or an "-ing" form: a phrase set before a clause. */
export function opensFrontedPhrase(words: readonly string[]): boolean {
  const first = words.find((w) => !isMarkWord(w)) ?? '';
  return FRONTING.has(bare(first)) || /^\p{L}{3,}ing$/u.test(first);
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

/** A subject of a clause: "the Goths" before "crossed". `pronoun` when it is one ("she"). */
interface Subject {
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
function findSubjects(text: string): Subject[] {
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

/** Words that make a capitalized name a group or a thing, not a person. */
const NOT_PERSON =
  /^(?:inc|ltd|company|group|party|union|organi[sz]ation|council|ministry|university|army|empire|republic|kingdom|state|states|bank|corporation)$/i;

/** True when `subject` can be what `pronoun` stands for ("they": a plural; "she": a person's name). */
function agrees(pronoun: string, subject: Subject): boolean {
  if (subject.pronoun) return false;
  const words = subject.words;
  const last = words[words.length - 1];
  const named = /^\p{Lu}/u.test(last);
  const withThe = DETERMINERS.has(bare(words[0])) || QUANTIFIERS.has(bare(words[0]));
  const plural = /[^su]s$/.test(last) && last.length > 3;
  if (pronoun === 'they') return plural;
  if (pronoun === 'it') return !plural && (withThe ? !named : /^\p{Lu}+$/u.test(last));
  return (
    named &&
    !withThe &&
    !plural &&
    words.length <= 4 &&
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
  let verb = i + 1;
  while (pronoun && isMidAdverb(words[verb] ?? '')) verb++;
  if (pronoun && !isVerb(words, verb)) return words;
  // "it" is often no subject at all: "it was decided", "it took years".
  if (
    pronoun === 'it' &&
    /^(?:is|was|would|will|could|became|took|seems|seemed)$/.test(bare(words[i + 1]))
  )
    return words;
  if (!pronoun && !missing) return words;
  const here = findSubjects(sameSentence);
  const subject = pronoun
    ? findAntecedent(pronoun, [...findSubjects(previous), ...here])
    : here.at(-1);
  if (!subject || subject.pronoun) return words;
  return [...subject.words, ...words.slice(pronoun ? i + 1 : i)];
}

/**
 * The subject `pronoun` stands for: the last one named that agrees, looking back past the same
 * pronoun ("Sihanouk tolerated ..., because he wished ...") and past subjects that cannot be it
 * ("the communists" for "he"); none when that one is the subject of a subordinate clause ("After
 * Pierre left the firm, she opened a bakery": Pierre may not be "she").
 */
function findAntecedent(pronoun: string, subjects: readonly Subject[]): Subject | undefined {
  for (let k = subjects.length - 1; k >= 0; k--) {
    const subject = subjects[k];
    if (subject.pronoun || subject.relative || !agrees(pronoun, subject)) continue;
    return subject.subordinate ? undefined : subject;
  }
  return undefined;
}
