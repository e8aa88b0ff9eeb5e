/**
 * Search and filter over events: case- and diacritic-insensitive matching that reports where
 * the matches are in the original text, so they can be highlighted. Pure, no DOM.
 */
import type { DatasetDocument, TimelineEvent } from './types';

/** A half-open range `[start, end)` of UTF-16 indices into a string. */
export interface TextRange {
  start: number;
  end: number;
}

/** What narrows the events shown. */
export interface EventFilter {
  query: string;
  /** Documents whose citations do not count. */
  hidden: readonly string[];
  /** An event must have one of these tags; empty = any. */
  tags: readonly string[];
}

const MARKS = /\p{M}/gu;

/**
 * Folds text for matching: lower case, no combining marks, and a map from each folded index
 * back to the index of the original character it came from.
 */
export function foldText(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let i = 0;
  for (const char of text) {
    const plain = char.normalize('NFD').replace(MARKS, '').toLowerCase();
    for (let k = 0; k < plain.length; k++) origin.push(i);
    folded += plain;
    i += char.length;
  }
  origin.push(text.length);
  return { folded, origin };
}

/** Folds a search query the same way, trimming and collapsing spaces. */
export function foldQuery(query: string): string {
  return foldText(query.trim().replace(/\s+/g, ' ')).folded;
}

/** Every place `query` occurs in `text`, ignoring case and diacritics; ranges into `text`. */
export function findMatches(text: string, query: string): TextRange[] {
  const needle = foldQuery(query);
  if (!needle) return [];
  const { folded, origin } = foldText(text);
  const ranges: TextRange[] = [];
  for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length)) {
    const last = origin[at + needle.length - 1];
    const next = origin[at + needle.length];
    // A match may end inside a character that folded to several units: take all of it.
    const end = next > last ? next : last + ((text.codePointAt(last) ?? 0) > 0xffff ? 2 : 1);
    ranges.push({ start: origin[at], end });
  }
  return ranges;
}

/** The text of a citation that search looks in: its sentence when known, else its paragraph. */
export function citedText(
  citation: TimelineEvent['citations'][number],
  paragraphOf: (id: string) => DatasetDocument['paragraphs'][number] | undefined,
): string {
  const paragraph = paragraphOf(citation.paragraph);
  if (!paragraph) return citation.text;
  const { start, end } = citation.sentence ?? paragraph;
  return paragraph.text.slice(start - paragraph.start, end - paragraph.start) || citation.text;
}

/** Looks up paragraphs by id across the documents. */
export function indexParagraphs(documents: readonly DatasetDocument[]) {
  const byId = new Map<string, DatasetDocument['paragraphs'][number]>();
  for (const document of documents) for (const p of document.paragraphs) byId.set(p.id, p);
  return (id: string) => byId.get(id);
}

/**
 * The events that pass the filter: cited by at least one shown document, carrying one of the
 * chosen tags, and containing the query in their title or cited text. Order is kept.
 */
export function filterEvents(
  events: readonly TimelineEvent[],
  filter: EventFilter,
  documents: readonly DatasetDocument[],
): TimelineEvent[] {
  const hidden = new Set(filter.hidden);
  const tags = new Set(filter.tags);
  const needle = foldQuery(filter.query);
  // Nothing to filter: the common case on load, kept free of per-event work.
  if (!hidden.size && !tags.size && !needle) return [...events];
  const paragraphOf = indexParagraphs(documents);
  return events.filter((event) => {
    const shown = event.citations.filter((c) => !hidden.has(c.document));
    if (hidden.size && event.citations.length && !shown.length) return false;
    if (tags.size && !event.tags.some((tag) => tags.has(tag))) return false;
    if (!needle) return true;
    if (foldText(event.title).folded.includes(needle)) return true;
    return shown.some((c) => foldText(citedText(c, paragraphOf)).folded.includes(needle));
  });
}
