/**
 * The view state of the app as it lives in the URL query: pure parse and serialize, no DOM.
 * Parameters this module does not own (`data`, `embed`, ...) pass through untouched.
 */

/** Which view fills the main area. */
export type ViewName = 'timeline' | 'list' | 'reader';

/** The visible time window, in milliseconds since the epoch (UTC); `start < end`. */
export interface TimeWindow {
  start: number;
  end: number;
}

/** Everything a shared link reproduces. */
export interface ViewState {
  /** Selected event id. */
  event: string | null;
  view: ViewName;
  window: TimeWindow | null;
  /** Search text, as typed. */
  query: string;
  /** Document ids whose events are hidden. */
  hidden: string[];
  /** Tags an event must have one of; empty = all. */
  tags: string[];
  /** Document open in the reader. */
  document: string | null;
  /** Paragraph index (from 1) the reader shows. */
  paragraph: number | null;
}

/** A parameter that was ignored, and why, for the notice shown to the reader. */
export interface UrlProblem {
  param: string;
  reason: 'unknown' | 'malformed' | 'repeated' | 'too-long';
}

/** The state with nothing chosen. */
export const EMPTY_STATE: ViewState = {
  event: null,
  view: 'timeline',
  window: null,
  query: '',
  hidden: [],
  tags: [],
  document: null,
  paragraph: null,
};

/** Parameter names, in the order they are written. */
export const PARAMS = {
  view: 'view',
  event: 'event',
  document: 'doc',
  paragraph: 'p',
  query: 'q',
  hidden: 'hide',
  tags: 'tag',
  from: 'from',
  to: 'to',
} as const;

/** Parameters owned by other parts of the app; never reported, always kept. */
export const FOREIGN_PARAMS = ['data', 'embed', 'present'] as const;

const OWN = new Set<string>(Object.values(PARAMS));
const VIEWS: readonly ViewName[] = ['timeline', 'list', 'reader'];
const MAX_ID = 200;
const MAX_QUERY = 200;
const MAX_LIST = 100;
/** The ECMAScript Date range, in ms. */
const MAX_TIME = 8.64e15;
const DAY = 86_400_000;
const CONTROL = /\p{Cc}/u;

const isId = (value: string) => value.length > 0 && value.length <= MAX_ID && !CONTROL.test(value);

/** Reads `YYYY-MM-DD` (astronomical year, sign allowed) as ms UTC, or null when it is not one. */
export function parseDay(value: string): number | null {
  const match = /^(-?\d{4,6})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCDate() !== day || Number.isNaN(date.getTime())) return null;
  return date.getTime();
}

/** Writes ms UTC as the nearest day, `YYYY-MM-DD` with at least four year digits. */
export function formatDay(time: number): string {
  const date = new Date(Math.round(time / DAY) * DAY);
  const year = date.getUTCFullYear();
  const digits = String(Math.abs(year)).padStart(4, '0');
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year < 0 ? '-' : ''}${digits}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function splitList(values: string[]): string[] {
  return [...new Set(values.flatMap((value) => value.split(',')).filter(isId))];
}

/**
 * Reads the view state from a query string (`?view=list&event=e1`). Never throws: values it
 * cannot use are left at their default and reported in `problems`.
 */
