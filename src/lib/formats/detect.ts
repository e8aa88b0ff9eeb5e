import { parseCsv } from './csv';

/** What a file given to the workspace is. */
export type FileKind =
  | 'sourceline'
  | 'timelinejs-json'
  | 'timelinejs-csv'
  | 'events-csv'
  | 'html'
  | 'text'
  | 'json-unknown';

/**
 * Tells what a file is from its name and the start of its text: a dataset or a timeline to
 * open (JSON, CSV) or a document to read (HTML, plain text, Markdown, anything else textual).
 */
export function detectFileKind(name: string, text: string): FileKind {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1].toLowerCase() ?? '';
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (extension === 'json' || (extension === '' && head.startsWith('{'))) {
    if (/"format"\s*:\s*"sourceline\/1"/.test(text.slice(0, 65536))) return 'sourceline';
    if (/"events"\s*:/.test(text)) return 'timelinejs-json';
    return 'json-unknown';
  }
  if (extension === 'csv' || extension === 'tsv') {
    const header = (parseCsv(head.split(/\r?\n/)[0] ?? '').rows[0] ?? []).map((h) =>
      h.trim().toLowerCase(),
    );
    return header.includes('year') && header.includes('headline') ? 'timelinejs-csv' : 'events-csv';
  }
  if (['html', 'htm', 'xhtml'].includes(extension)) return 'html';
  if (extension === '' && /^(<!doctype html|<html[\s>])/i.test(head)) return 'html';
  return 'text';
}
