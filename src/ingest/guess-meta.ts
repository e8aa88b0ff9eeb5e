import { findDates } from '../lib/dates';
import { headsSourceList } from '../lib/events/source-records';
import type { PublishedDate } from '../lib/types';

const MAX_TITLE = 140;
/** How far into a text a dateline or a publication date is looked for. */
const HEAD_LINES = 15;
const DATELINE_LENGTH = 120;
const NEAR_TOP = 400;
const NARRATIVE = /\b(on|in|since|by|until|from|before|after|of)\s+$/i;
const PUBLISHED = /\b(published|updated|posted|dated?|written)\b/i;

/**
 * A title for a document: the HTML `<h1>` or `<title>`, else the first line of the text when it
 * is short (Markdown `#` and emphasis marks removed), else the file name's words.
 */
export function guessTitle(
  text: string,
  fallback: string,
  html?: { title?: string; heading?: string },
): string {
  const fromHtml = html?.heading ?? html?.title;
  if (fromHtml && fromHtml.length <= MAX_TITLE) return fromHtml;
  const first = text
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .find(Boolean);
  const cleaned = first
    ?.replace(/^#{1,6}\s+/, '')
    .replace(/^[*_]+|[*_]+$/g, '')
    .trim();
  return cleaned && cleaned.length <= MAX_TITLE ? cleaned : fallback;
}

const isFullDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * When a document was written, guessed from its top: a short line with a full date on it (a
 * dateline, "Published 9 July 2023") among the first lines, else the first full date in the
 * first few hundred characters. Unknown when there is none: a wrong guess would shift every
 * relative date ("last year") of the document.
 */
export function guessPublished(text: string): PublishedDate {
  const lines: { start: number; end: number }[] = [];
  // A list of sources ("References") is where the document's own text ends: its dates are the
  // sources' own.
  let sources = text.length;
  const pattern = /[^\r\n]+/g;
  for (
    let match = pattern.exec(text);
    match && lines.length < HEAD_LINES;
    match = pattern.exec(text)
  ) {
    if (headsSourceList(match[0])) {
      sources = match.index;
      break;
    }
    if (match[0].trim()) lines.push({ start: match.index, end: match.index + match[0].length });
  }
  const head = text.slice(0, Math.min(sources, Math.max(NEAR_TOP, lines.at(-1)?.end ?? 0)));
  // "On March 31, 1954, the USSR asked" tells of the past; a publication date stands alone.
  const days = findDates(head).filter(
    (m) =>
      m.type === 'DATE' &&
      !m.anchor &&
      isFullDay(m.value) &&
      !NARRATIVE.test(head.slice(Math.max(0, m.start - 12), m.start)),
  );
  const onDateline = days.find((m) =>
    lines.some(
      (l) =>
        l.start <= m.start &&
        m.end <= l.end &&
        (PUBLISHED.test(head.slice(l.start, l.end)) ||
          (m.start - l.start <= 40 && l.end - l.start <= DATELINE_LENGTH)),
    ),
  );
  const chosen = onDateline ?? days.find((m) => m.start < NEAR_TOP);
  return chosen ? { value: chosen.value, precision: 'day' } : { value: null, precision: 'unknown' };
}
