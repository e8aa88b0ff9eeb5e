import {
  guardFormula as guard,
  parseCsv,
  unguardFormula as unguard,
  writeCsv,
} from '../formats/csv';
import { citedText, indexParagraphs } from '../search';
import type { DatasetDocument, Precision, TimelineEvent } from '../types';
import { formatTableDate } from './table-date';

/**
 * The events as records a person can take away: each with its citations, the cited words and
 * the sentence they date, and the source named. Written as CSV (one row per citation) or JSON;
 * the CSV reads back to the same records. Pure.
 */

/** One citation of an exported event. Offsets are into the document's text. */
export interface ExportedCitation {
  /** Title of the document. */
  source: string;
  document: string;
  paragraph: string;
  /** The date expression, as written. */
  cited: string;
  /** The sentence it dates (the paragraph when the sentence is not known). */
  text: string;
  start: number;
  end: number;
}

/** One exported event. */
export interface ExportedEvent {
  id: string;
  /** The date as people write it, for reading: "513 BC", "4 April 98 AD", "the 1950s". */
  displayDate: string;
  /** EDTF, for programs: `-0512` is 513 BC (astronomical years: year 0 is 1 BC). */
  date: string;
  /** First and last day the date can mean (ISO 8601, astronomical years). */
  earliest: string;
  latest: string;
  precision: Precision;
  title: string;
  tags: string[];
  citations: ExportedCitation[];
}

/**
 * Column names. Chosen so the file also imports as an events spreadsheet (date, title, text,
 * source, tags are the names the importer reads; no other column uses one of its aliases).
 * `display_date` is for people, `date` (EDTF) and `earliest`/`latest` (ISO) for programs.
 */
export const EXPORT_COLUMNS = [
  'event_id',
  'display_date',
  'date',
  'earliest',
  'latest',
  'precision',
  'title',
  'tags',
  'source',
  'text',
  'cited',
  'document_id',
  'paragraph_id',
  'cited_start',
  'cited_end',
] as const;

const TAG_SEPARATOR = '; ';

/** The records of `events` (in the order given), with their citations' words and sentences. */
export function exportEvents(
  events: readonly TimelineEvent[],
  documents: readonly DatasetDocument[],
): ExportedEvent[] {
  const paragraphOf = indexParagraphs(documents);
  const titleOf = new Map(documents.map((d) => [d.id, d.title]));
  return events.map((event) => ({
    id: event.id,
    displayDate: formatTableDate(event),
    date: event.date,
    earliest: event.start,
    latest: event.end,
    precision: event.precision,
    title: event.title,
    tags: [...event.tags],
    citations: event.citations.map((c) => ({
      source: titleOf.get(c.document) ?? c.document,
      document: c.document,
      paragraph: c.paragraph,
      cited: c.text,
      text: citedText(c, paragraphOf),
      start: c.start,
      end: c.end,
    })),
  }));
}

/** CSV of the records: a header, then one row per citation (one empty-source row without any). */
export function writeEventsCsv(events: readonly ExportedEvent[]): string {
  const rows: string[][] = [[...EXPORT_COLUMNS]];
  for (const event of events) {
    const head = [
      event.id,
      event.displayDate,
      event.date,
      event.earliest,
      event.latest,
      event.precision,
      event.title,
      event.tags.join(TAG_SEPARATOR),
    ].map(guard);
    if (!event.citations.length) rows.push([...head, '', '', '', '', '', '', '']);
    for (const c of event.citations) {
      rows.push([
        ...head,
        ...[c.source, c.text, c.cited, c.document, c.paragraph].map(guard),
        String(c.start),
        String(c.end),
      ]);
    }
  }
  return writeCsv(rows);
}

/** Reads a CSV written by `writeEventsCsv` back into records; rows of one event are grouped. */
export function readExportedCsv(text: string): ExportedEvent[] {
  const { rows } = parseCsv(text);
  const header = rows[0] ?? [];
  const at = Object.fromEntries(
    EXPORT_COLUMNS.map((name) => [name, header.indexOf(name)]),
  ) as Record<(typeof EXPORT_COLUMNS)[number], number>;
  const byId = new Map<string, ExportedEvent>();
  for (const row of rows.slice(1)) {
    const cell = (name: (typeof EXPORT_COLUMNS)[number]) =>
      unguard(at[name] < 0 ? '' : (row[at[name]] ?? ''));
    const id = cell('event_id');
    if (!id) continue;
    let event = byId.get(id);
    if (!event) {
      const tags = cell('tags');
      event = {
        id,
        displayDate: cell('display_date'),
        date: cell('date'),
        earliest: cell('earliest'),
        latest: cell('latest'),
        precision: cell('precision') as Precision,
        title: cell('title'),
        tags: tags ? tags.split(TAG_SEPARATOR) : [],
        citations: [],
      };
      byId.set(id, event);
    }
    if (!cell('document_id')) continue;
    event.citations.push({
      source: cell('source'),
      document: cell('document_id'),
      paragraph: cell('paragraph_id'),
      cited: cell('cited'),
      text: cell('text'),
      start: Number(cell('cited_start')),
      end: Number(cell('cited_end')),
    });
  }
  return [...byId.values()];
}

/** JSON of the records, with the dataset's title. */
export function writeEventsJson(title: string, events: readonly ExportedEvent[]): string {
  return `${JSON.stringify({ title, events }, null, 2)}\n`;
}

/** A file name from a title: lower case words joined by hyphens, at most 60 characters. */
export function exportFileName(title: string, extension: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'sourceline'}.${extension}`;
}
