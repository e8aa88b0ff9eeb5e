import { parseEdtf } from '../events/edtf';
import type { Dataset, Era } from '../types';
import { escapeHtml } from './html-entities';
import { scanHtml } from './html-tokens';
import { readImportTable, writeCsv } from './csv';
import { spanToParts, type DateParts } from './date-parts';
import { assembleImportedDataset, type ImportedEvent } from './imported';
import type { RowProblem } from './problems';
import { readJsDate, readSlide, writeTimelineJs, type TimelineJsSlide } from './timelinejs';
import { readSourcesHtml } from './citation-html';

/** The columns of the TimelineJS spreadsheet template, in its order. */
export const TIMELINEJS_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
] as const;

type Column = (typeof TIMELINEJS_COLUMNS)[number];
type Row = Partial<Record<Column, string>>;

const cell = (n: number | string | undefined) => (n === undefined ? '' : String(n));
const dateCells = (parts: DateParts | undefined, prefix: '' | 'End ') =>
  parts
    ? {
        [`${prefix}Year`]: cell(parts.year),
        [`${prefix}Month`]: cell(parts.month),
        [`${prefix}Day`]: cell(parts.day),
      }
    : {};

/**
 * A dataset as the TimelineJS spreadsheet template (CSV): a title row with the sources, a row
 * per era, then a row per event. Citations go into Text (marked, see citation-html.ts) and the
 * cited documents' titles into Media Credit.
 */
export function writeTimelineJsCsv(dataset: Dataset): string {
  const file = writeTimelineJs(dataset);
  const titleOf = new Map(dataset.documents.map((d) => [d.id, d.title]));
  const rows: Row[] = [
    {
      Headline: file.title?.text?.headline ?? dataset.title,
      Text: file.title?.text?.text ?? '',
      Type: 'title',
    },
    ...(dataset.eras ?? []).map((era) => ({
      ...dateCells(spanToParts({ start: era.start, end: era.start, precision: 'day' }).start, ''),
      ...dateCells(spanToParts({ start: era.end, end: era.end, precision: 'day' }).start, 'End '),
      Headline: era.title,
      Text: `<div class="sourceline-era" data-id="${escapeHtml(era.id)}"></div>`,
      Type: 'era',
    })),
    ...file.events.map((slide, i) => {
      const event = dataset.events[i];
      const credit = [
        ...new Set(event.citations.map((c) => titleOf.get(c.document) ?? c.document)),
      ].join('; ');
      return {
        ...dateCells(slide.start_date as DateParts, ''),
        ...dateCells(slide.end_date as DateParts | undefined, 'End '),
        'Display Date': slide.start_date?.display_date ?? '',
        Headline: slide.text?.headline ?? '',
        Text: slide.text?.text ?? '',
        Media: slide.media?.url ?? '',
        'Media Credit': credit,
        Group: slide.group ?? '',
      } as Row;
    }),
  ];
  return writeCsv([
    [...TIMELINEJS_COLUMNS],
    ...rows.map((row) => TIMELINEJS_COLUMNS.map((c) => row[c] ?? '')),
  ]);
}

/** The era id a row's marker names, if any. */
function readEraId(html: string): string | undefined {
  let id: string | undefined;
  scanHtml(html, (token) => {
    if (token.kind === 'open' && /\bsourceline-era\b/.test(token.attrs.class ?? ''))
      id ??= token.attrs['data-id'];
  });
  return id;
}

/**
 * Reads the TimelineJS spreadsheet template (CSV, as exported from Google Sheets or written by
 * `writeTimelineJsCsv`) into a dataset, and reports each row that could not be read by its line.
 */
export function readTimelineJsCsv(
  text: string,
  fallbackTitle: string,
): { dataset: Dataset; problems: RowProblem[] } {
  const { table, header, problems } = readImportTable(text);
  const index = new Map(TIMELINEJS_COLUMNS.map((c) => [c, header.indexOf(c.toLowerCase())]));
  const empty = { dataset: assembleImportedDataset({ title: fallbackTitle }, []), problems };
  if (index.get('Year')! < 0 || index.get('Headline')! < 0) {
    problems.push({
      row: 1,
      reason: 'no-header',
      detail: (table.rows[0] ?? []).join(', ').slice(0, 120),
    });
    return empty;
  }
  const read = (row: string[], column: Column) => {
    const at = index.get(column)!;
    return at < 0 ? '' : (row[at] ?? '').trim();
  };
  let title = fallbackTitle;
  let description: string | undefined;
  let sources: ReturnType<typeof readSourcesHtml>['sources'] = [];
  const eras: Era[] = [];
  const slides: { slide: TimelineJsSlide; line: number }[] = [];
  table.rows.slice(1).forEach((row, i) => {
    const line = table.lines[i + 1];
    if (row.every((value) => value.trim() === '')) return;
    const type = read(row, 'Type').toLowerCase();
    const date = (prefix: '' | 'End ') => ({
      year: read(row, `${prefix}Year` as Column),
      month: read(row, `${prefix}Month` as Column),
      day: read(row, `${prefix}Day` as Column),
    });
    if (type === 'title') {
      title = read(row, 'Headline') || title;
      ({ description, sources } = readSourcesHtml(read(row, 'Text')));
      return;
    }
    if (type === 'era') {
      const start = parseEdtf(readJsDate(date('')));
      const end = parseEdtf(readJsDate(date('End ')));
      if (!start || !end) problems.push({ row: line, reason: 'bad-date' });
      else {
        const id = readEraId(read(row, 'Text')) ?? `era-${eras.length + 1}`;
        eras.push({ id, title: read(row, 'Headline') || id, start: start.start, end: end.end });
      }
      return;
    }
    const end = date('End ');
    slides.push({
      line,
      slide: {
        start_date: {
          ...date(''),
          ...(read(row, 'Display Date') ? { display_date: read(row, 'Display Date') } : {}),
        },
        ...(end.year ? { end_date: end } : {}),
        text: { headline: read(row, 'Headline'), text: read(row, 'Text') },
        media: { credit: read(row, 'Media Credit') },
        ...(read(row, 'Group') ? { group: read(row, 'Group') } : {}),
      },
    });
  });
  const events: ImportedEvent[] = [];
  for (const { slide, line } of slides) {
    const event = readSlide(slide, title);
    if (typeof event === 'string')
      problems.push({ row: line, reason: event, detail: slide.text?.headline?.slice(0, 80) });
    else events.push(event);
  }
  return {
    dataset: assembleImportedDataset(
      {
        title,
        ...(description ? { description } : {}),
        sources: sources.length ? sources : undefined,
        eras,
      },
      events,
    ),
    problems,
  };
}
