import { assembleDataset, type BuildOptions } from '../lib/build';
import { findDates } from '../lib/dates';
import { splitParagraphs } from '../lib/paragraphs';
import {
  type AnalyzedDocument,
  type Dataset,
  type DateMention,
  type SourceDocument,
} from '../lib/types';

/** Where a build is: characters analysed so far of all, then the events stage. */
export interface BuildProgress {
  stage: 'analyze' | 'events';
  done: number;
  total: number;
  /** Document being analysed. */
  document?: string;
  /** Date mentions found in all documents (known once the events stage starts). */
  mentions?: number;
}

/** Characters of text the date engine reads at a time, so progress moves inside a large document. */
export const CHUNK = 512 * 1024;

/**
 * The text stages of `analyzeDocument` (src/lib/build.ts), the date engine run a chunk at a time:
 * chunks end between paragraphs (or, inside a giant paragraph, after a sentence or a blank), so
 * no date expression is cut. A document of one chunk gives exactly what `analyzeDocument` gives;
 * in a longer one, a relative date at the very start of a chunk cannot look back for its anchor.
 */
export function analyzeInChunks(
  document: SourceDocument,
  onChunk: (characters: number) => void,
  chunk = CHUNK,
): AnalyzedDocument {
  const { text } = document;
  const paragraphs = splitParagraphs(document.id, text);
  const dct = document.meta.published.value;
  const mentions: DateMention[] = [];
  let from = 0;
  while (from < text.length) {
    const to = chunkEnd(text, from, chunk, paragraphs);
    for (const m of findDates(text.slice(from, to), { dct })) {
      mentions.push(from === 0 ? m : { ...m, start: m.start + from, end: m.end + from });
    }
    onChunk(to - from);
    from = to;
  }
  return { document, paragraphs, mentions };
}

/** End of the chunk starting at `from`: the start of the first paragraph past `from + size`. */
function chunkEnd(
  text: string,
  from: number,
  size: number,
  paragraphs: { start: number }[],
): number {
  if (text.length - from <= size) return text.length;
  const target = from + size;
  let lo = 0;
  let hi = paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid].start <= target) lo = mid + 1;
    else hi = mid;
  }
  const next = paragraphs[lo]?.start;
  if (next !== undefined && next - from <= size * 2) return next;
  // One giant paragraph: cut after a sentence end, else at a blank, near the target.
  const window = text.slice(target, target + 4096);
  const sentence = /[.!?]["'”’)]?\s+/.exec(window);
  if (sentence) return target + sentence.index + sentence[0].length;
  const blank = /\s+/.exec(window);
  return blank
    ? target + blank.index + blank[0].length
    : Math.min(text.length, target + window.length);
}

/** Same ids as `buildTimeline` gives documents that share a slug (`notes`, `notes-2`). */
function withUniqueIds(documents: readonly SourceDocument[]): SourceDocument[] {
  const seen = new Map<string, number>();
  return documents.map((document) => {
    const count = (seen.get(document.id) ?? 0) + 1;
    seen.set(document.id, count);
    return count === 1 ? document : { ...document, id: `${document.id}-${count}` };
  });
}

/** A cache of analysed documents, so a rebuild after a curation edit only reruns the events stage. */
export type AnalysisCache = Map<string, { key: string; analyzed: AnalyzedDocument }>;

/**
 * `buildTimeline` (src/lib/build.ts) in steps that report progress: the same stages and the same
 * dataset (a test holds them equal), for the worker. `cache` reuses the analysis of a document
 * whose text and date did not change.
 */
export function buildInSteps(
  documents: readonly SourceDocument[],
  options: BuildOptions,
  onProgress: (progress: BuildProgress) => void,
  cache: AnalysisCache = new Map(),
): Dataset {
  const unique = withUniqueIds(documents);
  const total = unique.reduce((sum, d) => sum + d.text.length, 0);
  let done = 0;
  const analyzed = unique.map((document) => {
    const key = `${document.meta.published.value}|${document.text.length}|${document.text.slice(0, 64)}`;
    const cached = cache.get(document.id);
    if (cached?.key === key && cached.analyzed.document.text === document.text) {
      done += document.text.length;
      onProgress({ stage: 'analyze', done, total, document: document.meta.title });
      return { ...cached.analyzed, document };
    }
    const result = analyzeInChunks(document, (characters) => {
      done += characters;
      onProgress({ stage: 'analyze', done, total, document: document.meta.title });
    });
    cache.set(document.id, { key, analyzed: result });
    return result;
  });
  const mentions = analyzed.reduce((sum, a) => sum + a.mentions.length, 0);
  onProgress({ stage: 'events', done: total, total, mentions });
  return assembleDataset(analyzed, options);
}
