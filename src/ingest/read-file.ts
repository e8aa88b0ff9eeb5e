import { readPublished, slugFromFileName, titleFromFileName } from '../lib/documents';
import { decodeText, DecodeError } from '../lib/formats/decode-text';
import { detectFileKind } from '../lib/formats/detect';
import { splitFrontMatter } from '../lib/formats/front-matter';
import { htmlToText } from '../lib/formats/html-to-text';
import type { PublishedDate } from '../lib/types';
import { guessPublished, guessTitle } from './guess-meta';
import type { DocumentInfo, FileProblem } from './project';

/** Files larger than this are refused before they are read. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** A document read from a file: what the page shows and the text the worker keeps. */
export interface ReadDocument {
  info: DocumentInfo;
  text: string;
}

/** A document id from a name that no document of the project has yet (`notes`, `notes-2`). */
export function uniqueId(name: string, taken: Set<string>): string {
  const base = slugFromFileName(name);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * Reads one file given to the workspace as a document: decodes it (UTF-8, UTF-16, or
 * windows-1252 with a notice), takes the text out of HTML, and guesses its title and date (a
 * page's declared date first).
 * Returns why not when it is not a readable text. `taken` gets the new id.
 */
export function readDocumentBytes(
  name: string,
  bytes: Uint8Array,
  taken: Set<string>,
): ReadDocument | FileProblem {
  let decoded;
  try {
    decoded = decodeText(bytes);
  } catch (error) {
    if (error instanceof DecodeError) return { file: name, reason: error.reason };
    return { file: name, reason: 'unreadable' };
  }
  const html = detectFileKind(name, decoded.text) === 'html' ? htmlToText(decoded.text) : null;
  // A Markdown post's front matter is its metadata; its text starts after it.
  const { text, meta } = html
    ? { text: html.text, meta: {} as Record<string, unknown> }
    : splitFrontMatter(name, decoded.text);
  if (!text.trim()) return { file: name, reason: html ? 'html-empty' : 'blank' };
  // The date a page or a post declares (its metadata) before one guessed from its text.
  const declared = html?.published ?? meta.published;
  const title = meta.title;
  return describeText(name, text, taken, {
    encoding: decoded.encoding,
    ...(decoded.fallback ? { guessed: true } : {}),
    ...(html ? { html: true } : {}),
    ...(declared ? { published: readPublished(name, declared) } : {}),
    title:
      typeof title === 'string'
        ? title
        : guessTitle(text, titleFromFileName(name), html ?? undefined),
  });
}

/** The document info of a text: its id, title (given or guessed) and guessed date. */
export function describeText(
  name: string,
  text: string,
  taken: Set<string>,
  extra: Partial<DocumentInfo> = {},
): ReadDocument {
  const published: PublishedDate = extra.published ?? guessPublished(text);
  return {
    text,
    info: {
      id: uniqueId(name, taken),
      file: name,
      title: extra.title ?? guessTitle(text, titleFromFileName(name)),
      published,
      size: text.length,
      encoding: extra.encoding ?? 'utf-8',
      ...(extra.guessed ? { guessed: true } : {}),
      ...(extra.html ? { html: true } : {}),
    },
  };
}
