import { findAntecedent, findLastName, findOnlyAntecedent } from './antecedents';
import { findSubjects } from './subjects';
import {
  bare,
  BLANK,
  CONJUNCTIONS,
  isMidAdverb,
  isVerb,
  MARK,
  MAYBE_SUBORDINATORS,
  SUBORDINATORS,
} from './word-classes';

/**
 * What a pronoun ("they") or a missing subject ("and was sold") stands for, when the sentence (or
 * the one before) makes that clear.
 */

/**
 * Gives a clause whose subject is a pronoun ("they destroyed") or missing ("and was acquired") the
 * subject it stands for, when that is clear: the last subject named before it in the sentence (or,
 * for a pronoun, in the sentence before), if that one is no pronoun itself and agrees; else the
 * one subject the paragraph's `earlier` sentences name that agrees, if they name only one.
 */
export function recoverSubject(
  words: string[],
  sameSentence: string,
  previous: string,
  earlier = '',
): string[] {
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
  const near = [...findSubjects(previous), ...here];
  const far = () => {
    const only = findOnlyAntecedent(pronoun ?? '', near, findSubjects(earlier));
    const last = findLastName([earlier, previous, sameSentence].join(' '));
    return only && last && only.words.some((w) => bare(w) === last) ? only : undefined;
  };
  const subject = pronoun ? (findAntecedent(pronoun, near) ?? far()) : here.at(-1);
  if (!subject || subject.pronoun) return words;
  return [...subject.words, ...words.slice(pronoun ? i + 1 : i)];
}
