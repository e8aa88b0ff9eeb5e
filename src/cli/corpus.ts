import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DOCUMENT_EXTENSIONS, DocumentError, META_SUFFIX, readDocument } from '../lib/documents';
import { documentMessages } from '../lib/messages/documents';
import type { SourceDocument } from '../lib/types';

/** Name of the editor's curation file inside the data folder. */
export const CURATION_FILE = 'curation.yaml';

/** What `loadCorpus` read from a data folder. */
export interface Corpus {
  documents: SourceDocument[];
  /** One line per file that was skipped, naming the file and the reason. */
  warnings: string[];
  curation?: { file: string; text: string };
}

const isDocumentFile = (name: string) =>
  DOCUMENT_EXTENSIONS.some((extension) => name.toLowerCase().endsWith(extension)) &&
  !name.startsWith('.') &&
  name.toLowerCase() !== 'readme.md';

/** Files a data folder may hold besides documents: metadata, curation, notes, hidden files. */
const isKnownOther = (name: string) =>
  name.endsWith(META_SUFFIX) ||
  name === CURATION_FILE ||
  name.startsWith('.') ||
  /^readme(\.md|\.txt)?$/i.test(name);

/**
 * Reads every document of a data folder (sorted by file name) with its metadata sidecar.
 * A file that is not a readable text document is skipped with a warning; the others load.
 */
export async function loadCorpus(dir: string): Promise<Corpus> {
  const names = (await readdir(dir)).sort();
  const documents: SourceDocument[] = [];
  const warnings: string[] = [];
  for (const name of names.filter(isDocumentFile)) {
    const base = name.replace(/\.[^.]+$/, '');
    const metaName = base + META_SUFFIX;
    try {
      const bytes = new Uint8Array(await readFile(join(dir, name)));
      const meta = names.includes(metaName)
        ? await readFile(join(dir, metaName), 'utf8')
        : undefined;
      documents.push(readDocument(name, bytes, meta));
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error;
      warnings.push(documentMessages.skipped(error.message));
    }
  }
  for (const name of names.filter((n) => !isDocumentFile(n) && !isKnownOther(n))) {
    warnings.push(documentMessages.notADocument(name, DOCUMENT_EXTENSIONS));
  }
  for (const name of names.filter((n) => n.endsWith(META_SUFFIX))) {
    const base = name.slice(0, -META_SUFFIX.length);
    if (!names.some((n) => isDocumentFile(n) && n.replace(/\.[^.]+$/, '') === base)) {
      warnings.push(documentMessages.orphanMeta(name, base, DOCUMENT_EXTENSIONS));
    }
  }
  const curation = names.includes(CURATION_FILE)
    ? { file: join(dir, CURATION_FILE), text: await readFile(join(dir, CURATION_FILE), 'utf8') }
    : undefined;
  return { documents, warnings, ...(curation ? { curation } : {}) };
}