export function parseViewState(search: string): { state: ViewState; problems: UrlProblem[] } {
  const params = new URLSearchParams(search);
  const problems: UrlProblem[] = [];
  const state: ViewState = { ...EMPTY_STATE, hidden: [], tags: [] };
  const report = (param: string, reason: UrlProblem['reason']) => {
    if (!problems.some((p) => p.param === param && p.reason === reason)) {
      problems.push({ param, reason });
    }
  };
  /** The single value of a parameter; a repeat is reported and the first one wins. */
  const single = (name: string): string | null => {
    const values = params.getAll(name);
    if (values.length > 1) report(name, 'repeated');
    return values.length ? values[0] : null;
  };

  for (const name of new Set(params.keys())) {
    if (!OWN.has(name) && !(FOREIGN_PARAMS as readonly string[]).includes(name)) {
      report(name.slice(0, 40), 'unknown');
    }
  }

  const view = single(PARAMS.view);
  if (view !== null) {
    if ((VIEWS as readonly string[]).includes(view)) state.view = view as ViewName;
    else report(PARAMS.view, 'malformed');
  }
  for (const key of ['event', 'document'] as const) {
    const value = single(PARAMS[key]);
    if (value === null) continue;
    if (isId(value)) state[key] = value;
    else report(PARAMS[key], value.length > MAX_ID ? 'too-long' : 'malformed');
  }
  const paragraph = single(PARAMS.paragraph);
  if (paragraph !== null) {
    const n = /^\d{1,6}$/.test(paragraph) ? Number(paragraph) : 0;
    if (n >= 1) state.paragraph = n;
    else report(PARAMS.paragraph, 'malformed');
  }
  if (state.paragraph !== null && state.document === null) {
    state.paragraph = null;
    report(PARAMS.paragraph, 'malformed');
  }
  const query = single(PARAMS.query);
  if (query !== null) {
    const clean = query.replace(/\p{Cc}/gu, ' ');
    if (clean.length > MAX_QUERY) report(PARAMS.query, 'too-long');
    state.query = clean.slice(0, MAX_QUERY);
  }
  for (const key of ['hidden', 'tags'] as const) {
    const raw = params.getAll(PARAMS[key]);
    const list = splitList(raw);
    if (list.length > MAX_LIST) report(PARAMS[key], 'too-long');
    state[key] = list.slice(0, MAX_LIST);
    const parts = raw.flatMap((value) => value.split(','));
    if (parts.some((value) => value !== '' && !isId(value))) report(PARAMS[key], 'malformed');
  }
  const from = single(PARAMS.from);
  const to = single(PARAMS.to);
  if (from !== null || to !== null) {
    const start = from === null ? null : parseDay(from);
    const end = to === null ? null : parseDay(to);
    if (
      start !== null &&
      end !== null &&
      start < end &&
      Math.abs(start) <= MAX_TIME &&
      Math.abs(end) <= MAX_TIME
    ) {
      state.window = { start, end };
    } else {
      report(start === null ? PARAMS.from : PARAMS.to, 'malformed');
    }
  }
  return { state, problems };
}

/**
 * Writes the view state into `search`, replacing the parameters this module owns and keeping
 * every other one where it was. Defaults are left out, so an untouched view has a clean URL.
 */
export function serializeViewState(state: ViewState, search = ''): string {
  const pairs = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair && !OWN.has(decodeKey(pair)));
  const set = (name: string, value: string) => pairs.push(`${name}=${encodeValue(value)}`);
  if (state.view !== 'timeline') set(PARAMS.view, state.view);
  if (state.event) set(PARAMS.event, state.event);
  if (state.document) set(PARAMS.document, state.document);
  if (state.document && state.paragraph) set(PARAMS.paragraph, String(state.paragraph));
  if (state.query) set(PARAMS.query, state.query);
  // Lists keep their commas readable; a comma inside an item is encoded by encodeValue.
  const list = (name: string, items: string[]) =>
    pairs.push(`${name}=${items.map(encodeValue).join(',')}`);
  if (state.hidden.length) list(PARAMS.hidden, state.hidden);
  if (state.tags.length) list(PARAMS.tags, state.tags);
  if (state.window) {
    const start = Math.round(state.window.start / DAY) * DAY;
    const end = Math.max(Math.round(state.window.end / DAY) * DAY, start + DAY);
    set(PARAMS.from, formatDay(start));
    set(PARAMS.to, formatDay(end));
  }
  return pairs.length ? `?${pairs.join('&')}` : '';
}

/** The decoded name of a raw `name=value` pair; the raw name when it does not decode. */
function decodeKey(pair: string): string {
  const raw = pair.split('=')[0].replace(/\+/g, ' ');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Encodes a value for the query, leaving `/` and `:` readable (both are legal there). */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%2F/g, '/').replace(/%3A/g, ':').replace(/%20/g, '+');
}

/** True when going from `a` to `b` is a new place to go back to (not just a pan or a keystroke). */
export function isNavigation(a: ViewState, b: ViewState): boolean {
  return (
    a.event !== b.event ||
    a.view !== b.view ||
    a.document !== b.document ||
    a.paragraph !== b.paragraph
  );
}
