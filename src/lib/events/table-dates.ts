import { dayKey, type DateSpan } from './edtf';
import { splitTableRow, type TableCell } from './title-table';

/**
 * The dates of a table row in cells of their own: "| 1914 | 1918 | First World War |" is one war
 * from 1914 to 1918, "| Treaty of Rome | 25 March 1957 | 1 January 1958 |" under "Signed" and
 * "Ratified" two happenings of one treaty. The header's words decide; without them, two dates side
 * by side, the first no later than the second, are the two ends of one span.
 */

/** A table row as its dates read it: its cells (offsets in the document) and their column names. */
export interface DatedRow {
  cells: TableCell[];
  /** The header's name of each cell, when the table names its columns. */
  columns?: string[];
}

/** What a column's name says of the dates under it. */
type ColumnRole = 'start' | 'end' | 'date' | 'named' | 'none';

/** Words of a column name under which a date begins a span ("Start", "From", "Took office", "Born"). */
const START_WORDS = new Set(
  `start started starts starting begin began begins beginning begun from since opened opening
  founded established born birth took entered commenced commissioned`.split(/\s+/),
);
/** Words of a column name under which a date ends a span ("End", "To", "Until", "Died"). */
const END_WORDS = new Set(
  `end ended ends ending to until till through thru finish finished closed closing dissolved
  abolished disbanded demolished died death left ceased expired completed completion retired
  decommissioned`.split(/\s+/),
);
/** Column names that say only that a date stands under them. */
const DATE_WORDS = new Set(['date', 'dates', 'year', 'years', 'day', 'month', 'when', 'time']);

/** What a column's name says of its dates: the start or end of a span, a date, a named happening. */
function readColumnRole(name: string | undefined): ColumnRole {
  const words = name?.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (!words.length) return 'none';
  const starts = words.some((w) => START_WORDS.has(w));
  const ends = words.some((w) => END_WORDS.has(w));
  if (starts !== ends) return starts ? 'start' : 'end';
  return words.every((w) => DATE_WORDS.has(w)) ? 'date' : 'named';
}

/**
 * The row `text[from, to)` is (a sentence: one line), with its header row if its table has one
 * (`readTableHeaders`); null when it is no table row. A header names the columns only when it has
 * as many cells as the row.
 */
export function readDatedRow(
  text: string,
  from: number,
  to: number,
  header: string | undefined,
): DatedRow | null {
  const line = text.slice(from, to);
  if (line.includes('\n')) return null;
  const cells = splitTableRow(line)?.map((cell) => ({ ...cell, start: from + cell.start }));
  if (!cells) return null;
  const names = header === undefined ? null : splitTableRow(header.trim());
  return names?.length === cells.length
    ? { cells, columns: names.map((n) => n.text.trim()) }
    : { cells };
}

/** Index of the cell of `row` that holds offset `at`, or -1. */
export function findCellAt(row: DatedRow, at: number): number {
  return row.cells.findIndex((cell) => at >= cell.start && at < cell.start + cell.text.length);
}

/** A date of a row: where it is written and the date it gives. */
interface RowDate {
  mention: { start: number; end: number };
  span: DateSpan;
}

/** True when the cell that holds `date` says nothing besides the row's dates in it. */
export function standsAlone(
  text: string,
  row: DatedRow,
  dates: readonly { start: number; end: number }[],
  at: number,
): boolean {
  const cell = row.cells[findCellAt(row, at)];
  if (!cell) return false;
  let rest = text.slice(cell.start, cell.start + cell.text.length);
  for (const date of [...dates].reverse()) {
    const from = Math.max(date.start - cell.start, 0);
    const to = Math.min(date.end - cell.start, rest.length);
    if (from < to) rest = rest.slice(0, from) + rest.slice(to);
  }
  return !/\p{L}{2}|\p{N}/u.test(rest);
}

/**
 * How the date `next` relates to `group`, dates of an earlier cell of the same row (`current` their
 * span): the two ends of one span (`range`), one date written twice (`same`), or two happenings
 * (`apart`). Null when the two are not in two cells of `row`, or a date shares its cell with
 * words: prose reads them. A header's words decide ("Start" .. "End", "From" .. "To", "Born" ..
 * "Died": a span; "Signed", "Ratified": apart); without them, two lone dates side by side, the
 * first no later than the second, are a span.
 */
export function relateRowDates(
  text: string,
  row: DatedRow,
  group: readonly RowDate[],
  current: DateSpan,
  next: RowDate,
): 'range' | 'same' | 'apart' | null {
  const from = findCellAt(row, group[0].mention.start);
  const to = findCellAt(row, next.mention.start);
  if (from < 0 || to <= from) return null;
  // A span already made of two cells takes no third: "| 1914 | 1918 | 1916 |" under "Start",
  // "End", "Peak" is a span and a day.
  if (group.some((date) => findCellAt(row, date.mention.start) !== from)) return 'apart';
  const same = current.edtf === next.span.edtf;
  const roles = [from, to].map((i) => readColumnRole(row.columns?.[i]));
  if (roles[0] === 'start' && roles[1] === 'end') {
    if (same) return 'same';
    return dayKey(current.start) <= dayKey(next.span.end) ? 'range' : 'apart';
  }
  // A date inside a cell of words ("Collided with HMS Hawke on 20 September 1911") is prose's.
  const dates = group.map((date) => date.mention);
  if (!standsAlone(text, row, dates, dates[0].start)) return null;
  if (!standsAlone(text, row, [next.mention], next.mention.start)) return null;
  if (roles.some((role) => role !== 'date' && role !== 'none')) return 'apart';
  if (to !== from + 1) return null;
  if (same) return 'same';
  const inOrder =
    dayKey(current.start) <= dayKey(next.span.start) &&
    dayKey(current.end) <= dayKey(next.span.end);
  return inOrder ? 'range' : null;
}

/**
 * The name of the column the `dates` of one group stand under, when it tells what happened
 * ("Signed", "Entry into force"): it tells them apart from the row's other dates. Undefined for a
 * name that says only "date" or "year", a span of two cells, and a table that names no columns.
 */
export function nameDateColumn(
  row: DatedRow,
  dates: readonly { start: number }[],
): string | undefined {
  // A span of two cells ("Start", "End") is the row's: no column names it.
  const cells = new Set(dates.map((date) => findCellAt(row, date.start)));
  if (cells.size !== 1) return undefined;
  const name = row.columns?.[findCellAt(row, dates[0].start)];
  const role = readColumnRole(name);
  return role === 'date' || role === 'none' ? undefined : name?.replace(/[^\p{L}\p{N}]+$/u, '');
}
