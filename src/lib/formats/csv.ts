/**
 * RFC 4180 CSV: quoted fields may hold separators, quotes (doubled) and line breaks. Records end
 * at CRLF, LF or CR. Small enough to own; a package would add weight for nothing we need.
 */

import type { RowProblem } from './problems';

/** A parsed table: `rows[i]` began on line `lines[i]` (1-based) of the text. */
export interface CsvTable {
  rows: string[][];
  lines: number[];
  /** The separator found on the first record: comma, semicolon (spreadsheets in some locales) or tab. */
  separator: ',' | ';' | '\t';
  /** 1-based line of a quoted field that never closed (it ran to the end of the text), if any. */
  unclosedQuoteLine?: number;
}

const SEPARATORS = [',', ';', '\t'] as const;

/** The separator used most outside quotes on the first record; comma on a tie or none. */
function detectSeparator(text: string): CsvTable['separator'] {
  const counts = new Map<string, number>();
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: CsvTable['separator'] = ',';
  for (const s of SEPARATORS) if ((counts.get(s) ?? 0) > (counts.get(best) ?? 0)) best = s;
  return best;
}

/**
 * Parses CSV text. A leading byte-order mark is dropped; blank lines are skipped; characters
 * after a closing quote are kept as part of the field (lenient, as spreadsheets are). Never throws.
 */
export function parseCsv(input: string): CsvTable {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const separator = detectSeparator(text);
  const rows: string[][] = [];
  const lines: number[] = [];
  let line = 1;
  let row: string[] = [];
  let rowLine = 1;
  let field = '';
  /** True at the start of a field: only there does a quote open a quoted field. */
  let atFieldStart = true;
  let unclosedQuoteLine: number | undefined;
  let i = 0;
  const endRecord = () => {
    // A record with no character at all is a blank line, not a row with one empty field.
    if (row.length > 0 || !atFieldStart || field !== '') {
      row.push(field);
      rows.push(row);
      lines.push(rowLine);
    }
    row = [];
    field = '';
    atFieldStart = true;
  };
  while (i < text.length) {
    const ch = text[i];
    if (row.length === 0 && atFieldStart && field === '') rowLine = line;
    if (ch === '"' && atFieldStart) {
      const quoteLine = line;
      atFieldStart = false;
      i++;
      let closed = false;
      while (i < text.length) {
        const c = text[i];
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        field += c;
        i++;
      }
      if (!closed) unclosedQuoteLine ??= quoteLine;
      continue;
    }
    if (ch === separator) {
      row.push(field);
      field = '';
      atFieldStart = true;
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      continue;
    }
    field += ch;
    atFieldStart = false;
    i++;
  }
  endRecord();
  return { rows, lines, separator, ...(unclosedQuoteLine ? { unclosedQuoteLine } : {}) };
}

/**
 * A spreadsheet opens a cell that starts with = + - @ (or a tab or CR) as a formula. Such a
 * cell gets a leading apostrophe (and one more apostrophe when it already starts with some
 * before such a character), which `unguardFormula` removes again. Exports guard every text
 * cell, ids and dates too: a BC date (`-0512`) would otherwise be computed (to -512), and a
 * dataset from elsewhere may put anything in an id. Imports unguard every cell, so that a file
 * exported here reads back as it was written.
 */
const FORMULA = /^'*[=+\-@\t\r]/;
export const guardFormula = (text: string) => (FORMULA.test(text) ? `'${text}` : text);
export const unguardFormula = (text: string) =>
  text.startsWith("'") && FORMULA.test(text) ? text.slice(1) : text;

/** A byte-order mark is quoted too, or a reader would drop it from the first field. */
const NEEDS_QUOTES = /[",;\t\r\n\uFEFF]/;

/**
 * Writes rows as CSV with CRLF line ends (as RFC 4180 and spreadsheets expect). A field is quoted
 * when it holds a separator, a quote or a line break, or when it is the only, empty field of its
 * row (so the row is not read back as a blank line). `parseCsv(writeCsv(rows)).rows` equals `rows`.
 */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows
    .map((row) =>
      row
        .map((field) =>
          NEEDS_QUOTES.test(field) || (row.length === 1 && field === '')
            ? `"${field.replace(/"/g, '""')}"`
            : field,
        )
        .join(','),
    )
    .map((line) => `${line}\r\n`)
    .join('');
}

/**
 * Parses a table to import: its header in lower case, and the problems found so far (a quoted
 * field that never closed), for the readers of each format to go on with.
 */
export function readImportTable(text: string): {
  table: CsvTable;
  header: string[];
  problems: RowProblem[];
} {
  const table = parseCsv(text);
  const problems: RowProblem[] = [];
  if (table.unclosedQuoteLine)
    problems.push({ row: table.unclosedQuoteLine, reason: 'unclosed-quote' });
  const header = (table.rows[0] ?? []).map((h) => h.trim().toLowerCase());
  return { table, header, problems };
}
