import type { DatasetDocument, PublishedDate, TimelineEvent } from '../types';
import { escapeHtml } from './html-entities';
import { scanHtml } from './html-tokens';
import type { ImportedCitation, ImportedSource } from './imported';

/**
 * Citations written into the one HTML field other timeline formats have for text, readable by a
 * person (the cited sentence, then the document title) and marked with data attributes so that
 * sourceline reads them back exactly:
 *
 * <div class="sourceline-event" data-id="soviet-note" data-date="1954-03-31" data-tags='["a"]'>
 *   <blockquote data-document="ussr" data-text="March 31, 1954" data-at="3" data-date="1954-03-31">
 *     <p>On March 31, 1954, the USSR …</p><footer>— <cite>How the USSR Tried to Join NATO</cite></footer>
 *   </blockquote>
 * </div>
 */

const attr = (name: string, value: string | undefined) =>
  value === undefined ? '' : ` ${name}="${escapeHtml(value)}"`;

/** The words a citation is read in: its sentence when known, else its paragraph; with offsets. */
function citedContext(
  citation: TimelineEvent['citations'][number],
  document: DatasetDocument | undefined,
): { context: string; at: number } {
  const paragraph = document?.paragraphs.find((p) => p.id === citation.paragraph);
  if (!paragraph) return { context: citation.text, at: 0 };
  const { sentence } = citation;
  const [from, to] =
    sentence && sentence.start >= paragraph.start && sentence.end <= paragraph.end
      ? [sentence.start, sentence.end]
      : [paragraph.start, paragraph.end];
  return {
    context: paragraph.text.slice(from - paragraph.start, to - paragraph.start),
    at: citation.start - from,
  };
}

/** An event's citations as HTML with the sourceline marker (see the top of this file). */
export function writeEventHtml(
  event: TimelineEvent,
  documents: ReadonlyMap<string, DatasetDocument>,
): string {
  const quotes = event.citations.map((citation) => {
    const document = documents.get(citation.document);
    const { context, at } = citedContext(citation, document);
    return (
      `<blockquote${attr('data-document', citation.document)}${attr('data-text', citation.text)}` +
      `${attr('data-at', String(at))}${attr('data-date', citation.date)}>` +
      `<p>${escapeHtml(context)}</p><footer>— <cite>${escapeHtml(document?.title ?? citation.document)}</cite></footer></blockquote>`
    );
  });
  const tags = event.tags.length ? JSON.stringify(event.tags) : undefined;
  return `<div class="sourceline-event"${attr('data-id', event.id)}${attr('data-date', event.date)}${attr('data-tags', tags)}${attr('data-era', event.era)}>${quotes.join('')}</div>`;
}

/** What the marker of an event says; null when the HTML has no sourceline marker. */
export interface EventMarker {
  id?: string;
  date?: string;
  tags?: string[];
  era?: string;
  citations: ImportedCitation[];
}

function readJsonList(text: string | undefined): string[] | undefined {
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value)
      ? value.filter((v): v is string => typeof v === 'string')
      : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the sourceline marker of an event back from HTML; null when there is none. Never throws. */
export function readEventHtml(html: string): EventMarker | null {
  let marker: EventMarker | null = null;
  let current: { citation: ImportedCitation; inParagraph: boolean; inCite: boolean } | null = null;
  scanHtml(html, (token) => {
    if (token.kind === 'open') {
      const { name, attrs } = token;
      if (name === 'div' && /\bsourceline-event\b/.test(attrs.class ?? '') && !marker) {
        const tags = readJsonList(attrs['data-tags']);
        marker = {
          citations: [],
          ...(attrs['data-id'] ? { id: attrs['data-id'] } : {}),
          ...(attrs['data-date'] ? { date: attrs['data-date'] } : {}),
          ...(tags ? { tags } : {}),
          ...(attrs['data-era'] ? { era: attrs['data-era'] } : {}),
        };
      } else if (name === 'blockquote' && marker && attrs['data-document'] !== undefined) {
        const at = Number(attrs['data-at']);
        current = {
          inParagraph: false,
          inCite: false,
          citation: {
            document: attrs['data-document'],
            source: '',
            context: '',
            ...(attrs['data-text'] !== undefined ? { text: attrs['data-text'] } : {}),
            ...(Number.isInteger(at) && at >= 0 ? { at } : {}),
            ...(attrs['data-date'] ? { date: attrs['data-date'] } : {}),
          },
        };
      } else if (current && name === 'p') current.inParagraph = true;
      else if (current && name === 'cite') current.inCite = true;
    } else if (token.kind === 'close') {
      if (current && token.name === 'p') current.inParagraph = false;
      else if (current && token.name === 'cite') current.inCite = false;
      else if (current && token.name === 'blockquote') {
        const { citation } = current;
        (marker as EventMarker | null)?.citations.push({
          ...citation,
          source: citation.source || (citation.document ?? ''),
        });
        current = null;
      }
    } else if (current?.inCite) current.citation.source += token.text;
    else if (current?.inParagraph) current.citation.context += token.text;
  });
  return marker;
}

/**
 * The title slide text: the description as paragraphs and the list of sources with their
 * metadata in data attributes (a person reads the titles; sourceline reads the rest back).
 */
export function writeSourcesHtml(
  description: string | undefined,
  documents: readonly DatasetDocument[],
): string {
  const paragraphs = (description ?? '')
    .split(/\n\s*\n/)
    .filter((p) => p.trim())
    .map((p) => `<p>${escapeHtml(p.trim())}</p>`);
  const items = documents.map(
    (d) =>
      `<li${attr('data-document', d.id)}${attr('data-author', d.author)}${attr('data-kind', d.kind)}` +
      `${attr('data-source', d.source)}${attr('data-published', JSON.stringify(d.published))}><cite>${escapeHtml(d.title)}</cite></li>`,
  );
  return (
    paragraphs.join('') +
    (items.length ? `<ul class="sourceline-sources">${items.join('')}</ul>` : '')
  );
}

function readPublished(text: string | undefined): PublishedDate | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as PublishedDate;
    return value && typeof value === 'object' && 'precision' in value ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Reads a title slide text: its description paragraphs and the sources list. Never throws. */
export function readSourcesHtml(html: string): { description?: string; sources: ImportedSource[] } {
  const paragraphs: string[] = [];
  const sources: ImportedSource[] = [];
  let paragraph: string | null = null;
  let source: ImportedSource | null = null;
  scanHtml(html, (token) => {
    if (token.kind === 'open') {
      if (token.name === 'li' && token.attrs['data-document'] !== undefined) {
        const a = token.attrs;
        const published = readPublished(a['data-published']);
        source = {
          id: a['data-document'],
          title: '',
          ...(a['data-author'] ? { author: a['data-author'] } : {}),
          ...(a['data-kind'] ? { kind: a['data-kind'] } : {}),
          ...(a['data-source'] ? { source: a['data-source'] } : {}),
          ...(published ? { published } : {}),
        };
      } else if (token.name === 'p' && !source) paragraph = '';
    } else if (token.kind === 'close') {
      if (token.name === 'li' && source) {
        sources.push({ ...source, title: source.title.trim() || (source.id ?? '') });
        source = null;
      } else if (token.name === 'p' && paragraph !== null) {
        if (paragraph.trim()) paragraphs.push(paragraph.trim());
        paragraph = null;
      }
    } else if (source) (source as ImportedSource).title += token.text;
    else if (paragraph !== null) paragraph += token.text;
  });
  const description = paragraphs.join('\n\n');
  return { ...(description ? { description } : {}), sources };
}
