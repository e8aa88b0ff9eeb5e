/** Why a row (CSV line) or an event (JSON, numbered from 1) of an imported file was not read. */
export type RowProblemReason =
  | 'no-date'
  | 'bad-date'
  | 'no-title'
  | 'not-object'
  | 'columns'
  | 'unclosed-quote'
  | 'no-header'
  | 'not-timelinejs';

/** One row that could not be read; `row` 0 means the file as a whole. */
export interface RowProblem {
  row: number;
  reason: RowProblemReason;
  /** The text that could not be read, shortened, when it helps. */
  detail?: string;
}
