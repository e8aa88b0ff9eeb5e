/**
 * Years inside the title of a work ("the book entitled ‘France: 1940-1955′") are found but
 * marked `nonEvent: 'title-of-work'`: they name the work, they do not date an event.
 */
import type { Candidate } from './candidate';

const WORK_WORDS =
  /\b(?:book|books|film|films|movie|novel|entitled|titled|called|named|essay|article|paper|report|song|album|play|poem|documentary|series|memoir|memoirs|study|studies|volume|chapter|opera|painting|show|exhibition|lecture|speech|thesis|dissertation)[ \u00a0]*,?[ \u00a0]*$/i;
const OPEN_QUOTES = '‘“"«\'';
const CLOSE_QUOTES = '’”"»\'′″';
const LOOK_BACK = 160;
const UNQUOTED = /\b(?:entitled|titled|called)[ \u00a0]*$/i;

function isSpaceOrBracket(ch: string): boolean {
  return /[\s([]/.test(ch);
}

/**
 * What a character means for an enclosing quote, looking back from a date: 1 an opening quote
 * (a straight one only after a space or bracket: "it's" is not a quote), -1 a closing quote or a
 * line break (no quote encloses the date), 0 nothing.
 */
function quoteRole(text: string, i: number): number {
  const ch = text[i];
  if (ch === '\n') return -1;
  if (OPEN_QUOTES.includes(ch)) {
    if (ch !== "'" && ch !== '"') return 1;
    return i === 0 || isSpaceOrBracket(text[i - 1]) ? 1 : 0;
  }
  return CLOSE_QUOTES.includes(ch) ? -1 : 0;
}

/**
 * The characters `quoteRole` can give a role to. A pattern finds the next one faster than a
 * loop over character codes can (quotes and line breaks are a few in a hundred characters).
 */
const MAY_HAVE_ROLE = /[\n"'\u00ab\u00bb\u2018-\u201d\u2032\u2033]/g;

/** The position of the next character from `from` that may have a role, or the text's end. */
function nextMayHaveRole(text: string, from: number): number {
  MAY_HAVE_ROLE.lastIndex = from;
  const m = MAY_HAVE_ROLE.exec(text);
  return m === null ? text.length : m.index;
}

function inTitle(text: string, start: number, q: number): boolean {
  if (q >= 0) return WORK_WORDS.test(text.slice(Math.max(0, q - 40), q));
  // Unquoted: "a novel titled 1984", "the film called 1917". Only a word ending in "led" can.
  let k = start - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0xa0)) k--;
  if (
    k < 2 ||
    (text.charCodeAt(k) | 32) !== 100 ||
    (text.charCodeAt(k - 1) | 32) !== 101 ||
    (text.charCodeAt(k - 2) | 32) !== 108
  )
    return false;
  return UNQUOTED.test(text.slice(Math.max(0, start - 40), start));
}

/** How far `markTitles` has read, and the last character with a quote role it saw. */
export interface TitleState {
  /** The next character that may have a role (-1: not looked for yet). */
  next: number;
  last: number;
  lastRole: number;
}

export function newTitleState(): TitleState {
  return { next: -1, last: -1, lastRole: 0 };
}

/**
 * Marks candidates that sit inside titles of works (mutates them). One forward pass: it keeps
 * the last character with a quote role, which is what looking back from each date would find.
 */
export function markTitles(
  text: string,
  cands: Candidate[],
  state: TitleState = newTitleState(),
): void {
  let { next, last, lastRole } = state;
  if (next < 0) next = nextMayHaveRole(text, 0);
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    for (; next < c.start; next = nextMayHaveRole(text, next + 1)) {
      const role = quoteRole(text, next);
      if (role !== 0) {
        last = next;
        lastRole = role;
      }
    }
    if (c.type !== 'DATE') continue;
    const q = lastRole === 1 && last >= c.start - LOOK_BACK ? last : -1;
    if (inTitle(text, c.start, q)) c.nonEvent = 'title-of-work';
  }
  state.next = next;
  state.last = last;
  state.lastRole = lastRole;
}
