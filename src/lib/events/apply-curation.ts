import type {
  AnalyzedDocument,
  CuratedEvent,
  Curation,
  CurationQuote,
  Citation,
  Disagreement,
  TimelineEvent,
} from '../types';
import { mentionKey } from './candidates';
import { CurationError } from './curation';
import { overlaps, parseEdtf, PRECISION_RANK, type DateSpan } from './edtf';
import { findSentenceAt, type Sentence } from './sentences';

/** The editor's decisions by mention: which are hidden (and why) and which are pinned to which event. */
export interface ResolvedCuration {
  hidden: Map<string, string>;
  pinned: Map<string, string>;
}

/**
 * The date mentions a quote points at: those the quoted words overlap or, when the quote holds no
 * date, those of the sentence it is in. Throws when there is none (the quote dates nothing).
 */
function findQuotedMentions(
  file: string,
  quote: CurationQuote,
  analyzed: AnalyzedDocument,
  sentences: readonly Sentence[],
): string[] {
  const overlap = (s: number, e: number) =>
    analyzed.mentions.filter((m) => m.start < e && s < m.end);
  let found = overlap(quote.start, quote.end);
  if (found.length === 0) {
    const sentence = findSentenceAt(sentences, quote.start);
    if (sentence) found = overlap(sentence.start, sentence.end);
  }
  if (found.length === 0) {
    throw new CurationError(
      file,
      quote.line,
      `quote "${quote.quote}" in ${quote.document} is not in a sentence with a date mention; quote the words of the date.`,
    );
  }
  return found.map((m) => mentionKey(analyzed.document.id, m));
}

/**
 * Resolves every quote of the curation to the date mentions it points at. A mention claimed by two
 * entries (two events, or an event and `hide`) stops the build: the editor must choose.
 */
export function resolveCuration(
  curation: Curation,
  analyzed: readonly AnalyzedDocument[],
  sentencesOf: (document: string) => readonly Sentence[],
): ResolvedCuration {
  const hidden = new Map<string, string>();
  const pinned = new Map<string, string>();
  const claimedOn = new Map<string, number>();
  const claim = (quote: CurationQuote): string[] => {
    const doc = analyzed.find((a) => a.document.id === quote.document);
    if (!doc)
      throw new CurationError(curation.file, quote.line, `unknown document "${quote.document}".`);
    const keys = findQuotedMentions(curation.file, quote, doc, sentencesOf(quote.document));
    for (const key of keys) {
      const earlier = claimedOn.get(key);
      if (earlier !== undefined) {
        throw new CurationError(
          curation.file,
          quote.line,
          `the date at "${quote.quote}" is already used on line ${earlier}; cite or hide each date once.`,
        );
      }
      claimedOn.set(key, quote.line);
    }
    return keys;
  };
  for (const entry of curation.hide)
    for (const key of claim(entry)) hidden.set(key, entry.reason ?? 'hidden by the editor');
  for (const event of curation.events)
    for (const quote of event.cite) for (const key of claim(quote)) pinned.set(key, event.id);
  return { hidden, pinned };
}

/** Lays the editor's id, title, date, tags and era over an assembled event; the editor wins. */
export function applyCuratedEvent(event: TimelineEvent, curated: CuratedEvent): TimelineEvent {
  const span = curated.date ? parseEdtf(curated.date) : null;
  const dated = span
    ? {
        date: span.edtf,
        start: span.start,
        end: span.end,
        precision: span.precision,
        isRange: span.isRange || undefined,
        approximate: span.approximate || undefined,
      }
    : {};
  const disagreements =
    span && PRECISION_RANK[span.precision] > PRECISION_RANK[event.precision]
      ? findOutsideEditorDate(event.citations, span)
      : event.disagreements;
  const merged: TimelineEvent = {
    ...event,
    ...dated,
    disagreements,
    id: curated.id,
    title: curated.title ?? event.title,
    tags: curated.tags ?? event.tags,
    ...(curated.era ? { era: curated.era } : {}),
    curated: true,
  };
  if (merged.isRange === undefined) delete merged.isRange;
  if (merged.approximate === undefined) delete merged.approximate;
  if (!merged.disagreements?.length) delete merged.disagreements;
  return merged;
}

/**
 * When an editor dates an event more coarsely than its citations, the citations are moments
 * within it: a note of March 19 and one of March 31 are both "March 1954", not a conflict. Only
 * a citation whose date cannot be the editor's date disagrees ("1954" agrees with March 1954).
 */
function findOutsideEditorDate(citations: readonly Citation[], span: DateSpan): Disagreement[] {
  const byDate = new Map<string, number[]>();
  citations.forEach((citation, i) => {
    if (!citation.date) return;
    const given = parseEdtf(citation.date);
    if (given && overlaps(span, given)) return;
    byDate.set(citation.date, [...(byDate.get(citation.date) ?? []), i]);
  });
  return [...byDate].map(([date, indices]) => ({ date, citations: indices }));
}
