import { parseEdtf } from '../events/edtf';
import { formatEventDate } from '../format-date';
import type { Dataset, DatasetDocument, TimelineEvent } from '../types';
import { readEventHtml, readSourcesHtml, writeEventHtml, writeSourcesHtml } from './citation-html';
import { partsToEdtf, readPart, spanToParts, type DateParts } from './date-parts';
import { htmlToText } from './html-to-text';
import { assembleImportedDataset, type ImportedEvent } from './imported';
import type { RowProblem } from './problems';

/** A TimelineJS date: numbers (or digit strings) and an optional text shown instead. */
export interface TimelineJsDate {
  year: number | string;
  month?: number | string;
  day?: number | string;
  display_date?: string;
}

/** A TimelineJS slide (an event, or the title slide). */
export interface TimelineJsSlide {
  start_date?: TimelineJsDate;
  end_date?: TimelineJsDate;
  text?: { headline?: string; text?: string };
  media?: { url?: string; credit?: string; caption?: string; thumbnail?: string };
  group?: string;
  display_date?: string;
  unique_id?: string;
}

/** A TimelineJS era: a labelled span. */
export interface TimelineJsEra {
  start_date: TimelineJsDate;
  end_date: TimelineJsDate;
  text?: { headline?: string; text?: string };
  /** Not read by TimelineJS; keeps the era id for events that name it. */
  unique_id?: string;
}

/** The TimelineJS JSON file. */
export interface TimelineJsFile {
  title?: TimelineJsSlide;
  events: TimelineJsSlide[];
  eras?: TimelineJsEra[];
}

/** Whether the event's date needs words: the parts alone would say less than it means. */
function displayDate(event: TimelineEvent): string | undefined {
  const plain = /^-?\d{4}(-\d{2}){0,2}(\/-?\d{4}(-\d{2}){0,2})?$/.test(event.date);
  return plain ? undefined : formatEventDate(event);
}

const toJsDate = (parts: DateParts): TimelineJsDate => ({ ...parts });
const ID = /^[a-z0-9][a-z0-9-]*$/;
const isWebAddress = (text: string | undefined): text is string =>
  !!text && /^https?:\/\//i.test(text);

/**
 * A dataset as TimelineJS JSON. Every citation goes into `text.text` (its sentence and document
 * title, marked so `readTimelineJs` restores it); the first tag is the `group`; the first cited
 * document's web address, if it has one, is the `media` with the document titles as credit.
 */
