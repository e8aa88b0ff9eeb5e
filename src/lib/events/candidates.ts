import { findParagraphAt } from '../paragraphs';
import { lowerBoundBy } from '../sorted';
import type { AnalyzedDocument, DateMention, PublishedDate, UnplacedMention } from '../types';
import { contains, dayKey, joinSpans, type DateSpan } from './edtf';
import { findSentenceAt, splitSentences, type Sentence } from './sentences';
import { extractTerms, type Term } from './terms';
import {
  nameDateColumn,
  readDatedRow,
  relateRowDates,
  standsAlone,
  type DatedRow,
} from './table-dates';
import { readTableHeaders } from './title-table';
import type { TitleContext } from './titles';
import { isUnplaceable, spanOfMention } from './timex';

/** A date mention that can be placed: where it is and the date it gives. */
export interface PlacedMention {
  document: string;
  paragraph: string;
  mention: DateMention;
  /** The date this mention gives as a citation (a range's parts give the whole range). */
  span: DateSpan;
  sentence: Sentence;
}

/** Mentions of one sentence that date one thing, with the clause they date: the unit of merging. */
export interface Candidate {
  /** `${document}:${first mention start}`: unique and stable. */
  key: string;
  document: string;
  /** Position of the document in the corpus, then of the mention: gives a stable order. */
  order: [number, number];
  mentions: PlacedMention[];
  span: DateSpan;
  sentence: Sentence;
  /** Offsets of the clause the date dates: the sentence, cut at neighbouring dates of other things. */
  clause: { start: number; end: number };
  /** The clause text with the date expressions blanked out. */
  text: string;
  terms: Term[];
  /** What the title may read around the clause (dates blanked): see `makeTitle`. */
  titleContext?: Pick<TitleContext, 'lead' | 'previous' | 'earlier' | 'rest' | 'header' | 'column'>;
}

/** Key of a mention, unique in the corpus: `${document}:${start}-${end}`. */
export function mentionKey(document: string, mention: { start: number; end: number }): string {
  return `${document}:${mention.start}-${mention.end}`;
}

/** Words that join the two ends of one range written as two expressions ("July 11 and 12"). */
const RANGE_JOINER = /^\s*(?:and|to|through|till|until|-|–|—|or)\s*$/i;
/** Two dates in one sentence this close, one inside the other, date the same thing. */
const SAME_THING_DISTANCE = 80;

/** Sentences of a document, never crossing a paragraph. */
export function splitDocumentSentences(analyzed: AnalyzedDocument): Sentence[] {
  return analyzed.paragraphs.flatMap((p) => splitSentences(analyzed.document.text, p.start, p.end));
}

/**
 * Sorts a document's mentions into placed mentions and unplaced ones (with the reason), skipping
 * mentions whose keys are in `hidden` (an editor hid them; they are reported as `hidden`).
 */
export function placeMentions(
  analyzed: AnalyzedDocument,
  sentences: readonly Sentence[],
  hidden: ReadonlyMap<string, string>,
): { placed: PlacedMention[]; unplaced: UnplacedMention[] } {
  const placed: PlacedMention[] = [];
  const unplaced: UnplacedMention[] = [];
  const document = analyzed.document.id;
  for (const mention of [...analyzed.mentions].sort((a, b) => a.start - b.start)) {
    const paragraph = findParagraphAt(analyzed.paragraphs, mention.start)?.id ?? `${document}#p0`;
    const base = mentionPlace(document, paragraph, mention);
    const hiddenWhy = hidden.get(mentionKey(document, mention));
    const span = spanOfMention(mention);
    if (hiddenWhy !== undefined) unplaced.push({ ...base, reason: 'hidden', detail: hiddenWhy });
    else if (isUnplaceable(span))
      unplaced.push({ ...base, reason: span.reason, detail: span.detail });
    else {
      const sentence = findSentenceAt(sentences, mention.start) ?? {
        start: mention.start,
        end: mention.end,
      };
      placed.push({ document, paragraph, mention, span, sentence });
    }
  }
  return { placed, unplaced };
}

/** Where a mention stands and what it says: the part an unplaced mention shares with it. */
export function mentionPlace(document: string, paragraph: string, mention: DateMention) {
  const { start, end, text, value } = mention;
  return { document, paragraph, start, end, text, value };
}

/**
 * True when `next` dates the same thing as the mentions before it in its sentence (`group`, of
 * span `current`); `row` is the sentence read as a table row, if it is one.
 */
