import { bare, BLANK, hasVerb, isVerb, MARK } from './grammar/word-classes';
import { stemWord } from './terms';

/**
 * Whether a dated clause tells a happening. Two kinds of clause carry a date and tell none: a state
 * ("he had been a boy in 1957", "she was 12 in 1958") and a document speaking of itself ("Room 3
 * covers the years 1900 to 1920"). Works on the words of the date's clause, date marked.
 */

/** Parts of a document or an exhibition, which "cover" or "deal with" a period. */
const DOCUMENT_PARTS = new Set(
  `room gallery hall wing floor display exhibit exhibition section chapter part volume book page pages
  appendix table figure map article essay entry episode film documentary tour guide catalogue catalog
  timeline lecture`.split(/\s+/),
);
/** Words that may stand with such a part in the subject: "the next chapter", "Room 3", "Part Two". */
const PART_WORDS = new Set(
  `the this that these each our my next following previous last first second third fourth fifth final
  present current one two three four five six seven eight nine ten`.split(/\s+/),
);
/** Verbs of a part telling what it is about (with the preposition they may take). */
const ABOUT_VERBS = new Set(
  `cover covers covered span spans spanned deal deals dealt describe describes described show shows
  showed present presents presented trace traces traced explore explores explored examine examines
  examined survey surveys surveyed focus focuses focused look looks looked tell tells told concern
  concerns concerned treat treats treated illustrate illustrates illustrated recount recounts
  recounted turn turns turned move moves moved follow follows followed`.split(/\s+/),
);
const ABOUT_LINKS = new Set(['with', 'on', 'at', 'to', 'of', 'about', 'through']);
/** "is about", "is devoted to": a copula and the words that make it a verb of aboutness. */
const COPULA_ABOUT = new Set(['about', 'devoted', 'dedicated']);
/** Nouns that name a stretch of time and nothing that happened in it ("the years", "the period"). */
const PERIOD_NOUNS = new Set(
  `period periods era eras age ages epoch years time times decade decades century centuries months weeks
  days history story events`.split(/\s+/),
);

const isMark = (word: string) => word.startsWith(MARK) || word === BLANK;

/** Index of the first word that is neither a date mark nor punctuation. */
function firstWord(words: readonly string[]): number {
  let i = 0;
  while (i < words.length && (isMark(words[i]) || !bare(words[i]))) i++;
  return i;
}

/**
 * What a document part says it is about: the words after "Room 3 covers", "The next chapter deals
 * with", "Section 2 is about"; null when the clause does not open with a part of the document.
 */
export function findDocumentTopic(words: readonly string[]): string[] | null {
  const from = firstWord(words);
  let i = from;
  let part = false;
  while (i < words.length && i - from < 4) {
    const w = bare(words[i]);
    if (DOCUMENT_PARTS.has(w)) part = true;
    else if (!PART_WORDS.has(w) && !/^(?:\d+[a-z]?|[ivxlc]+|[a-z])$/.test(w)) break;
    i++;
  }
  if (!part || i === from) return null;
  const verb = bare(words[i] ?? '');
  let next = i + 1;
  if (/^(?:is|was|are|were)$/.test(verb)) {
    // "is about the 1960s" reaches here as "is" and the date: its "about the" went with the date.
    if (COPULA_ABOUT.has(bare(words[next] ?? ''))) next++;
    else if (!isMark(words[next] ?? '')) return null;
  } else if (!ABOUT_VERBS.has(verb)) return null;
  if (ABOUT_LINKS.has(bare(words[next] ?? ''))) next++;
  return words.slice(next);
}

/** True when the words hold nothing but a stretch of time: "the years", "the period from". */
export function namesOnlyTime(
  words: readonly string[],
  isEdge: (word: string) => boolean,
): boolean {
  return words.every((w) => isMark(w) || !bare(w) || isEdge(w) || PERIOD_NOUNS.has(bare(w)));
}

/** Nouns of happenings: a clause about one tells a happening even with "was" ("the war was over"). */
const HAPPENING_NOUNS = new Set(
  `war battle fight attack raid siege invasion revolt rebellion uprising revolution coup riot protest
  strike massacre murder death birth funeral wedding marriage divorce election vote referendum treaty
  agreement accord pact truce ceasefire armistice surrender victory defeat conquest capture collapse
  crisis crash disaster fire flood earthquake storm hurricane eruption explosion accident epidemic
  plague famine drought launch landing flight voyage expedition journey visit trip meeting summit
  conference talks ceremony coronation inauguration founding opening closing closure merger
  acquisition discovery invention release premiere publication debut match game final race
  tournament championship festival celebration trial verdict execution arrest escape rescue
  resignation appointment graduation retirement campaign offensive operation mission reform ban
  boycott embargo blockade evacuation withdrawal retreat occupation liberation independence
  partition annexation scandal bankruptcy recession depression`
    .split(/\s+/)
    .map(stemWord),
);
const isHappeningNoun = (word: string) => {
  const w = bare(word);
  return HAPPENING_NOUNS.has(stemWord(w)) || /(?:tion|sion)s?$/.test(w);
};
/** Words that open a noun phrase after "was": "a boy", "the mayor", "his father's heir". */
const NOUN_PHRASE_OPENERS = new Set(
  `a an the his her their its our my your one this that these those
  twelve eleven ten nine eight seven six five four three two`.split(/\s+/),
);
/** A record is news: "the crowd was the largest", "results were the best", "the first woman". */
const isRecord = (word: string) => /^(?:best|worst|first|last|only|most)$|est$/.test(bare(word));
const ADVERBS = new Set(
  'still already only just then once not never no longer also again briefly'.split(' '),
);

/**
 * True when the clause only states what someone or something was: a subject, "was" / "were" /
 * "is" / "had been" (never "became"), and a noun phrase or a number with no verb after it, no
 * happening and no record in it ("He had been a boy", "She was 12", "Smith was a member of the
 * council"). "She was elected", "He was born", "There was a fire", "The war was over", "They were
 * gone", "The crowd was the largest" tell more than a state.
 */
export function statesOnly(words: readonly string[]): boolean {
  const from = firstWord(words);
  let verb = from;
  while (verb < words.length && !isVerb(words, verb)) verb++;
  const subject = words.slice(from, verb).filter((w) => !isMark(w) && bare(w));
  if (!subject.length || bare(subject[0]) === 'there' || subject.some(isHappeningNoun))
    return false;
  let next = verb + 1;
  const first = bare(words[verb] ?? '');
  if (/^(?:has|had|have)$/.test(first) && bare(words[next] ?? '') === 'been') next++;
  else if (!/^(?:is|was|are|were)$/.test(first)) return false;
  while (next < words.length && (ADVERBS.has(bare(words[next])) || isMark(words[next]))) next++;
  const complement = words.slice(next);
  const head = bare(complement[0] ?? '');
  if (!NOUN_PHRASE_OPENERS.has(head) && !/^\d/.test(head)) return false;
  // "the first person to step onto the Moon", "a boy who ran": more than a state.
  if (hasVerb(complement) || complement.some((w, k) => bare(w) === 'to' && k > 0)) return false;
  if (complement.some(isRecord)) return false;
  return !complement.some(isHappeningNoun);
}
