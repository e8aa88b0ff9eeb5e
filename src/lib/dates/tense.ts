/**
 * Which way a sentence looks from the time it was written: back ("The fiscal year ended Sept.
 * 30"), ahead ("The vote is scheduled for March 3") or neither. A few words, not a parser: it
 * only turns a year-less date into the year before or after the document's when the sentence
 * says so plainly (see `resolve.ts`).
 */
export type Tense = 'past' | 'future';

/** Words that look ahead ("scheduled" is one, though it ends in -ed). */
const AHEAD =
  /\b(?:will|shall|won't|going to|is to|are to|is due|are due|scheduled|plans? to|planned for|expected to|set to)\b|['’]ll\b/gi;
/**
 * Verbs whose past is written as their present: past right after a subject ("the 1.4% they
 * forecast in December", "the bank cut rates in March"), not after "will", "to" or "a" ("a rate
 * cut", "will cut"); a present after "he", "she" or "it" would end in -s.
 */
const SAME_IN_PAST =
  '(?:forecast|cut|put|hit|cast|broadcast|spread|shut|quit|upset|split|hurt|bet|beat|cost)';
const SAME_IN_PAST_RE = new RegExp(`^${SAME_IN_PAST}$`);
/** Subjects a verb may follow: pronouns, and a plural noun ("analysts") or a name ("ECB"). */
const PRONOUN = /^(?:I|we|you|they|he|she|it|who|which|We|You|They|He|She|It)$/;
/** Capitalised words that are no subject ("The cut", "In cut"), lower-case words in -s neither. */
const NOT_SUBJECT = new Set(
  (
    'The A An This That These Those Its Their His Her Our My Your Any No Each Every In On At ' +
    'By For To Of As If When While After Before Since Until But And Or is has does this its his ' +
    'us as was thus'
  ).split(' '),
);

/**
 * Auxiliaries and verbs in the past, regular past forms in lower case ("ended", "signed") but
 * not a participle after "be" ("will be published"), a time gone by ("last season", "two years
 * ago"), and verbs whose past is their present ("forecast", "cut": see `SAME_IN_PAST`).
 */
const BACK = new RegExp(
  [
    '\\b(?:was|were|had|did|began|came|went|made|took|gave|saw|held|won|lost|left|fell|rose|met',
    'said|told|became|sent|paid|got|ran|set|spent|built|brought|bought|sold|wrote|stood|grew',
    'knew|thought|found|kept|led|meant|felt|fought|drew|chose|spoke|broke|struck|sought|taught',
    'caught|heard|dealt|withdrew|overtook|swept|sank|shook|wore|flew|threw|drove|rode|fled|laid',
    'understood|undertook|ago|[Pp]reviously|[Ff]ormerly',
    '[Ll]ast[ \\u00a0]+(?:season|term|campaign|session|time|week|month|year|spring|summer|autumn|fall|winter)',
    '(?<!\\bbe(?:en|ing)? )[a-z]{2,}ed',
    `${SAME_IN_PAST})\\b`,
  ].join('|'),
  'g',
);
/** Lower-case words ending in -ed that are not a verb in the past here. */
const NOT_PAST = new Set([
  'need',
  'speed',
  'seed',
  'feed',
  'shed',
  'bled',
  'hundred',
  'indeed',
  'proceed',
  'succeed',
  'exceed',
]);

/** Where the sentence around `start`-`end` begins and ends (a line break or . ! ? and a space). */
function sentenceAround(text: string, start: number, end: number): [string, string] {
  let from = Math.max(0, start - 120);
  const lead = text.slice(from, start);
  const cut = Math.max(
    lead.lastIndexOf('\n'),
    ...[...lead.matchAll(/[.!?]["”’)]?\s+(?=[A-Z"“])/g)].map((m) => m.index + m[0].length - 1),
  );
  from = cut >= 0 ? from + cut + 1 : from;
  const tail = text.slice(end, end + 80);
  const stop = tail.search(/[.!?](?:\s|$)|\n/);
  return [text.slice(from, start), stop >= 0 ? tail.slice(0, stop) : tail];
}

/** True when the word before `at` (over one space) may be the subject of a verb at `at`. */
function afterSubject(text: string, at: number): boolean {
  const m = /([A-Za-z]+)[ \u00a0]$/.exec(text.slice(Math.max(0, at - 20), at));
  if (m === null || NOT_SUBJECT.has(m[1])) return false;
  const word = m[1];
  return PRONOUN.test(word) || /^[A-Z]/.test(word) || /^[a-z]{2,}s$/.test(word);
}

/** Where the last (or first) word of `re` is in `text`, -1 when none; -ed words filtered. */
function find(text: string, re: RegExp, last: boolean): number {
  let at = -1;
  for (const m of text.matchAll(re)) {
    if (NOT_PAST.has(m[0])) continue;
    if (SAME_IN_PAST_RE.test(m[0]) && !afterSubject(text, m.index)) continue;
    at = m.index;
    if (!last) break;
  }
  return at;
}

/**
 * The tense of the clause a date is in, when plain; null when not. The verb nearest before the
 * date governs it ("attended their first summit in late June, ... there will be"); when there is
 * none, the first one after it in the same clause ("Sept. 30 was the deadline").
 */
export function tenseAround(text: string, start: number, end: number): Tense | null {
  const [before, after] = sentenceAround(text, start, end);
  const ahead = find(before, AHEAD, true);
  const back = find(before, BACK, true);
  // The same word may be both ("scheduled"): it looks ahead.
  if (ahead >= 0 || back >= 0) return ahead >= back ? 'future' : 'past';
  const clause = after.split(/[,;:]/)[0];
  const aheadAfter = find(clause, AHEAD, false);
  const backAfter = find(clause, BACK, false);
  if (aheadAfter < 0 && backAfter < 0) return null;
  return backAfter < 0 || (aheadAfter >= 0 && aheadAfter <= backAfter) ? 'future' : 'past';
}
