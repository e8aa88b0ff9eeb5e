import { STOPWORDS } from '../terms';
import type { Subject } from './subjects';
import { bare, DETERMINERS, MAYBE_SUBORDINATORS, PREPOSITIONS, QUANTIFIERS } from './word-classes';

/** What a pronoun ("she", "they", "it") may stand for among the subjects a text names. */

/** Words that make a capitalized name a group or a thing, not a person. */
const NOT_PERSON =
  /^(?:inc|ltd|company|group|party|union|organi[sz]ation|council|ministry|university|army|empire|republic|kingdom|state|states|bank|corporation)$/i;

/** Heads of "the X of Y" that name a person, not a thing ("the Duke of York"). */
const PERSON_TITLE =
  /^(?:king|queen|prince|princess|duke|duchess|earl|count|countess|emperor|empress|pope|president|bishop|archbishop|lord|lady|sultan|tsar|czar|shah)$/i;

/**
 * Words that stand for no one in particular: "Little is known of his early life. By 1440 he was in
 * Strasbourg" has no "Little" for "he" to stand for, capital or not.
 */
const INDEFINITE =
  /^(?:little|much|nothing|something|everything|anything|everyone|everybody|someone|somebody|anyone|anybody|nobody|none|enough|such|there|here)$/;

/** "The Treaty of Example", "the Bank of England": a named thing that "it" may stand for. */
const namesAThing = (words: readonly string[]) =>
  words.length >= 4 &&
  bare(words[2]) === 'of' &&
  /^\p{Lu}\p{Ll}/u.test(words[1]) &&
  !PERSON_TITLE.test(words[1]);

/** True when `subject` can be what `pronoun` stands for ("they": a plural; "she": a person's name). */
function agrees(pronoun: string, subject: Subject): boolean {
  if (subject.pronoun) return false;
  const words = subject.words;
  if (INDEFINITE.test(bare(words[0]))) return false;
  const last = words[words.length - 1];
  const named = /^\p{Lu}/u.test(last);
  const withThe = DETERMINERS.has(bare(words[0])) || QUANTIFIERS.has(bare(words[0]));
  const plural = /[^su]s$/.test(last) && last.length > 3;
  if (pronoun === 'they') return plural;
  if (pronoun === 'it')
    return !plural && (withThe ? !named || namesAThing(words) : /^\p{Lu}+$/u.test(last));
  return (
    named &&
    !withThe &&
    !plural &&
    words.length <= 4 &&
    !words.some((w) => NOT_PERSON.test(w) || /^\p{Lu}{2,}$/u.test(w))
  );
}

/**
 * The subject `pronoun` stands for: the last one named that agrees, looking back past the same
 * pronoun ("Sihanouk tolerated ..., because he wished ...") and past subjects that cannot be it
 * ("the communists" for "he"); none when that one is the subject of a subordinate clause ("After
 * Pierre left the firm, she opened a bakery": Pierre may not be "she").
 */
export function findAntecedent(pronoun: string, subjects: readonly Subject[]): Subject | undefined {
  for (let k = subjects.length - 1; k >= 0; k--) {
    const subject = subjects[k];
    if (subject.pronoun || subject.relative || !agrees(pronoun, subject)) continue;
    return subject.subordinate ? undefined : subject;
  }
  return undefined;
}

/**
 * "Lindqvist was born in Uppsala. She learned to read at four. In 1921 she entered Uppsala
 * University": the one subject that agrees with `pronoun` in the paragraph's earlier sentences,
 * when none nearer does and they name no other that agrees.
 */
export function findOnlyAntecedent(
  pronoun: string,
  near: readonly Subject[],
  earlier: readonly Subject[],
): Subject | undefined {
  const agreeing = (subjects: readonly Subject[]) =>
    subjects.filter((s) => !s.pronoun && !s.relative && agrees(pronoun, s));
  if (agreeing(near).length) return undefined;
  const found = agreeing(earlier);
  const names = new Set(found.map((s) => s.words.map(bare).join(' ')));
  return names.size === 1 ? found[0] : undefined;
}

/**
 * The last name a text gives (lower-cased) that is no place: not after a preposition ("born in
 * Uppsala", "driven out by Villa and Zapata", "in El Paso, Texas"), not a group ("Uppsala
 * University"). A pronoun read from far back must stand for it.
 */
export function findLastName(text: string): string | undefined {
  const words = text.split(/\s+/).filter(Boolean);
  let last: string | undefined;
  let placed = false;
  words.forEach((word, k) => {
    const w = bare(word);
    const name = /^\p{Lu}/u.test(word) && !STOPWORDS.has(w) && !INDEFINITE.test(w);
    if (name) {
      const group = NOT_PERSON.test(w) || NOT_PERSON.test(bare(words[k + 1] ?? ''));
      if (!placed && !group) last = w;
      placed ||= group;
      if (/[.;:!?]$/.test(word)) placed = false;
    } else if (PREPOSITIONS.has(w) || MAYBE_SUBORDINATORS.has(w)) placed = true;
    else if (!DETERMINERS.has(w) && w !== 'and') placed = false;
  });
  return last;
}