export function writeTimelineJs(dataset: Dataset): TimelineJsFile {
  const documents = new Map(dataset.documents.map((d) => [d.id, d]));
  const events = dataset.events.map((event): TimelineJsSlide => {
    const { start, end } = spanToParts(event);
    const cited = [...new Set(event.citations.map((c) => c.document))]
      .map((id) => documents.get(id))
      .filter((d): d is DatasetDocument => !!d);
    const url = cited.map((d) => d.source).find(isWebAddress);
    const display = displayDate(event);
    return {
      start_date: { ...toJsDate(start), ...(display ? { display_date: display } : {}) },
      ...(end ? { end_date: toJsDate(end) } : {}),
      text: { headline: event.title, text: writeEventHtml(event, documents) },
      ...(url ? { media: { url, credit: cited.map((d) => d.title).join('; ') } } : {}),
      ...(event.tags.length ? { group: event.tags[0] } : {}),
      unique_id: event.id,
    };
  });
  const eras = (dataset.eras ?? []).map((era): TimelineJsEra => ({
    start_date: toJsDate(spanToParts({ start: era.start, end: era.start, precision: 'day' }).start),
    end_date: toJsDate(spanToParts({ start: era.end, end: era.end, precision: 'day' }).start),
    text: { headline: era.title },
    unique_id: era.id,
  }));
  return {
    title: {
      text: {
        headline: dataset.title,
        text: writeSourcesHtml(dataset.description, dataset.documents),
      },
    },
    events,
    ...(eras.length ? { eras } : {}),
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A TimelineJS date object as EDTF, or the reason it is not one. */
export function readJsDate(value: unknown): string | RowProblem['reason'] {
  if (!isRecord(value)) return 'no-date';
  const year = readPart(value.year);
  const month = readPart(value.month);
  const day = readPart(value.day);
  if (year === undefined) return 'no-date';
  if ([year, month, day].some((n) => Number.isNaN(n))) return 'bad-date';
  return partsToEdtf({ year, month, day }) ?? 'bad-date';
}

/** Joins a start and end EDTF into one date; the end is dropped when it is the same or earlier. */
export function joinDates(start: string, end: string | undefined): string {
  if (!end || end === start) return start;
  return parseEdtf(`${start}/${end}`) ? `${start}/${end}` : start;
}

const plainText = (html: string | undefined) => (html ? htmlToText(html).text : '');

/**
 * Reads one slide (TimelineJS JSON event or CSV row) into an imported event. Citations come from
 * the sourceline marker when present, else from the slide's text under the name of its media
 * credit or of the timeline.
 */
export function readSlide(
  slide: TimelineJsSlide,
  fallbackSource: string,
): ImportedEvent | RowProblem['reason'] {
  const start = readJsDate(slide.start_date);
  if (start === 'no-date' || start === 'bad-date') return start;
  const end = slide.end_date ? readJsDate(slide.end_date) : undefined;
  if (end === 'bad-date') return end;
  const title = plainText(slide.text?.headline).replace(/\s+/g, ' ').trim();
  const marker = readEventHtml(slide.text?.text ?? '');
  const body = plainText(slide.text?.text);
  if (!title && !body) return 'no-title';
  const date = marker?.date ?? joinDates(start, end === 'no-date' ? undefined : end);
  const source = plainText(slide.media?.credit).split(/\n+/)[0].trim() || fallbackSource;
  const citations = marker?.citations.length
    ? marker.citations
    : [{ source, context: body || title }];
  return {
    ...(slide.unique_id || marker?.id ? { id: slide.unique_id ?? marker?.id } : {}),
    title: title || body.split('\n')[0].slice(0, 120),
    date,
    tags: marker?.tags ?? (slide.group ? [slide.group] : []),
    ...(marker?.era ? { era: marker.era } : {}),
    citations,
  };
}

/**
 * Reads TimelineJS JSON (a file written by `writeTimelineJs` or by TimelineJS tools) into a
 * dataset; events that cannot be read are reported by number (1 = the first event), not lost
 * silently. Throws nothing: a file that is not TimelineJS gives a problem for row 0.
 */
export function readTimelineJs(
  json: unknown,
  fallbackTitle: string,
): { dataset: Dataset; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const file = isRecord(json) ? json : {};
  const rawEvents = Array.isArray(file.events) ? file.events : null;
  if (!rawEvents) problems.push({ row: 0, reason: 'not-timelinejs' });
  const titleSlide = isRecord(file.title) ? (file.title as TimelineJsSlide) : null;
  const title =
    (typeof file.title === 'string' ? file.title : plainText(titleSlide?.text?.headline)).trim() ||
    fallbackTitle;
  const { description, sources } = readSourcesHtml(titleSlide?.text?.text ?? '');
  const events: ImportedEvent[] = [];
  (rawEvents ?? []).forEach((raw, i) => {
    const read = isRecord(raw) ? readSlide(raw as TimelineJsSlide, title) : 'not-object';
    if (typeof read === 'string') problems.push({ row: i + 1, reason: read });
    else events.push(read);
  });
  const eras = (Array.isArray(file.eras) ? file.eras : []).flatMap((raw, i) => {
    if (!isRecord(raw)) return [];
    const start = parseEdtf(readJsDate(raw.start_date));
    const end = parseEdtf(readJsDate(raw.end_date));
    if (!start || !end) return [];
    const headline = plainText((raw.text as TimelineJsSlide['text'])?.headline).trim();
    const id =
      typeof raw.unique_id === 'string' && ID.test(raw.unique_id) ? raw.unique_id : `era-${i + 1}`;
    return [{ id, title: headline || id, start: start.start, end: end.end }];
  });
  const dataset = assembleImportedDataset(
    {
      title,
      ...(description ? { description } : {}),
      sources: sources.length ? sources : undefined,
      eras,
    },
    events,
  );
  return { dataset, problems };
}