function datesSameThing(
  text: string,
  group: readonly PlacedMention[],
  current: DateSpan,
  next: PlacedMention,
  row: DatedRow | null,
): 'range' | 'same' | null {
  // Dates in cells of their own: the row's header or their order says (see `relateRowDates`).
  const inRow = row && relateRowDates(text, row, group, current, next);
  if (inRow) return inRow === 'apart' ? null : inRow;
  const previous = group[group.length - 1];
  const between = text.slice(previous.mention.end, next.mention.start);
  if (RANGE_JOINER.test(between) && dayKey(current.end) < dayKey(next.span.start)) return 'range';
  const near = next.mention.start - previous.mention.end <= SAME_THING_DISTANCE;
  // "The 1950s saw the rise of jet travel; the Boeing 707 entered service in October 1958": a
  // semicolon sets a clause of its own apart.
  const apart = between.includes(';');
  return near && !apart && (contains(current, next.span) || contains(next.span, current))
    ? 'same'
    : null;
}

/** A line this long or longer is prose, not a byline. */
const BYLINE_LENGTH = 100;

/**
 * True when the candidate is the document's dateline: its dates are the day the document was
 * published, on a short line that is no sentence ("By A. Writer · 4 May 2021", "Updated 4 May
 * 2021"). "On 4 May 2021 the council voted." is an event of that day.
 */
