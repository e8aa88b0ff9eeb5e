import { parse as parseYaml } from 'yaml';
import { splitFrontMatter } from './formats/front-matter';
import { htmlToText } from './formats/html-to-text';
import { documentMessages } from './messages/documents';
import type { DocumentMeta, Precision, PublishedDate, SourceDocument } from './types';

/** A file that cannot become a document; the message names the file and says what to do. */
export class DocumentError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'DocumentError';
  }
}

/** File endings read as documents (a web page saved as HTML is read for its text). */
export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.html', '.htm'] as const;
const isHtmlFile = (file: string) => /\.html?$/i.test(file);
/** Ending of the optional metadata sidecar beside a document (`name.meta.yaml`). */
export const META_SUFFIX = '.meta.yaml';

const PRECISIONS: readonly (Precision | 'unknown')[] = [
  'day',
  'month',
  'year',
  'decade',
  'century',
  'unknown',
];
const ISO_PREFIX = /^-?\d{4}(-\d{2}(-\d{2})?)?$/;

/** Turns a file name into a document id: `001 How NATO.txt` -> `001-how-nato`. */
export function slugFromFileName(file: string): string {
  const base = file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const slug = base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'document';
}

/** A readable title from a file name when a document has no metadata. */
export function titleFromFileName(file: string): string {
  const words = slugFromFileName(file).replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Decodes a document's bytes as UTF-8 and rejects what is not text. The text is kept exactly
 * (line endings included) because citations point into it.
 */
export function decodeDocumentText(file: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new DocumentError(file, documentMessages.empty);
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) {
    throw new DocumentError(file, documentMessages.binary);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new DocumentError(file, documentMessages.notUtf8);
  }
  if (text.trim() === '') throw new DocumentError(file, documentMessages.blank);
  return text;
}

/** A `published` value (sidecar or page) as a date with its precision; throws `DocumentError`. */
export function readPublished(file: string, raw: unknown): PublishedDate {
  if (raw === undefined || raw === null || raw === 'unknown') {
    return { value: null, precision: 'unknown' };
  }
  if (typeof raw === 'string' || typeof raw === 'number' || raw instanceof Date) {
    return readPublished(file, { value: raw });
  }
  if (typeof raw !== 'object') {
    throw new DocumentError(file, documentMessages.publishedShape);
  }
  const record = raw as Record<string, unknown>;
  // YAML reads an unquoted `2024` as a number and `2024-07-20` as a date: both mean the text.
  const value =
    record.value instanceof Date
      ? record.value.toISOString().slice(0, 10)
      : typeof record.value === 'number' && Number.isInteger(record.value)
        ? String(record.value).padStart(4, '0')
        : record.value;
  if (
    value !== null &&
    value !== undefined &&
    !(typeof value === 'string' && ISO_PREFIX.test(value))
  ) {
    throw new DocumentError(file, documentMessages.publishedValue(String(value)));
  }
  const inferred: Precision | 'unknown' =
    typeof value !== 'string'
      ? 'unknown'
      : (['year', 'month', 'day'] as const)[value.replace(/^-/, '').split('-').length - 1];
  const precision = (record.precision ?? inferred) as Precision | 'unknown';
  if (!PRECISIONS.includes(precision)) {
    throw new DocumentError(file, documentMessages.publishedPrecision(PRECISIONS));
  }
  const note = typeof record.note === 'string' ? record.note : undefined;
  return { value: typeof value === 'string' ? value : null, precision, ...(note ? { note } : {}) };
}

/**
 * Parses a `*.meta.yaml` sidecar. Unknown keys are ignored; wrong types stop with a message.
 * `given` is what the document says of itself (its front matter): the sidecar's keys win.
 */
export function parseDocumentMeta(
  file: string,
  yamlText: string | undefined,
  given: Record<string, unknown> = {},
): DocumentMeta {
  let raw: unknown = {};
  if (yamlText !== undefined) {
    try {
      raw = parseYaml(yamlText);
    } catch (error) {
      throw new DocumentError(file, documentMessages.notYaml((error as Error).message));
    }
  }
  const sidecar = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const record = { ...given, ...sidecar };
  const text = (key: string): string | undefined => {
    const value = record[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') throw new DocumentError(file, documentMessages.notText(key));
    return value;
  };
  return {
    title: text('title') ?? titleFromFileName(file),
    author: text('author'),
    kind: text('kind'),
    source: text('source'),
    language: text('language'),
    published: readPublished(file, record.published),
  };
}

/**
 * The text of a Markdown heading ("# The fall of Rome") on a text's first non-blank line: the
 * writer's own title. Any other first line may be a sentence, and is not taken.
 */
function leadingHeading(text: string): string | null {
  const first = /^\s*(.*)/.exec(text)?.[1] ?? '';
  const heading = /^#{1,3}[ \t]+(.*?)[ \t#]*$/.exec(first)?.[1].trim();
  return heading && heading.length <= 160 ? heading : null;
}

/**
 * Reads one document from its bytes and optional sidecar text. Throws `DocumentError`. Of a web
 * page, the text is what a reader sees (citations point into that text); its title is the
 * page's first heading or `<title>` unless the sidecar gives one. Of a text, the text after its
 * front matter, if it has one (`readFrontMatter`), which gives what the sidecar does not; its
 * title, failing both, is the Markdown heading on its first line.
 */
export function readDocument(file: string, bytes: Uint8Array, metaYaml?: string): SourceDocument {
  const decoded = decodeDocumentText(file, bytes);
  if (!isHtmlFile(file)) {
    // A Markdown post's front matter is its metadata; its text starts after it.
    const { text, meta: given } = splitFrontMatter(file, decoded);
    if (text.trim() === '') throw new DocumentError(file, documentMessages.blank);
    const meta = parseDocumentMeta(file, metaYaml, given);
    const heading = meta.title === titleFromFileName(file) ? leadingHeading(text) : null;
    const titled = heading ? { ...meta, title: heading } : meta;
    return { id: slugFromFileName(file), file, text, meta: titled };
  }
  const meta = parseDocumentMeta(file, metaYaml);
  const page = htmlToText(decoded);
  if (page.text.trim() === '') throw new DocumentError(file, documentMessages.emptyPage);
  const pageTitle = page.heading ?? page.title;
  const untitled = meta.title === titleFromFileName(file);
  const titled = untitled && pageTitle ? { ...meta, title: pageTitle } : meta;
  // The page's own date of publication, unless the sidecar gives one.
  const undated = meta.published.value === null;
  const published =
    undated && page.published ? readPublished(file, page.published) : meta.published;
  return { id: slugFromFileName(file), file, text: page.text, meta: { ...titled, published } };
}
