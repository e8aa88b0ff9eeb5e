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

/** Index of the opening quote that encloses `pos` on the same line, or -1. */
function openingQuote(text: string, pos: number): number {
  const from = Math.max(0, pos - LOOK_BACK);
  for (let i = pos - 1; i >= from; i--) {
    const ch = text[i];
    if (ch === '\n') return -1;
    // A straight quote or apostrophe opens only after a space or bracket ("it's" is not a quote).
    if (
      OPEN_QUOTES.includes(ch) &&
      (ch !== "'" && ch !== '"' ? true : i === 0 || /[\s([]/.test(text[i - 1]))
    ) {
      return i;
    }
    if (CLOSE_QUOTES.includes(ch) && !OPEN_QUOTES.includes(ch)) return -1;
  }
  return -1;
}

/** True when the expression at `c` sits in a quoted title or right after "entitled"/"titled". */
export function isInTitle(text: string, c: Candidate): boolean {
  const q = openingQuote(text, c.start);
  const lead = text.slice(Math.max(0, (q >= 0 ? q : c.start) - 40), q >= 0 ? q : c.start);
  if (q >= 0) return WORK_WORDS.test(lead);
  // Unquoted: "a novel titled 1984", "the film called 1917".
  return /\b(?:entitled|titled|called)[ \u00a0]*$/i.test(lead);
}

/** Marks candidates that sit inside titles of works (mutates them). */
export function markTitles(text: string, cands: Candidate[]): void {
  for (const c of cands) {
    if (c.type === 'DATE' && isInTitle(text, c)) c.nonEvent = 'title-of-work';
  }
}
