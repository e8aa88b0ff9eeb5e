import { scanHtml } from './html-tokens';

/** The readable text of an HTML page, and the two places a title is usually found. */
export interface HtmlText {
  /** Paragraphs separated by blank lines; line breaks (`<br>`) kept inside a paragraph. */
  text: string;
  /** Text of the first `<title>`. */
  title?: string;
  /** Text of the first `<h1>`. */
  heading?: string;
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
 * references are decoded; block elements become paragraphs; `<br>` a line break. Never throws.
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
      if (inTitle) {
        title ??= collapse(token.text);
        return;
      }
      if (dropped > 0) return;
      const text = pre > 0 ? token.text.replace(/\r\n?/g, '\n') : token.text.replace(WHITE, ' ');
      if (inHeading) headingText += text;
      // Runs of blanks across tags collapse too ("a <b>b</b>" keeps one space).
      current += pre === 0 && current.endsWith(' ') && text.startsWith(' ') ? text.slice(1) : text;
      return;
    }
    const { name } = token;
    if (token.kind === 'open') {
      if (name === 'title') inTitle = true;
      else if (DROPPED.has(name)) dropped++;
      else if (name === 'br') current += '\n';
      else if (CELLS.has(name)) current += ' ';
      else if (BLOCKS.has(name)) {
        flush();
        if (name === 'pre') pre++;
        if (name === 'h1' && heading === undefined) inHeading = true;
      }
      return;
    }
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
  };
}

const collapse = (text: string) => text.replace(WHITE, ' ').trim();
