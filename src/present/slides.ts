import { buildTimeIndex, findStartRange, type TimeIndex } from '../lib/layout/time-index';
import { fitDomain, MIN_SPAN, type TimeWindow } from '../lib/layout/view';
import { indexParagraphs } from '../lib/search';
import type { DatasetDocument, TimelineEvent } from '../lib/types';

/**
 * Presentation mode as data: which events, in which order, where step `n` is in the URL, the
 * time window around each event, and the citation a slide shows. Pure.
 */

/** The query parameter of presentation mode: `present=0` is the title slide, `present=3` the third event. */
export const PRESENT_PARAM = 'present';

/** The events to present: the story's when the dataset tells one (filters still apply), else time order. */
export function presentationEvents(
  events: readonly TimelineEvent[],
  story: readonly string[] | undefined,
): { events: TimelineEvent[]; order: 'story' | 'time' } {
  const byId = new Map(events.map((event) => [event.id, event]));
  const told = (story ?? []).map((id) => byId.get(id)).filter((e): e is TimelineEvent => !!e);
  const unique = [...new Set(told)];
  return unique.length
    ? { events: unique, order: 'story' }
    : { events: [...events], order: 'time' };
}

/**
 * The step a `present` value names: a number (0 = title slide, clamped to the last event) or an
 * event id (its position from 1). Null when there is no value; an unknown id gives the title.
 */
export function readStep(value: string | null, events: readonly TimelineEvent[]): number | null {
  if (value === null) return null;
  if (/^\d{1,6}$/.test(value)) return Math.min(Number(value), events.length);
  const at = events.findIndex((event) => event.id === value);
  return at >= 0 ? at + 1 : 0;
}

/** The query string with `present` set to `step` (or removed when `step` is null), all else kept. */
export function writeStep(search: string, step: number | null): string {
  const pairs = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair && pair.split('=')[0] !== PRESENT_PARAM);
  if (step !== null) pairs.push(`${PRESENT_PARAM}=${step}`);
  return pairs.length ? `?${pairs.join('&')}` : '';
}

/** The whole span of the events, as the timeline fits it. */
export function wholeWindow(events: readonly TimelineEvent[]): TimeWindow {
  return fitDomain(buildTimeIndex(events).extent);
}

/** At most this many events begin in a slide's window, so that its event is not in a cluster. */
const CROWD = 8;

/**
 * A window that shows `event` in the middle with room on both sides: an eighth of the whole span,
 * or three times the event's own span when that is wider. Where the events of `index` crowd
 * around it (a busy stretch of a long history), the window narrows, down to a week or the
 * event's own span, until at most `CROWD` of them begin in it: else the event on the slide
 * would be drawn inside a cluster, and the strip would not show where it is. The window stays
 * inside the whole span when it fits.
 */
export function windowAround(
  event: TimelineEvent,
  whole: TimeWindow,
  index?: TimeIndex,
): TimeWindow {
  const { extent } = buildTimeIndex([event]);
  const own = extent.end - extent.start;
  const wholeSpan = whole.end - whole.start;
  const least = Math.min(wholeSpan, Math.max(own * 3, MIN_SPAN));
  let span = Math.min(wholeSpan, Math.max(own * 3, wholeSpan / 8));
  const centre = (extent.start + extent.end) / 2;
  if (index) {
    while (span / 2 >= least && beginIn(index, centre - span / 2, centre + span / 2) > CROWD)
      span /= 2;
  }
  let start = centre - span / 2;
  if (span <= wholeSpan) start = Math.min(Math.max(start, whole.start), whole.end - span);
  return { start, end: start + span };
}

/** How many events of `index` begin in `[from, to]`. */
function beginIn(index: TimeIndex, from: number, to: number): number {
  const [lo, hi] = findStartRange(index, from, to + 1);
  return hi - lo;
}

/** The citation a slide shows: the sentence of the first citation, its cited words, its source. */
export interface KeyCitation {
  /** The sentence (or the words around the date when the sentence is long). */
  text: string;
  /** Where the cited date expression is in `text`, if it is there. */
  cited: { start: number; end: number } | null;
  source: string;
  author?: string;
  documentId: string;
  /** How many more citations the event has. */
  more: number;
}

const MAX_QUOTE = 360;

/** The key citation of `event`, or null when it has none (or its paragraph is missing). */
export function keyCitation(
  event: TimelineEvent,
  documents: readonly DatasetDocument[],
): KeyCitation | null {
  const citation = event.citations[0];
  if (!citation) return null;
  const paragraph = indexParagraphs(documents)(citation.paragraph);
  const document = documents.find((d) => d.id === citation.document);
  if (!paragraph || !document) return null;
  const span = citation.sentence ?? { start: paragraph.start, end: paragraph.end };
  let start = Math.max(span.start, paragraph.start);
  let end = Math.min(span.end, paragraph.end);
  if (end - start > MAX_QUOTE) {
    // Keep the words around the date, cut at spaces.
    const middle = (citation.start + citation.end) / 2;
    start = Math.max(start, Math.round(middle - MAX_QUOTE / 2));
    end = Math.min(end, start + MAX_QUOTE);
  }
  const slice = (from: number, to: number) =>
    paragraph.text.slice(from - paragraph.start, to - paragraph.start);
  let text = slice(start, end);
  let offset = start;
  if (start > Math.max(span.start, paragraph.start)) {
    const cut = text.indexOf(' ');
    const drop = cut >= 0 && start + cut < citation.start ? cut + 1 : 0;
    text = `…${text.slice(drop)}`;
    offset = start + drop - 1;
  }
  if (end < Math.min(span.end, paragraph.end)) {
    const cut = text.lastIndexOf(' ');
    text = `${cut > 0 && offset + cut >= citation.end ? text.slice(0, cut) : text}…`;
  }
  text = text.trim() === '' ? citation.text : text;
  const from = citation.start - offset;
  const cited =
    from >= 0 && text.slice(from, from + citation.text.length) === citation.text
      ? { start: from, end: from + citation.text.length }
      : null;
  return {
    text,
    cited,
    source: document.title,
    author: document.author,
    documentId: document.id,
    more: event.citations.length - 1,
  };
}
