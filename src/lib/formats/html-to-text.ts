import { daysInMonth } from '../events/edtf';
import { scanHtml } from './html-tokens';

/** The readable text of an HTML page, and the two places a title is usually found. */
export interface HtmlText {
  /** Paragraphs separated by blank lines; line breaks (`<br>`) kept inside a paragraph. */
  text: string;
  /** Text of the first `<title>`. */
  title?: string;
  /** Text of the first `<h1>`. */
  heading?: string;
  /** The date the page says it was published ("2021-05-04", "2021-05"), from its metadata. */
  published?: string;
}

/** `<meta>` names and properties that give a page's date of publication. */
const PUBLISHED_META = new Set([
  'article:published_time',
  'og:published_time',
  'datepublished',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'dcterms.issued',
  'citation_publication_date',
  'citation_date',
  'pubdate',
  'publishdate',
  'publish-date',
  'parsely-pub-date',
  'sailthru.date',
]);
/** A calendar date at the start of a metadata value: "2021-05-04T10:00+02:00", "2021/05". */
const META_DATE = /^\s*(\d{4})(?:[-/](\d{2})(?:[-/](\d{2}))?)?(?![\d])/;
const JSON_LD_PUBLISHED = /"datePublished"\s*:\s*"([^"]*)"/;

/** The date a metadata value gives, as written by the publisher (their day), or undefined. */
export function publishedDate(value: string | undefined): string | undefined {
  const match = value === undefined ? null : META_DATE.exec(value);
  if (!match) return undefined;
  const [, year, month, day] = match;
  const m = month === undefined ? 0 : Number(month);
  if (month !== undefined && (m < 1 || m > 12)) return undefined;
  if (day !== undefined) {
    if (Number(day) < 1 || Number(day) > daysInMonth(Number(year), m)) return undefined;
    return `${year}-${month}-${day}`;
  }
  return month === undefined ? year : `${year}-${month}`;
}

/** The publication date an element's attributes declare, if any. */
function publishedOf(name: string, attrs: Record<string, string>): string | undefined {
  const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
  if (name === 'meta' && PUBLISHED_META.has(key)) return publishedDate(attrs.content);
  if (attrs.itemprop?.toLowerCase() === 'datepublished')
    return publishedDate(attrs.content ?? attrs.datetime);
  if (name === 'time' && Object.hasOwn(attrs, 'pubdate')) return publishedDate(attrs.datetime);
  return undefined;
}

/** Elements whose content a reader never sees as text of the page. */
const DROPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'noembed',
  'noframes',
  'object',
  'svg',
  'math',
  'canvas',
  'select',
  'datalist',
]);
/** Elements that start and end a block: their text is a paragraph of its own. */
const BLOCKS = new Set(
  (
    'address article aside blockquote body caption center dd details dialog div dl dt fieldset ' +
    'figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu ' +
    'nav ol p pre section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);
const CELLS = new Set(['td', 'th']);
const WHITE = /[\t\n\f\r \u00A0]+/g;

/**
 * Turns HTML into plain text for the date engine, safely: nothing is executed or fetched, only
 * characters are read. Scripts, styles, templates and the like are dropped with their content;
 * references are decoded; block elements become paragraphs; `<br>` a line break; the cells of a
 * table row are separated by tabs, as a browser copies them (so a row's cells stay apart). Never
 * throws.
 */
export function htmlToText(html: string): HtmlText {
  const paragraphs: string[] = [];
  let current = '';
  let pre = 0;
  let dropped = 0;
  let inTitle = false;
  let inHeading = false;
  let title: string | undefined;
  let heading: string | undefined;
  let headingText = '';
  let published: string | undefined;
  let inJsonLd = false;
  let cellsInRow = 0;
  const flush = () => {
    const lines = (pre > 0 ? current : current.replace(/^[ \t]+|[ \t]+$/gm, '')).replace(
      /^\n+|\s+$/g,
      '',
    );
    if (lines.trim()) paragraphs.push(lines);
    current = '';
  };
  scanHtml(html, (token) => {
    if (token.kind === 'text') {
      if (inJsonLd) published ??= publishedDate(JSON_LD_PUBLISHED.exec(token.text)?.[1]);
      if (inTitle) {
        title ??= collapse(token.text);
        return;
      }
      if (dropped > 0) return;
      const text = pre > 0 ? token.text.replace(/\r\n?/g, '\n') : token.text.replace(WHITE, ' ');
      if (inHeading) headingText += text;
      // Runs of blanks across tags collapse too ("a <b>b</b>" keeps one space), and none follows a tab.
      const after = pre === 0 && /[ \t]$/.test(current) && text.startsWith(' ');
      current += after ? text.slice(1) : text;
      return;
    }
    const { name } = token;
    if (token.kind === 'open') {
      published ??= publishedOf(name, token.attrs);
      if (name === 'script' && token.attrs.type?.toLowerCase() === 'application/ld+json')
        inJsonLd = true;
      if (name === 'title') inTitle = true;
      else if (DROPPED.has(name)) dropped++;
      else if (name === 'br') current += '\n';
      else if (CELLS.has(name))
        current = cellsInRow++ > 0 ? current.replace(/ +$/, '') + '\t' : current + ' ';
      else if (BLOCKS.has(name)) {
        if (name === 'tr') cellsInRow = 0;
        flush();
        if (name === 'pre') pre++;
        if (name === 'h1' && heading === undefined) inHeading = true;
      }
      return;
    }
    if (name === 'script') inJsonLd = false;
    if (name === 'title') inTitle = false;
    else if (DROPPED.has(name)) dropped = Math.max(0, dropped - 1);
    else if (BLOCKS.has(name)) {
      if (name === 'h1' && inHeading) {
        inHeading = false;
        heading = collapse(headingText) || undefined;
      }
      if (!CELLS.has(name)) flush();
      if (name === 'pre') pre = Math.max(0, pre - 1);
    }
  });
  flush();
  return {
    text: paragraphs.join('\n\n'),
    ...(title ? { title } : {}),
    ...(heading ? { heading } : {}),
    ...(published ? { published } : {}),
  };
}

const collapse = (text: string) => text.replace(WHITE, ' ').trim();
