import { decodeEntities } from './html-entities';

/** One piece of an HTML text: a run of text (references decoded), a start tag or an end tag. */
export type HtmlToken =
  | { kind: 'text'; text: string }
  | { kind: 'open'; name: string; attrs: Record<string, string> }
  | { kind: 'close'; name: string };

/**
 * Elements whose content is not markup: it runs to the matching end tag. Their content comes as
 * one text token (decoded only for `title` and `textarea`, as browsers do). `template` is here
 * too: its content is inert in a browser, and here it is never read as part of the page.
 */
const RAW_TEXT = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
]);
const DECODED_RAW = new Set(['title', 'textarea']);

const TAG_NAME = /[A-Za-z][^\s/>\0]*/y;
const ATTRIBUTE =
  /[\s/]*([^\s"'>/=\0][^\s"'>/=\0]*)(?:\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s>]*)))?/y;

/**
 * Splits HTML into tokens, calling `visit` for each, in one pass and in linear time. Comments,
 * doctypes and processing instructions are skipped; a `<` that starts no tag is text. Never
 * throws and never evaluates anything: it only reads characters.
 */
export function scanHtml(html: string, visit: (token: HtmlToken) => void): void {
  let i = 0;
  const n = html.length;
  const text = (from: number, to: number) => {
    if (to > from) visit({ kind: 'text', text: decodeEntities(html.slice(from, to)) });
  };
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      text(i, n);
      break;
    }
    text(i, lt);
    const next = html[lt + 1];
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? n : end + 3;
    } else if (
      next === '!' ||
      next === '?' ||
      (next === '/' && !/[A-Za-z]/.test(html[lt + 2] ?? ''))
    ) {
      const end = html.indexOf('>', lt + 1);
      // `</` followed by nothing like a name is dropped up to `>`; `</>` too.
      i = end === -1 ? n : end + 1;
    } else if (next === '/' || /[A-Za-z]/.test(next ?? '')) {
      const closing = next === '/';
      TAG_NAME.lastIndex = lt + (closing ? 2 : 1);
      const name = (TAG_NAME.exec(html)?.[0] ?? '').toLowerCase();
      const attrs: Record<string, string> = {};
      let at = TAG_NAME.lastIndex;
      for (;;) {
        ATTRIBUTE.lastIndex = at;
        const match = ATTRIBUTE.exec(html);
        if (!match || match[0] === '') break;
        const key = match[1].toLowerCase();
        if (!closing && !Object.hasOwn(attrs, key))
          attrs[key] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
        at = ATTRIBUTE.lastIndex;
      }
      const end = html.indexOf('>', at);
      i = end === -1 ? n : end + 1;
      if (closing) {
        visit({ kind: 'close', name });
        continue;
      }
      visit({ kind: 'open', name, attrs });
      if (RAW_TEXT.has(name)) {
        const close = findEndTag(html, name, i);
        const raw = html.slice(i, close);
        if (raw) visit({ kind: 'text', text: DECODED_RAW.has(name) ? decodeEntities(raw) : raw });
        visit({ kind: 'close', name });
        const gt = close < n ? html.indexOf('>', close) : -1;
        i = gt === -1 ? n : gt + 1;
      }
    } else {
      text(lt, lt + 1);
      i = lt + 1;
    }
  }
}

/** Offset of `</name` (any case, then a blank, `/` or `>`) at or after `from`, or the end. */
function findEndTag(html: string, name: string, from: number): number {
  const pattern = new RegExp(`</${name}(?=[\\s/>]|$)`, 'gi');
  pattern.lastIndex = from;
  const match = pattern.exec(html);
  return match ? match.index : html.length;
}
