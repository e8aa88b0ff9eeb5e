/**
 * Tables written as text: a Markdown or plain-text table ("| 1914 | Battle of the Marne | 12,000 |",
 * "1850 | Harvest failure | 12") or a web page's table, whose cells `htmlToText` separates with
 * tabs. A row dated by one of its cells is told by another: the cell that says what happened.
 */

/** A cell of a row: its text as written (dates blanked) and its offset in the row. */
export interface TableCell {
  text: string;
  start: number;
}

/** A row as a title reads it: the cell that holds the date, and the one that says what happened. */
export interface TableRow {
  dateCell: TableCell;
  /** The row's words: none when its other cells are numbers, dates or empty. */
  titleCell?: TableCell;
}

/** Markdown's rule under a table's header: "| --- | :---: |", "---|---". */
const RULE_ROW = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/;
/** Names of the column that says what happened, the likeliest first (a header is lower-cased). */
const TELLING_COLUMNS = [
  'event',
  'events',
  'what happened',
  'what',
  'happening',
  'title',
  'headline',
  'description',
  'summary',
  'details',
];
/** A number, with at most a unit or scale: "12,000", "$1.5 million", "263,000 dead", "12%". */
const QUANTITY = /^[^\p{L}\d]*\d[\d.,\s]*(?:\p{L}+\.?)?[^\p{L}\d]*$/u;
/** A release number written in a cell: "3.1.0", "v2.3" (not "3.2", which may be a measure). */
const VERSION_CELL = /^v\d+(?:\.\d+)*$|^\d+\.\d+\.\d+/i;

/** Words of a cell: runs of two letters or more ("n/a", "c." and a blanked date have none). */
const countWords = (text: string) => text.match(/\p{L}{2,}/gu)?.length ?? 0;

/** True when a cell says something in words: not empty, not a date, not a number. */
function isTelling(text: string): boolean {
  const trimmed = text.trim();
  if (VERSION_CELL.test(trimmed)) return true;
  return countWords(trimmed) > 0 && !QUANTITY.test(trimmed);
}

/**
 * The cells of `line` (without blanks around it) when it is a table row of two cells or more:
 * split at tabs, else at bars ("|", not "\|"; Markdown's outer bars dropped). Null for any other line.
 */
export function splitTableRow(line: string): TableCell[] | null {
  const separator = line.includes('\t') ? '\t' : line.includes('|') ? '|' : null;
  if (!separator) return null;
  let from = 0;
  let to = line.length;
  // Only a bar at the very edge is an outer one: a date blanked to spaces may stand before a bar.
  if (separator === '|') {
    if (line[0] === '|') from = 1;
    if (to > from && line[to - 1] === '|' && line[to - 2] !== '\\') to--;
  }
  const cells: TableCell[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && (line[i] !== separator || line[i - 1] === '\\')) continue;
    cells.push({ text: line.slice(start, i), start });
    start = i + 1;
  }
  return cells.length >= 2 ? cells : null;
}

/** True when a row names its columns: short words in every cell, no numbers, no dates. */
function namesColumns(cells: readonly TableCell[]): boolean {
  const named = cells.filter((cell) => countWords(cell.text) > 0);
  return (
    named.length >= 2 && cells.every((cell) => !/\d/.test(cell.text) && countWords(cell.text) <= 4)
  );
}

/**
 * For each row of the document's tables, its table's header row (Markdown's row above the rule,
 * or a first row of column names): a function from an offset in `text` to the header of the row
 * on that line. Rows of one table have as many cells; blank lines may stand between them (a web
 * page's rows are paragraphs).
 */
export function readTableHeaders(text: string): (at: number) => string | undefined {
  const headers = new Map<number, string>();
  if (/[|\t]/.test(text)) {
    let table: { separator: string; columns: number; rows: number; first: string } | null = null;
    let header: string | undefined;
    let start = 0;
    for (const raw of text.split('\n')) {
      const lineStart = start;
      start += raw.length + 1;
      const line = raw.trim();
      if (!line) continue;
      if (line.includes('|') && RULE_ROW.test(line)) {
        if (table?.rows === 1) header = table.first;
        continue;
      }
      const cells = splitTableRow(line);
      const separator = line.includes('\t') ? '\t' : '|';
      if (!cells) table = null;
      else if (!table || table.separator !== separator || table.columns !== cells.length) {
        table = { separator, columns: cells.length, rows: 1, first: line };
        header = namesColumns(cells) ? line : undefined;
      } else {
        table.rows++;
        if (header) headers.set(lineStart, header);
      }
    }
  }
  return (at) => (headers.size ? headers.get(text.lastIndexOf('\n', at - 1) + 1) : undefined);
}

/** The cell other than the date's that says what happened: in a column named so, else the wordiest. */
function chooseTitleCell(
  cells: readonly TableCell[],
  dateIndex: number,
  header: string | undefined,
): TableCell | undefined {
  const telling = cells.filter((cell, i) => i !== dateIndex && isTelling(cell.text));
  if (!telling.length) return undefined;
  const names = header === undefined ? null : splitTableRow(header);
  if (names?.length === cells.length) {
    const nameOf = (cell: TableCell) =>
      names[cells.indexOf(cell)].text
        .toLowerCase()
        .replace(/[^\p{L}\s]/gu, '')
        .trim();
    for (const column of TELLING_COLUMNS) {
      const named = telling.find((cell) => nameOf(cell) === column);
      if (named) return named;
    }
  }
  return telling.reduce((best, cell) =>
    countWords(cell.text) > countWords(best.text) ? cell : best,
  );
}

/**
 * Reads `line` (one line, dates blanked) as a table row dated at offset `at`: the date's cell and
 * the cell that tells the row, or null when the line is no table row. `header` is the table's
 * header row, if it has one (see `readTableHeaders`).
 */
export function readTableRow(line: string, at: number, header?: string): TableRow | null {
  if (line.includes('\n')) return null;
  const cells = splitTableRow(line);
  const index = cells?.findIndex((c) => at >= c.start && at < c.start + c.text.length) ?? -1;
  if (!cells || index < 0) return null;
  return { dateCell: cells[index], titleCell: chooseTitleCell(cells, index, header) };
}