export function isDateline(
  text: string,
  candidate: Pick<Candidate, 'mentions'>,
  published: PublishedDate,
): boolean {
  if (published.precision !== 'day' || !published.value) return false;
  if (!candidate.mentions.every((m) => m.mention.value === published.value)) return false;
  // The date's line, looked for no further than a byline could reach.
  const at = candidate.mentions[0].mention.start;
  const from = Math.max(0, at - BYLINE_LENGTH);
  const lead = text.slice(from, at);
  const tail = text.slice(at, at + BYLINE_LENGTH);
  const lineStart = lead.lastIndexOf('\n');
  const lineEnd = tail.indexOf('\n');
  if (lineStart < 0 && from > 0) return false;
  if (lineEnd < 0 && at + BYLINE_LENGTH < text.length) return false;
  const line = (lead.slice(lineStart + 1) + (lineEnd < 0 ? tail : tail.slice(0, lineEnd))).trim();
  return line.length < BYLINE_LENGTH && !/[.!?]["'’”)]*$/.test(line);
}

/** True when the clause holds nothing but the group's dates (and punctuation): "1962", "1914–1918:". */
function isDateAlone(
  text: string,
  clause: { start: number; end: number },
  mentions: readonly PlacedMention[],
): boolean {
  let rest = text.slice(clause.start, clause.end);
  for (const { mention } of [...mentions].reverse())
    rest = rest.slice(0, mention.start - clause.start) + rest.slice(mention.end - clause.start);
  return !/[\p{L}\p{N}]/u.test(rest);
}

/** The sentence that starts the next line of the same paragraph (one line break between). */
function lineBelow(
  text: string,
  sentence: { start: number; end: number },
  sentences: readonly Sentence[],
): Sentence | undefined {
  // The first sentence starting at or after the end (binary search: sentences are in order).
  const lo = lowerBoundBy(sentences, sentence.end, (s) => s.start);
  const next = sentences[lo];
  if (!next) return undefined;
  return /^[^\S\n]*\r?\n[^\S\n]*$/.test(text.slice(sentence.end, next.start)) ? next : undefined;
}

/** How many sentences of its line before a sentence a title may read: a paragraph's worth. */
const EARLIER_SENTENCES = 12;

/**
 * The sentences of the line that holds `at` which end before it, at most the last
 * `EARLIER_SENTENCES` (`sentences` in text order, as `splitDocumentSentences` gives them).
 */
function sentencesOnLineBefore(
  text: string,
  sentences: readonly Sentence[],
  at: number,
): Sentence[] {
  const lo = lowerBoundBy(sentences, at + 1, (s) => s.end);
  const before: Sentence[] = [];
  let edge = at;
  for (let k = lo - 1; k >= 0 && before.length < EARLIER_SENTENCES; k--) {
    if (text.slice(sentences[k].end, edge).includes('\n')) break;
    before.push(sentences[k]);
    edge = sentences[k].start;
  }
  return before.reverse();
}

/** `text[from, to)` with the date mentions in it blanked to spaces. */
function blankDates(
  text: string,
  placed: readonly PlacedMention[],
  from: number,
  to: number,
): string {
  let out = text.slice(from, to);
  // The mentions are in text order and apart: the first that reaches past `from`, by halves.
  const lo = lowerBoundBy(placed, from + 1, (p) => p.mention.end);
  for (let k = lo; k < placed.length && placed[k].mention.start < to; k++) {
    const { mention } = placed[k];
    const start = Math.max(mention.start, from);
    const end = Math.min(mention.end, to);
    if (start < end)
      out = out.slice(0, start - from) + ' '.repeat(end - start) + out.slice(end - from);
  }
  return out;
}

/**
 * Groups the placed mentions of one document into candidates: mentions of one sentence join when
 * they are the two ends of a range, or when one date contains the other close by ("the 2022
 * Strategic Concept adopted ... (June 29-30)"), unless an editor pinned them to different events
 * (`labelOf`). Each candidate gets its clause and key terms.
 */
export function groupCandidates(
  text: string,
  documentOrder: number,
  placed: readonly PlacedMention[],
  labelOf: (mention: PlacedMention) => string | undefined,
  sentences: readonly Sentence[],
): Candidate[] {
  const headerAt = readTableHeaders(text);
  const rows = new Map<number, DatedRow | null>();
  const rowOf = (s: Sentence) => {
    if (!rows.has(s.start))
      rows.set(s.start, readDatedRow(text, s.start, s.end, headerAt(s.start)));
    return rows.get(s.start) ?? null;
  };
  const groups: { mentions: PlacedMention[]; span: DateSpan }[] = [];
  for (const item of placed) {
    const last = groups[groups.length - 1];
    const previous = last?.mentions[last.mentions.length - 1];
    const together =
      last &&
      previous.sentence.start === item.sentence.start &&
      labelOf(previous) === labelOf(item);
    const relation = together
      ? datesSameThing(text, last.mentions, last.span, item, rowOf(item.sentence))
      : null;
    if (relation === 'range') {
      last.span = joinSpans(last.span, item.span);
      last.mentions = [...last.mentions, item].map((m) => ({ ...m, span: last.span }));
    } else if (relation === 'same') {
      last.mentions.push(item);
      if (contains(last.span, item.span)) last.span = item.span;
    } else groups.push({ mentions: [item], span: item.span });
  }
  return groups.map((group, i) => {
    const first = group.mentions[0];
    const before = groups[i - 1]?.mentions.at(-1);
    const after = groups[i + 1]?.mentions[0];
    let sentence = first.sentence;
    const cutBefore = before && before.sentence.start === sentence.start;
    const cutAfter = after && after.sentence.start === sentence.start;
    let clause = {
      start: cutBefore ? before.mention.end : sentence.start,
      end: cutAfter ? after.mention.start : sentence.end,
    };
    // A semicolon between two dates of a sentence ends the one's clause and opens the other's
    // (looked for only between them: a search to the text's ends would be quadratic).
    if (cutBefore) {
      const opens = text.slice(before.mention.end, first.mention.start).lastIndexOf(';');
      if (opens >= 0) clause.start = before.mention.end + opens + 1;
    }
    if (cutAfter) {
      const last = group.mentions[group.mentions.length - 1].mention;
      const ends = text.slice(last.end, after.mention.start).indexOf(';');
      if (ends >= 0) clause.end = last.end + ends;
    }
    // A date in a cell of its own dates its whole row, whatever other dates the row holds
    // ("| Treaty of Rome | 25 March 1957 | 1 January 1958 |"); under a column whose name tells
    // what happened ("Signed", "Ratified"), that name tells the row's dates apart.
    const row = rowOf(sentence);
    const dates = group.mentions.map((m) => m.mention);
    const ownCells = row && dates.every((d) => standsAlone(text, row, dates, d.start));
    const column = ownCells && (cutBefore || cutAfter) && nameDateColumn(row, dates);
    if (ownCells) clause = { start: sentence.start, end: sentence.end };
    // A date alone on its line ("1962", "March 1868:") dates the line under it, when that line
    // gives no date of its own: a chronology written date first. Cited from the date to its end.
    const dated = clause.start === sentence.start && clause.end === sentence.end;
    const below =
      dated && isDateAlone(text, clause, group.mentions) && lineBelow(text, sentence, sentences);
    if (
      below &&
      !placed.some((p) => p.mention.start >= below.start && p.mention.start < below.end)
    ) {
      sentence = { start: sentence.start, end: below.end };
      clause = { start: below.start, end: below.end };
    }
    const clauseText = blankDates(
      text,
      ownCells ? placed : group.mentions,
      clause.start,
      clause.end,
    );
    // The sentence before, if it is on the same line (a paragraph never spans a blank line),
    // and the line's sentences before that, from the document's sentences.
    const earlier = sentencesOnLineBefore(text, sentences, sentence.start);
    const previous = earlier.pop();
    const header = headerAt(sentence.start);
    const titleContext = {
      ...(header === undefined ? {} : { header }),
      ...(column ? { column } : {}),
      lead: blankDates(text, placed, sentence.start, clause.start),
      previous: previous ? blankDates(text, placed, previous.start, previous.end) : '',
      // The paragraph's sentences before that: a name for "she" when they give only one.
      earlier: earlier.length
        ? blankDates(text, placed, earlier[0].start, earlier[earlier.length - 1].end)
        : '',
      rest: blankDates(text, placed, clause.end, sentence.end),
    };
    return {
      key: `${first.document}:${first.mention.start}`,
      document: first.document,
      order: [documentOrder, first.mention.start] as [number, number],
      mentions: group.mentions,
      span: group.span,
      sentence,
      clause,
      text: clauseText,
      terms: extractTerms(clauseText),
      titleContext,
    };
  });
}
