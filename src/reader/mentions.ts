/**
 * What the reading views mark in a paragraph: a citation's sentence and date expression, the
 * date mentions of a whole document, and search matches. Pure; offsets in paragraph text.
 */
import { withoutOverlaps, type MarkRange } from '../lib/highlight';
import { findMatches } from '../lib/search';
import type {
  Citation,
  DatasetDocument,
  DatasetParagraph,
  TimelineEvent,
  UnplacedMention,
} from '../lib/types';

/** The kinds of mark in a cited paragraph, weakest first. */
export type CitationMark = 'sentence' | 'cited' | 'match';

/** A date mention in the reader: it belongs to an event, or says why it is on no event. */
export interface ReaderMention {
  start: number;
  end: number;
  text: string;
  eventId?: string;
  eventTitle?: string;
  reason?: string;
  detail?: string;
}

/** Sentence, date expression and search matches of a citation, in its paragraph's offsets. */
export function citationMarks(
  citation: Citation,
  paragraph: DatasetParagraph,
  query: string,
): MarkRange<CitationMark>[] {
  const at = (start: number, end: number, kind: CitationMark) => ({
    start: start - paragraph.start,
    end: end - paragraph.start,
    kind,
  });
  const marks: MarkRange<CitationMark>[] = [];
  if (citation.sentence) marks.push(at(citation.sentence.start, citation.sentence.end, 'sentence'));
  marks.push(at(citation.start, citation.end, 'cited'));
  for (const m of findMatches(paragraph.text, query)) marks.push({ ...m, kind: 'match' });
  return marks;
}

/** Every date mention of one document, by paragraph id, without overlaps, in document offsets. */
export function documentMentions(
  documentId: string,
  events: readonly TimelineEvent[],
  unplaced: readonly UnplacedMention[],
): Map<string, ReaderMention[]> {
  const byParagraph = new Map<string, ReaderMention[]>();
  const add = (paragraph: string, mention: ReaderMention) => {
    const list = byParagraph.get(paragraph) ?? [];
    list.push(mention);
    byParagraph.set(paragraph, list);
  };
  for (const event of events) {
    for (const c of event.citations) {
      if (c.document !== documentId) continue;
      add(c.paragraph, {
        start: c.start,
        end: c.end,
        text: c.text,
        eventId: event.id,
        eventTitle: event.title,
      });
    }
  }
  for (const u of unplaced) {
    if (u.document !== documentId) continue;
    add(u.paragraph, {
      start: u.start,
      end: u.end,
      text: u.text,
      reason: u.reason,
      detail: u.detail,
    });
  }
  for (const [id, list] of byParagraph) byParagraph.set(id, withoutOverlaps(list));
  return byParagraph;
}

/** How many events each document is cited by. */
export function countEventsByDocument(events: readonly TimelineEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of events) {
    for (const id of new Set(event.citations.map((c) => c.document))) {
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return counts;
}

/** The 1-based position of a paragraph in its document, or null. */
export function paragraphNumber(document: DatasetDocument, paragraphId: string): number | null {
  const i = document.paragraphs.findIndex((p) => p.id === paragraphId);
  return i < 0 ? null : i + 1;
}

/**
 * A short excerpt around a citation for the list: its sentence when known, else about
 * `reach` characters on each side cut at spaces, with the cited words and matches marked.
 */
export function citationExcerpt(
  citation: Citation,
  paragraph: DatasetParagraph,
  query: string,
  reach = 140,
): { text: string; marks: MarkRange<CitationMark>[] } {
  const local = (offset: number) => offset - paragraph.start;
  let from = citation.sentence ? local(citation.sentence.start) : local(citation.start) - reach;
  let to = citation.sentence ? local(citation.sentence.end) : local(citation.end) + reach;
  from = Math.max(0, from);
  to = Math.min(paragraph.text.length, to);
  if (from > 0 && !citation.sentence) from = paragraph.text.indexOf(' ', from) + 1 || from;
  if (to < paragraph.text.length && !citation.sentence) {
    to =
      paragraph.text.lastIndexOf(' ', to) > local(citation.end)
        ? paragraph.text.lastIndexOf(' ', to)
        : to;
  }
  from = Math.min(from, local(citation.start));
  to = Math.max(to, local(citation.end));
  // A whole sentence stands on its own; a cut window says that it is cut.
  const cut = !citation.sentence;
  const before = cut && from > 0 ? '…' : '';
  const after = cut && to < paragraph.text.length ? '…' : '';
  const text = before + paragraph.text.slice(from, to) + after;
  const shift = from - before.length;
  const marks: MarkRange<CitationMark>[] = [
    { start: local(citation.start) - shift, end: local(citation.end) - shift, kind: 'cited' },
    ...findMatches(text, query).map((m) => ({ ...m, kind: 'match' as const })),
  ];
  return { text, marks };
}
