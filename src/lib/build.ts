import { findDates } from './dates';
import { messages } from './messages';
import { buildEvents, type Curation } from './events';
import { splitParagraphs } from './paragraphs';
import {
  DATASET_FORMAT,
  type AnalyzedDocument,
  type Dataset,
  type DatasetDocument,
  type SourceDocument,
} from './types';

/** Options for `buildTimeline`. */
export interface BuildOptions {
  /** Title of the whole timeline. */
  title?: string;
  description?: string;
  /** The editor's corrections, already parsed and checked. */
  curation?: Curation;
  /** Problems met while reading the corpus; carried into the dataset. */
  warnings?: string[];
}

/** Runs the text stages on one document: paragraphs and date mentions. */
export function analyzeDocument(document: SourceDocument): AnalyzedDocument {
  const published = document.meta.published;
  return {
    document,
    paragraphs: splitParagraphs(document.id, document.text),
    mentions: findDates(document.text, { dct: published.value }),
  };
}

function toDatasetDocument({ document, paragraphs }: AnalyzedDocument): DatasetDocument {
  const { meta } = document;
  return {
    id: document.id,
    title: meta.title,
    ...(meta.author ? { author: meta.author } : {}),
    ...(meta.kind ? { kind: meta.kind } : {}),
    ...(meta.source ? { source: meta.source } : {}),
    published: meta.published,
    file: document.file,
    paragraphs: paragraphs.map(({ id, start, end, depth, text }) => ({
      id,
      start,
      end,
      depth,
      text,
    })),
  };
}

/** Gives documents that share a slug distinct ids (`notes`, `notes-2`), in file order. */
function withUniqueIds(documents: readonly SourceDocument[]): SourceDocument[] {
  const seen = new Map<string, number>();
  return documents.map((document) => {
    const count = (seen.get(document.id) ?? 0) + 1;
    seen.set(document.id, count);
    return count === 1 ? document : { ...document, id: `${document.id}-${count}` };
  });
}

/**
 * documents -> paragraphs -> date mentions -> events: the whole pipeline, pure. The same
 * function runs in the Vite plugin, the CLI and the browser.
 */
export function buildTimeline(
  documents: readonly SourceDocument[],
  options: BuildOptions = {},
): Dataset {
  return assembleDataset(withUniqueIds(documents).map(analyzeDocument), options);
}

/** A timeline of one document is titled as the document; of several, plainly "Timeline". */
function defaultTitle(analyzed: readonly AnalyzedDocument[]): string {
  return analyzed.length === 1 ? analyzed[0].document.meta.title : messages.timeline;
}

/**
 * The events stage and the dataset around it, for documents already analysed (the browser
 * workspace analyses them in steps, with progress, and caches the analysis).
 */
export function assembleDataset(
  analyzed: readonly AnalyzedDocument[],
  options: BuildOptions = {},
): Dataset {
  const { events, unplaced, eras, story } = buildEvents([...analyzed], options.curation);
  return {
    format: DATASET_FORMAT,
    title: options.title ?? defaultTitle(analyzed),
    ...(options.description ? { description: options.description } : {}),
    documents: analyzed.map(toDatasetDocument),
    events,
    unplaced,
    ...(eras.length ? { eras } : {}),
    ...(story?.length ? { story } : {}),
    ...(options.warnings?.length ? { warnings: options.warnings } : {}),
  };
}
