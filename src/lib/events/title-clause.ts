import { opensFrontedPhrase } from './grammar/fronted-phrases';
import { startsWithSubject } from './grammar/noun-phrases';
import { splitClauses, type Segment } from './grammar/split-clauses';
import { bare, hasVerb, isVerb, MARK, PREPOSITIONS, RELATIVES } from './grammar/word-classes';
import { MAX_WORDS } from './title-cut';
import {
  findAntecedentNoun,
  firstWordAt,
  subjectAcrossComma,
  subjectBeforeAside,
  subjectOfParticiple,
} from './title-subjects';
import { cleanWords, contentCount } from './title-words';

/** Words that name who tells what the clause says ("according to legend", "as reported by"). */
const ATTRIBUTION =
  /^(?:according to|as (?:reported|told|recorded|claimed|described) by|in the words of)\b/i;

/** A piece of the sentence between punctuation: which chunk it is in, and whether it opens it. */
export type ChunkSegment = Segment & { chunk: number; first: boolean };

/** The clause a title is made from, chosen among the pieces of its sentence. */
export interface ChosenClause {
  segments: ChunkSegment[];
  /** The words of each segment as a title keeps them (`cleanWords`). */
  cleaned: string[][];
  /** The segment that holds the date, or the main clause a fronted "when" clause dates (-1: none). */
  anchor: number;
  /** The segment the title starts in: the anchor, or the one before it. */
  from: number;
  words: string[];
}

/**
 * Chooses the words of the one clause the date belongs to: `text` is the clause with its dates
 * marked and asides stripped, `clause` as handed over (its end tells where the next date cut it),
 * `dateAt` the date's offset in it, `lead` the sentence before it, `cutByDate` whether the
 * sentence's next date begins where the clause ends.
 */
