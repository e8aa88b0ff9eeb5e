import { opensFrontedPhrase } from './grammar/fronted-phrases';
import { findLeadSubject, findNounStart } from './grammar/noun-phrases';
import type { Segment } from './grammar/split-clauses';
import {
  bare,
  BLANK,
  hasVerb,
  isMidAdverb,
  isVerb,
  MARK,
  PREPOSITIONS,
  RELATIVES,
} from './grammar/word-classes';
import { statesOnly } from './happenings';
import { cleanWords, isEdgeWord } from './title-words';

/**
 * A subject for a title's clause that starts with its verb, found in the sentence around it: before
 * an aside, in the lead of the sentence, across a comma in a place name, or the noun a relative
 * clause tells of.
 */

/**
 * "The schools, which had closed in March, reopened in June": the date's clause begins with its
 * verb because an aside stands between it and its subject. The subject is the sentence's first
 * chunk when that is a short phrase without a verb and every chunk between is an aside (no verb,
 * or a relative clause).
 */
export function subjectBeforeAside(
  words: string[],
  segments: readonly (Segment & { chunk: number; first: boolean })[],
  from: number,
): string[] {
  let i = 0;
  while (i < words.length && (words[i].startsWith(MARK) || words[i] === BLANK)) i++;
  if (from <= 0 || !segments[from].first || !isVerb(words, i)) return words;
  const subject = segments[0];

  if (subject.kind !== 'plain' || subject.words.length > 5 || hasVerb(subject.words)) return words;
  if (!/^\p{L}/u.test(subject.words[0] ?? '') || !cleanWords(subject.words).length) return words;
  const between = segments.slice(1, from);
  if (between.some((s) => hasVerb(s.words) && !RELATIVES.has(bare(s.words[0] ?? '')))) return words;
  return [...subject.words, ...words];
}

/** Index of the first word that is no date mark and no adverb ("however", "also"): where a verb would stand. */
export function firstWordAt(words: readonly string[]): number {
  let i = 0;
  while (
    i < words.length &&
    (words[i].startsWith(MARK) ||
      words[i] === BLANK ||
      !bare(words[i]) ||
      isMidAdverb(words[i]) ||
      bare(words[i]) === 'however')
  )
    i++;
  return i;
}

/**
 * "An undated NSA publication declassified in 2005, however, revealed ...": the clause of "4
 * August" starts at its verb, and its subject opens the sentence before the clause (`lead`).
 * Only when every part of the clause before is an aside (no verb).
 */
export function subjectFromLead(
  words: string[],
  segments: readonly Segment[],
  from: number,
  lead: string,
): string[] {
  const at = firstWordAt(words);
  if (
    !lead.trim() ||
    !isVerb(words, at) ||
    words[at] !== segments[from]?.words[firstWordAt(segments[from].words)]
  )
    return words;
  if (segments.slice(0, Math.max(from, 0)).some((s) => hasVerb(s.words))) return words;
  const subject = findLeadSubject(lead);
  return subject.length ? [...subject, ...words] : words;
}

/**
 * "Liberty Arsenal in Liberty, Missouri was seized ...": a comma inside a place name ("Liberty,
 * Missouri") cut the subject; the clause opens with the last part of the name and a verb, and the
 * sentence with a noun phrase (no verb, no preposition first) ending in a name.
 */
export function subjectAcrossComma(
  words: string[],
  segments: readonly Segment[],
  from: number,
  lead: string,
): string[] {
  if (from !== 1 || lead.trim() || words[0] !== segments[from].words[0]) return words;
  const before = segments[0].words;
  const verb = words.findIndex((_, k) => isVerb(words, k));
  if (verb < 1 || verb > 2 || !words.slice(0, verb).every((w) => /^\p{Lu}/u.test(w))) return words;
  if (segments[0].kind !== 'plain' || before.length > 6 || hasVerb(before)) return words;
  if (!/^\p{Lu}/u.test(before[0]) || opensFrontedPhrase(before)) return words;
  if (!/^\p{Lu}/u.test(before[before.length - 1]) || (isEdgeWord(before[0]) && before.length < 2))
    return words;
  return [...before, ',', ...words];
}

/**
 * "Redmoor, who won the league in 2021": a relative clause set off by a comma tells of the noun
 * before it, which becomes its subject. Empty when no noun ends what precedes.
 */
export function findAntecedentNoun(
  segments: readonly (Segment & { first: boolean })[],
  from: number,
  lead: string,
): string[] {
  const segment = segments[from];
  if (!segment?.first || !/^(?:who|which)$/.test(bare(segment.words[0] ?? ''))) return [];
  if (from === 0 && !lead.trim()) return [];
  const before = [
    ...lead.replace(/(?<!\d),|,(?!\d)/g, ' , ').split(/\s+/),
    ...segments.slice(0, from).flatMap((s, k) => (k > 0 && s.first ? [',', ...s.words] : s.words)),
  ].filter(Boolean);
  while (before.length && !bare(before[before.length - 1])) before.pop();
  // "the conversion of Jacques Soustelle, who went": the person, not the conversion.
  const start = findNounStart(before, before.length, false);
  if (start === before.length || before.length - start > 5) return [];
  // "reports to Congress, which showed": the noun after a preposition may not be the one meant.
  if (PREPOSITIONS.has(bare(before[start - 1] ?? ''))) return [];
  return before.slice(start);
}

/**
 * "The only way across was a ferry, first recorded in 1284": a participle phrase after a clause
 * that only states something tells of the noun that ends that clause ("Ferry first recorded").
 * Not after a clause that tells a happening ("Caesar crossed the Rubicon, marched on Rome").
 */
export function subjectOfParticiple(
  words: string[],
  segments: readonly (Segment & { first: boolean })[],
  from: number,
): string[] {
  const before = segments[from - 1]?.words ?? [];
  if (!segments[from]?.first || !statesOnly(before)) return words;
  let i = firstWordAt(words);
  if (/^(?:first|last|once|originally)$/.test(bare(words[i] ?? ''))) i++;
  if (!isVerb(words, i) || !/ed$/.test(bare(words[i])) || hasVerb(words.slice(0, i))) return words;
  const noun = findNounStart(before, before.length, false);
  if (noun === before.length || before.length - noun > 5) return words;
  return [...before.slice(noun), ...words];
}
