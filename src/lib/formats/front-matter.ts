import { parse as parseYaml } from 'yaml';

/**
 * YAML front matter: the block between two `---` lines at the very top of a Markdown file, where
 * blogs and static-site generators (Jekyll, Hugo, Astro, Obsidian) keep a post's title and date.
 * It is the file's metadata, not its text: a reader of the post never sees it.
 */
export interface FrontMatter {
  /** What a `.meta.yaml` sidecar would say, from the keys it understands (all optional). */
  meta: Record<string, unknown>;
  /** Where the text after the block begins. */
  bodyStart: number;
}

const OPEN = /^---[ \t]*\r?\n/;
/** The closing line: `---`, or `...` as YAML ends a document. */
const CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
/** Front matter is a few lines; a text whose second `---` is further down has a rule, not one. */
const MAX_LENGTH = 64 * 1024;

/** Text keys a sidecar also has; other keys (tags, layout, draft...) are the site's own. */
const TEXT_KEYS = ['title', 'author', 'kind', 'source', 'language'] as const;
/** Names of the publication date: sourceline's own, Jekyll's and Hugo's, Astro's, Hugo's other. */
const DATE_KEYS = ['published', 'date', 'pubDate', 'publishDate'] as const;
/** The day (or month, or year) a date starts with: "2024-09-15T10:00:00+02:00", "2024-09-15 10:00". */
const DATE_START = /^(-?\d{4}(?:-\d{2}(?:-\d{2})?)?)(?=$|[T ])/;

/**
 * The front matter at the top of `text`, or null when there is none. A block that is not a
 * YAML mapping (a text that opens with a horizontal rule) is no front matter. Keys it cannot use
 * (a list of authors, `published: false` for a draft, a date in words) are left out rather than
 * refused: they are the site's, written for it.
 */
export function readFrontMatter(text: string): FrontMatter | null {
  const open = OPEN.exec(text);
  if (!open) return null;
  const rest = text.slice(open[0].length, open[0].length + MAX_LENGTH);
  const close = CLOSE.exec(rest);
  if (!close) return null;
  let fields: unknown;
  try {
    fields = parseYaml(rest.slice(0, close.index));
  } catch {
    return null;
  }
  if (fields === null) fields = {};
  if (typeof fields !== 'object' || Array.isArray(fields)) return null;
  const record = fields as Record<string, unknown>;
  const meta: Record<string, unknown> = {};
  for (const key of TEXT_KEYS) {
    const value = record[key];
    if (typeof value === 'string' && value.trim()) meta[key] = value.trim();
  }
  const published = DATE_KEYS.map((key) => publishedOf(record[key])).find(Boolean);
  if (published) meta.published = published;
  return { meta, bodyStart: open[0].length + close.index + close[0].length };
}

/** A front-matter date as a sidecar's `published` value, or undefined when it is none. */
function publishedOf(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime()))
    return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 9999)
    return String(value).padStart(4, '0');
  if (typeof value !== 'string') return undefined;
  return DATE_START.exec(value.trim())?.[1];
}

/** Markdown, whose files may open with front matter. */
const isMarkdownFile = (file: string) => /\.(?:md|markdown)$/i.test(file);

/**
 * The text of a file as a reader sees it and what its front matter says (`readFrontMatter`): a
 * Markdown file's text starts after the block; any other file's text is all of it.
 */
export function splitFrontMatter(
  file: string,
  text: string,
): { text: string; meta: Record<string, unknown> } {
  const front = isMarkdownFile(file) ? readFrontMatter(text) : null;
  return front ? { text: text.slice(front.bodyStart), meta: front.meta } : { text, meta: {} };
}
