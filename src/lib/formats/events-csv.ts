import { findDates } from '../dates';
import { parseEdtf } from '../events/edtf';
import { isUnplaceable, spanOfMention } from '../events/timex';
import type { Dataset } from '../types';
import { readImportTable, unguardFormula } from './csv';
import { assembleImportedDataset, type ImportedEvent } from './imported';
import type { RowProblem } from './problems';

/** Header names accepted for each column of an events CSV (lower case). */
const ALIASES = {
  date: ['date', 'when', 'start', 'start date', 'year'],
  end: ['end', 'end date', 'until', 'to'],
  title: ['title', 'headline', 'event', 'name', 'what'],
  text: ['text', 'description', 'body', 'details', 'quote', 'notes', 'summary'],
  source: ['source', 'document', 'citation', 'reference', 'from', 'url'],
  tags: ['tags', 'tag', 'group', 'category'],
} as const;

/**
 * Reads a date as people write it in a spreadsheet cell: EDTF first (`1954-03-31`, `1954`,
 * `195X`, `1950/1953`), then anything the date engine reads ("31 March 1954", "March 1954",
 * "the 1950s"). Returns EDTF, or null when the cell is not one date.
 */
export function readDateCell(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const edtf = parseEdtf(trimmed);
  if (edtf) return edtf.edtf;
  const mentions = findDates(trimmed).filter((m) => m.type === 'DATE' || m.type === 'DURATION');
  if (mentions.length !== 1) return null;
  // Digits left outside the date ("1962-13-01" read as 1962) mean the cell says something else.
  const rest = trimmed.slice(0, mentions[0].start) + trimmed.slice(mentions[0].end);
  if (/\d/.test(rest)) return null;
  const span = spanOfMention(mentions[0]);
  return isUnplaceable(span) ? null : span.edtf;
}

/**
 * Reads a CSV of events with the columns date, title, text and source (any order, other names
 * accepted: see ALIASES; end and tags optional). Each row becomes an event citing its text in
 * the source named; rows that cannot be read are reported with their line and why.
 */
export function readEventsCsv(
  text: string,
  fallbackTitle: string,
): { dataset: Dataset; problems: RowProblem[] } {
  const { table, header, problems } = readImportTable(text);
  const column = (names: readonly string[]) => header.findIndex((h) => names.includes(h));
  const at = {
    date: column(ALIASES.date),
    end: column(ALIASES.end),
    title: column(ALIASES.title),
    text: column(ALIASES.text),
    source: column(ALIASES.source),
    tags: column(ALIASES.tags),
  };
  if (at.date < 0 || (at.title < 0 && at.text < 0)) {
    problems.push({
      row: 1,
      reason: 'no-header',
      detail: (table.rows[0] ?? []).join(', ').slice(0, 120),
    });
    return { dataset: assembleImportedDataset({ title: fallbackTitle }, []), problems };
  }
  const events: ImportedEvent[] = [];
  table.rows.slice(1).forEach((row, i) => {
    const line = table.lines[i + 1];
    if (row.every((value) => value.trim() === '')) return;
    const cellAt = (n: number) => (n < 0 ? '' : unguardFormula((row[n] ?? '').trim()));
    if (row.length > header.length && row.slice(header.length).some((v) => v.trim())) {
      problems.push({ row: line, reason: 'columns', detail: `${row.length}/${header.length}` });
      return;
    }
    const dateText = cellAt(at.date);
    const title = cellAt(at.title).replace(/\s+/g, ' ');
    const body = cellAt(at.text);
    if (!dateText)
      return problems.push({ row: line, reason: 'no-date', detail: title.slice(0, 80) });
    const start = readDateCell(dateText);
    if (!start)
      return problems.push({ row: line, reason: 'bad-date', detail: dateText.slice(0, 80) });
    const endText = cellAt(at.end);
    const end = endText ? readDateCell(endText) : null;
    if (endText && !end)
      return problems.push({ row: line, reason: 'bad-date', detail: endText.slice(0, 80) });
    const joined = end && end !== start ? `${start}/${end}` : start;
    const date = parseEdtf(joined) ? joined : start;
    if (!title && !body)
      return problems.push({ row: line, reason: 'no-title', detail: dateText.slice(0, 80) });
    const tags = cellAt(at.tags)
      .split(/[,;]/)
      .map((t) => t.trim())
      .filter(Boolean);
    events.push({
      title: title || body.split(/(?<=[.!?])\s/)[0].slice(0, 120),
      date,
      tags,
      citations: [{ source: cellAt(at.source) || fallbackTitle, context: body || title }],
    });
  });
  return { dataset: assembleImportedDataset({ title: fallbackTitle }, events), problems };
}
