import { assignIds } from '../events/assemble';
import { dayKey, parseEdtf } from '../events/edtf';
import {
  DATASET_FORMAT,
  type Citation,
  type Dataset,
  type DatasetDocument,
  type Era,
  type PublishedDate,
  type TimelineEvent,
} from '../types';

/** A source named by an imported timeline; it becomes a document of the dataset. */
export interface ImportedSource {
  /** Document id, when the file gave one (a sourceline export does). */
  id?: string;
  title: string;
  author?: string;
  kind?: string;
  source?: string;
  published?: PublishedDate;
}

/** Words of a source an imported event cites: `context` becomes a paragraph of that source. */
export interface ImportedCitation {
  /** Title of the source (or its id when `document` is given and the title is not). */
  source: string;
  document?: string;
  context: string;
  /** The cited words inside `context`; the whole context when absent. */
  text?: string;
  /** Offset of `text` in `context`, when known. */
  at?: number;
  /** EDTF date this citation gives. */
  date?: string;
}

/** An event read from another format; `date` is EDTF. */
export interface ImportedEvent {
  id?: string;
  title: string;
  date: string;
  tags?: string[];
  era?: string;
  citations: ImportedCitation[];
}

/** What an imported timeline holds besides its events. */
export interface ImportedTimeline {
  title: string;
  description?: string;
  sources?: ImportedSource[];
  eras?: Era[];
  warnings?: string[];
}

const ID = /^[a-z0-9][a-z0-9-]*$/;

/** A document id from a source title: lower case, a-z 0-9 and hyphens, at most 60 characters. */
function slugTitle(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return slug || 'source';
}
const UNKNOWN: PublishedDate = { value: null, precision: 'unknown' };

/**
 * Builds a `sourceline/1` dataset from events read from another format. Each source named
 * becomes a document whose paragraphs are the words cited from it (each distinct context once,
 * in order), so the reader works and every citation points at its words. Pure.
 */
export function assembleImportedDataset(
  timeline: ImportedTimeline,
  imported: readonly ImportedEvent[],
): Dataset {
  const documents = new Map<string, { meta: ImportedSource; contexts: string[] }>();
  const byKey = new Map<string, string>();
  const addDocument = (meta: ImportedSource): string => {
    const base = meta.id && ID.test(meta.id) ? meta.id : slugTitle(meta.title);
    let id = base;
    for (let n = 2; documents.has(id); n++) id = `${base}-${n}`;
    documents.set(id, { meta, contexts: [] });
    if (meta.id) byKey.set(`id:${meta.id}`, id);
    if (!byKey.has(`title:${meta.title}`)) byKey.set(`title:${meta.title}`, id);
    return id;
  };
  for (const source of timeline.sources ?? []) addDocument(source);
  const documentOf = (citation: ImportedCitation): string =>
    citation.document !== undefined
      ? (byKey.get(`id:${citation.document}`) ??
        addDocument({ id: citation.document, title: citation.source }))
      : (byKey.get(`title:${citation.source}`) ?? addDocument({ title: citation.source }));

  const placed = imported.map((event) =>
    event.citations.map((citation) => {
      const id = documentOf(citation);
      const contexts = documents.get(id)!.contexts;
      if (!contexts.includes(citation.context)) contexts.push(citation.context);
      return { id, index: contexts.indexOf(citation.context), citation };
    }),
  );

  const datasetDocuments: DatasetDocument[] = [...documents].map(([id, { meta, contexts }]) => {
    let offset = 0;
    const paragraphs = contexts.map((text, i) => {
      const start = offset;
      offset += text.length + 2;
      return { id: `${id}#p${i + 1}`, start, end: start + text.length, depth: 0, text };
    });
    return {
      id,
      title: meta.title,
      ...(meta.author ? { author: meta.author } : {}),
      ...(meta.kind ? { kind: meta.kind } : {}),
      ...(meta.source ? { source: meta.source } : {}),
      published: meta.published ?? UNKNOWN,
      paragraphs,
    };
  });
  const paragraphOf = new Map(datasetDocuments.map((d) => [d.id, d.paragraphs]));

  const usedIds = new Set<string>();
  const events: TimelineEvent[] = imported.flatMap((event, i) => {
    const span = parseEdtf(event.date);
    if (!span) return [];
    const citations: Citation[] = placed[i].map(({ id, index, citation }) => {
      const paragraph = paragraphOf.get(id)![index];
      const words = citation.text ?? citation.context;
      const found =
        citation.at !== undefined && citation.context.startsWith(words, citation.at)
          ? citation.at
          : Math.max(0, citation.context.indexOf(words));
      const start = paragraph.start + found;
      return {
        document: id,
        paragraph: paragraph.id,
        start,
        end: start + Math.min(words.length, citation.context.length - found),
        text: citation.context.slice(found, found + words.length),
        ...(citation.date ? { date: citation.date } : {}),
      };
    });
    const id = event.id && ID.test(event.id) && !usedIds.has(event.id) ? event.id : '';
    if (id) usedIds.add(id);
    return [
      {
        id,
        title: event.title,
        date: span.edtf,
        start: span.start,
        end: span.end,
        precision: span.precision,
        ...(span.isRange ? { isRange: true } : {}),
        ...(span.approximate ? { approximate: true } : {}),
        tags: event.tags ?? [],
        ...(event.era ? { era: event.era } : {}),
        citations,
      },
    ];
  });
  const ordered = assignIds(events).sort(
    (a, b) =>
      dayKey(a.start) - dayKey(b.start) ||
      dayKey(a.end) - dayKey(b.end) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return {
    format: DATASET_FORMAT,
    title: timeline.title,
    ...(timeline.description ? { description: timeline.description } : {}),
    documents: datasetDocuments,
    events: ordered,
    unplaced: [],
    ...(timeline.eras?.length ? { eras: timeline.eras } : {}),
    ...(timeline.warnings?.length ? { warnings: timeline.warnings } : {}),
  };
}