export function chooseClause(
  text: string,
  clause: string,
  dateAt: number,
  lead: string,
  cutByDate = false,
): ChosenClause {
  // Not inside "25,000", nor after an initial ("John S. Mosby").
  const chunks = text.split(/(?<!\d),|,(?!\d)|[;:–—!?]|\s-\s|(?<!\b\p{Lu})\.(?=\s|$)/u);
  const segments = chunks.flatMap((chunk, c) =>
    splitClauses(chunk.split(/\s+/).filter(Boolean)).map((s, k) => ({
      ...s,
      chunk: c,
      first: k === 0,
    })),
  );
  const cleaned = segments.map((s) => cleanWords(s.words));
  let anchor = segments.findIndex((s) => s.words.some((w) => w.startsWith(MARK)));
  // A fronted "when" clause tells the time of the main clause after it: that is the event.
  const next = segments[anchor + 1];
  if (
    anchor >= 0 &&
    segments[anchor].opener === 'when' &&
    segments[anchor].kind === 'sub' &&
    !segments.slice(0, anchor).some((s) => hasVerb(s.words)) &&
    next?.kind === 'plain' &&
    hasVerb(next.words) &&
    contentCount(cleaned[anchor + 1]) >= 2
  )
    anchor++;
  // "Some prefer 410, when the Visigoths sacked the city": what happened at the date.
  const whenOfDate = tellsOfDate(segments, anchor, clause.slice(0, dateAt));
  if (whenOfDate) anchor++;
  let from = anchor;
  let words = anchor >= 0 ? [...segments[anchor].words] : [];
  // "It was founded after the war, in 1949, in ...": a date set off by commas dates what precedes it.
  // Not when the date's part is a clause of its own ("..., and she died in Stockholm the next
  // year"), nor when what precedes is a phrase set before the main clause that follows ("Having
  // lured the enemy into the hills, in January 1968, the rebels broke the truce").
  const frontedBefore =
    anchor === 1 &&
    !lead.trim() &&
    opensFrontedPhrase(segments[0].words) &&
    startsWithSubject(segments[2]?.words ?? []);
  if (
    anchor > 0 &&
    segments[anchor].first &&
    contentCount(cleaned[anchor]) < 3 &&
    contentCount(cleaned[anchor - 1]) >= 3 &&
    segments[anchor].kind !== 'coord' &&
    !whenOfDate &&
    // "...; polonium had been announced that July": a clause with its own subject is whole.
    !startsWithSubject(cleaned[anchor]) &&
    !frontedBefore
  ) {
    // ... unless what precedes is an aside after the subject ("The strike, the longest in
    // years, ended on Friday").
    let subjected = subjectBeforeAside(words, segments, anchor);
    if (subjected === words) subjected = subjectAcrossComma(words, segments, anchor, lead);
    if (subjected === words) subjected = subjectOfParticiple(words, segments, anchor);
    if (subjected !== words) words = subjected;
    else {
      from = anchor - 1;
      words = [...segments[from].words];
    }
  }
  // A clause cut where the next date begins ("went public in 1987 and was acquired by X in",
  // "crossed the Alps in 218 BC and won at Cannae [two years later]"): what follows the last
  // "and" belongs to that date.
  const cutAtDate =
    cutByDate ||
    /\b(?:in|on|at|by|from|since|during|until|till|around|before|after|of)\s*$/i.test(clause);
  if (from === anchor && anchor === segments.length - 1 && cutAtDate) {
    const at = words.findIndex((w) => w.startsWith(MARK));
    let last = words.length - 1;
    while (last > at && !/^(?:and|or|but)$/i.test(words[last])) last--;
    if (at >= 0 && last > at && contentCount(cleanWords(words.slice(0, last))) >= 1)
      words = words.slice(0, last);
  }
  // "Redmoor, who won the league in 2021, ...": the relative clause tells of the noun before it.
  const antecedent = from === anchor ? findAntecedentNoun(segments, from, lead) : [];
  if (antecedent.length) words = [...antecedent, ...words.slice(1)];
  const extend =
    anchor >= 0 && from === anchor && segments[anchor].kind !== 'sub' && !antecedent.length;
  for (let k = from + 1; extend && k < segments.length; k++) {
    const segment = segments[k];
    const more = cleaned[k];
    if (words.length >= MAX_WORDS || segment.kind !== 'plain' || !segment.first) break;
    // "..., during which communists were arrested", "in Strasbourg, where he experimented": a
    // relative clause tells of something else.
    if (segment.words.slice(0, 2).some((w) => RELATIVES.has(bare(w)))) break;
    if (/^(?:where|whereby|wherein)$/.test(bare(segment.words[0]))) break;
    // "Rome founded, according to legend": who tells it is no part of what happened.
    if (ATTRIBUTION.test(segment.words.join(' '))) break;
    const listGoesOn =
      /^\p{Lu}/u.test(more[0] ?? '') &&
      more.length <= 4 &&
      !PREPOSITIONS.has(bare(segment.words[0]));
    // "The last western emperor, Romulus Augustulus, is deposed": a subject still needs its verb.
    const predicate = !hasVerb(words) && !opensFrontedPhrase(words) && isVerb(segment.words, 0);
    if (contentCount(cleanWords(words)) >= 3 && !listGoesOn && !predicate) break;
    // "NATO, through its programs, has pooled ...": an aside between a subject and its verb; "In
    // 481 BC, after four years of preparation, Xerxes began ...": a phrase before the main clause.
    const after = segments[k + 1];
    if (
      contentCount(cleanWords(words)) === 0 &&
      opensFrontedPhrase(segment.words) &&
      !hasVerb(segment.words) &&
      after?.first &&
      after.kind === 'plain' &&
      startsWithSubject(after.words)
    )
      continue;
    if (
      !hasVerb(words) &&
      PREPOSITIONS.has(bare(segment.words[0])) &&
      after?.first &&
      after.kind === 'plain' &&
      isVerb(after.words, 0)
    )
      continue;
    // The comma between the chunks stays ("Poland, Hungary and the Czech Republic"), unless a verb follows its subject.
    if (isVerb(segment.words, 0)) {
      // A clause with its subject and verb is whole ("he launched the campaign").
      if (hasVerb(words) && !isVerb(words, firstWordAt(words))) break;
      // "The old bridge, built in 1850, was replaced in 1970": the date's part is an aside after
      // the subject, and the sentence's verb has a date of its own.
      if (
        cutAtDate &&
        k === segments.length - 1 &&
        subjectBeforeAside(words, segments, from) !== words
      )
        break;
      words = [...words, ...segment.words];
    } else {
      if (cleanWords(words).length > 0 && more.length > 0) words.push(',');
      words = [...words, ...more];
    }
  }
  return { segments, cleaned, anchor, from, words };
}

/** A preposition right before a date: the date tells when ("ended in 1945"), it is no noun. */
const GOVERNED =
  /\b(?:in|on|at|by|for|from|since|during|until|till|around|about|before|after|of|within|throughout)\s+(?:the\s+)?$/i;

/**
 * True when a "when" clause follows the date, set off by a comma, and tells what happened at it:
 * the date is a noun ("Some prefer 410, when the Visigoths sacked the city", "others, 1453, when
 * Constantinople fell"), not the time of its clause ("The war ended in 1945, when Japan
 * surrendered"), and no main clause follows ("In 1957, when Sputnik flew, he was a boy").
 */
function tellsOfDate(segments: readonly ChunkSegment[], anchor: number, before: string): boolean {
  const date = segments[anchor];
  const when = segments[anchor + 1];
  const after = segments[anchor + 2];
  if (!date || GOVERNED.test(before) || !date.words.at(-1)?.startsWith(MARK)) return false;
  if (when?.opener !== 'when' || when.kind !== 'sub' || !when.first || !hasVerb(when.words))
    return false;
  return !(after?.first && after.kind === 'plain' && startsWithSubject(after.words));
}
