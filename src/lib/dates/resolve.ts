/**
 * Anchoring: walks the selected candidates in text order, completes underspecified ones from
 * the document date or the narrative (the last date mentioned), and emits DateMentions.
 */
import type { Anchor, DateMention } from '../types';
import type { Candidate, Completion, Need } from './candidate';
import { formatPoint, parsePoint, type CalPoint } from './timex';
import { wordBefore } from './candidate';
import { tenseAround } from './tense';
import { settleOnDay, waitsForDay } from './day-after-time';
import { readAuthorCitation } from './author-citations';

interface Narrative {
  point: CalPoint;
  line: number;
}

/** Granularities whose value can anchor later expressions. */
const ANCHORING = new Set(['day', 'month', 'year', 'season', 'quarter', 'half']);

/** Where a candidate's reference comes from: the document date, the narrative, or nowhere. */
function pickSource(
  c: Candidate,
  dct: CalPoint | null,
  narrative: Narrative | null,
  line: number,
  sectioned = false,
): Anchor['source'] {
  const kind = c.need?.kind;
  const fromDct = dct ? 'dct' : 'none';
  const fromNarrative = narrative ? 'narrative' : 'none';
  if (c.need?.dctOnly) return fromDct;
  if (kind === 'deictic') return dct ? 'dct' : fromNarrative;
  // Year-less calendar dates follow the narrative only while it stays in the same paragraph,
  // when a document date exists: a new paragraph of news returns to the document's own time.
  // Not in a text set out under dates ("1917" over a section): there they follow the story.
  if (kind === 'calendar' && narrative && narrative.line !== line && !sectioned)
    return dct ? 'dct' : 'narrative';
  return narrative ? 'narrative' : fromDct;
}

/** The last decade or century named, while the narrative has not moved since. */
interface Wide {
  point: CalPoint;
  unit: 'decade' | 'century';
}

/** The decade ("193") or century ("19") a mention names, as its first year; else null. */
function wideOf(c: Candidate): Wide | null {
  if (c.type !== 'DATE' || c.aside || c.nonEvent || c.endValue) return null;
  if (c.granularity === 'decade' && /^\d{3}$/.test(c.value))
    return { point: { y: Number(c.value) * 10 }, unit: 'decade' };
  if (c.granularity === 'century' && /^\d{2}$/.test(c.value))
    return { point: { y: Number(c.value) * 100 }, unit: 'century' };
  return null;
}

function complete(
  c: Candidate,
  dct: CalPoint | null,
  narrative: Narrative | null,
  line: number,
  text: string,
  wide: Wide | null = null,
  sentenceYear: CalPoint | null = null,
  sectioned = false,
): Anchor | undefined {
  const need = c.need;
  if (!need) return undefined;
  // "the 1930s ... by the end of the decade": the decade just named, not the narrative's year
  // (a decade cannot anchor a year). A century cannot name a decade.
  const wideRef = wide && need.wide && (need.wide === 'century' || wide.unit === 'decade');
  let source = wideRef ? 'narrative' : pickSource(c, dct, narrative, line, sectioned);
  // "Our CEO, who joined in 2016, will retire at the end of the year", written in 2025: what is
  // still to come is not in a year gone by before the document was written.
  if (
    source === 'narrative' &&
    need.kind === 'anaphoric' &&
    dct?.y != null &&
    narrative?.point.y != null &&
    narrative.point.y < dct.y &&
    tenseAround(text, c.start, c.end) === 'future'
  )
    source = 'dct';
  let ref = wideRef
    ? (wide as Wide).point
    : source === 'dct'
      ? dct
      : source === 'narrative'
        ? (narrative as Narrative).point
        : null;
  // News dated 2024: "one cut in 2024, probably in September". A year-less date left to the
  // document date takes the year its own sentence has just named, if any.
  if (source === 'dct' && sentenceYear && need.kind === 'calendar') {
    const done = need.complete(sentenceYear);
    if (done) return settle(c, done, sentenceYear, 'narrative');
  }
  let done: Completion | null = ref ? need.complete(ref) : null;
  if (ref && done && need.kind === 'calendar' && source === 'narrative') {
    const later = rollForward(ref, done.value);
    if (later) {
      ref = later;
      done = need.complete(later);
    }
  }
  if (ref && done && need.kind === 'calendar' && source === 'dct') {
    const other = yearByTense(ref, done.value, text, c.start, c.end);
    if (other) {
      ref = other;
      done = need.complete(other);
    }
  }
  if (!ref || !done) {
    c.value = need.fallback;
    if (need.settled) return undefined;
    return {
      value: null,
      source: 'none',
      reason: `${need.reason} nothing: no document date or earlier date`,
    };
  }
  return settle(c, done, ref, source);
}

/** Gives `c` its completed value; returns how it was anchored. */
function settle(c: Candidate, done: Completion, ref: CalPoint, source: Anchor['source']): Anchor {
  c.value = done.value;
  if (done.endValue) c.endValue = done.endValue;
  if (done.range) c.range = done.range;
  if (done.granularity) c.granularity = done.granularity;
  const refValue = formatPoint(ref);
  const where = source === 'dct' ? 'the document date' : 'the last date mentioned,';
  return { value: refValue, source, reason: `${(c.need as Need).reason} ${where} ${refValue}` };
}

/** The year of the last explicit date, if it was in the sentence that reaches `pos`. */
function yearInSentence(text: string, last: Written | null, pos: number): CalPoint | null {
  if (!last || pos - last.end > 120) return null;
  return /[.!?;]["'’”)]*(?:\s|$)|\n/.test(text.slice(last.end, pos)) ? null : { y: last.y };
}

/** The last date written with its year, and where it ends. */
interface Written {
  y: number;
  end: number;
}

/** Months back from the reference before a year-less month is read as next year. */
const ROLL_GAP = 5;

/**
 * Narratives move forward: "December 7, 1941 ... in January" means the next January. A month
 * well before the reference month takes the following year.
 */
function rollForward(ref: CalPoint, value: string): CalPoint | null {
  const p = parsePoint(value);
  if (ref.y === null || ref.m === undefined || !p || p.m === undefined) return null;
  if (ref.m - p.m < ROLL_GAP) return null;
  return { y: ref.y + (ref.y === -1 ? 2 : 1) };
}

/**
 * News looks back and ahead from its own date: "the fiscal year ended Sept. 30", written in
 * February, means last September; "the vote is scheduled for January 12", written in November,
 * next January. A year-less date on the other side of the document date from what its sentence
 * plainly says takes the year before or after; otherwise it keeps the document's year.
 */
function yearByTense(
  ref: CalPoint,
  value: string,
  text: string,
  start: number,
  end: number,
): CalPoint | null {
  const p = parsePoint(value);
  if (ref.y === null || ref.y < 2 || ref.m === undefined || !p || p.m === undefined) return null;
  const side = p.m - ref.m || (p.d !== undefined && ref.d !== undefined ? p.d - ref.d : 0);
  if (side === 0) return null;
  const tense = tenseAround(text, start, end);
  if (side > 0 && tense === 'past') return { y: ref.y - 1 };
  if (side < 0 && tense === 'future') return { y: ref.y + 1 };
  // Said in no past tense, a date more than half a year before the document date is next
  // year's: "the next meeting is on 12 March", written in November. (A date far ahead, said in
  // no tense, stays in the document's year: an announcement.)
  if (tense === null && side < 0 && ref.m - p.m > 6) return { y: ref.y + 1 };
  return null;
}

/** True when `fine` is `coarse` or a refinement of it (1940-05-10 refines 1940). */
function refines(fine: CalPoint, coarse: CalPoint): boolean {
  if (fine.y !== coarse.y) return false;
  if (coarse.m !== undefined && fine.m !== coarse.m) return false;
  if (coarse.d !== undefined && fine.d !== coarse.d) return false;
  return true;
}

function nextNarrative(
  c: Candidate,
  value: string,
  current: Narrative | null,
  line: number,
  text?: string,
): Narrative | null {
  const timeOfDay = c.type === 'TIME' && /^(BC)?\d{4}-\d{2}-\d{2}T/.test(value);
  if ((c.type !== 'DATE' || !ANCHORING.has(c.granularity)) && !timeOfDay) return current;
  if (c.nonEvent || c.aside) return current;
  const p = parsePoint(value);
  if (!p || p.y === null) return current;
  // "May 10, 1940 ... 1940 ... that same day": a coarser mention keeps the finer reference.
  if (current && refines(current.point, p)) {
    current.line = line;
    return current;
  }
  // "On 10 March 1975 ... exposed for a campaign planned in 1976. ... on 11 March": a bare year
  // inside a sentence, while the narrative is at a day or month, is a glance elsewhere; a year
  // that opens its sentence ("In 1976, ...") moves the narrative.
  if (
    current &&
    text !== undefined &&
    p.m === undefined &&
    current.point.m !== undefined &&
    c.endValue === undefined &&
    !opensSentence(text, c.start)
  )
    return current;
  // "... occupied Hungary until the fall of Budapest in February 1945. By the start of July":
  // a later date the sentence reaches forward to is a glance ahead; the story stays put.
  if (current && text !== undefined && isLater(p, current.point) && reachesAhead(text, c.start))
    return current;
  // The narrative is one object, moved along (no other pass keeps a reference to it).
  if (current) {
    current.point = p;
    current.line = line;
    return current;
  }
  return { point: p, line };
}

/** True when `a` starts after all of `b` (a later year, or a later month of the same year). */
function isLater(a: CalPoint, b: CalPoint): boolean {
  if (a.y === null || b.y === null) return false;
  if (a.y !== b.y) return a.y > b.y;
  return a.m !== undefined && b.m !== undefined && a.m > b.m;
}

/** Words by which a narrative in the past reaches ahead of its own time. */
const AHEAD_IN_NARRATIVE = /\b(?:until|till|would|will|shall|scheduled|planned|expected)\b/i;

/** True when the sentence before `pos` reaches ahead ("lasted until", "would withdraw by"). */
function reachesAhead(text: string, pos: number): boolean {
  const lead = text.slice(Math.max(0, pos - 80), pos);
  const cut = Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('\n'), lead.lastIndexOf('; '));
  return AHEAD_IN_NARRATIVE.test(cut >= 0 ? lead.slice(cut + 1) : lead);
}

/** True when at most three words stand between the sentence start and `pos`. */
function opensSentence(text: string, pos: number): boolean {
  let words = 0;
  let inWord = false;
  for (let k = pos - 1; k >= 0 && k >= pos - 60; k--) {
    const c = text.charCodeAt(k);
    // . ! ? line break ; :
    if (c === 46 || c === 33 || c === 63 || c === 10 || c === 59 || c === 58) return true;
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (letter && !inWord && ++words > 3) return false;
    inWord = letter;
  }
  return pos < 60;
}

/**
 * "see inflation back at 2% by 2026", written in 2024: a target date after the document date
 * is a glance ahead, not where the story is (the next "at the start of the year" is 2024).
 */
function isDeadline(text: string, c: Candidate, dct: CalPoint): boolean {
  if (c.need || dct.y === null || text.charCodeAt(c.start - 3) !== 98) return false; // b
  const p = parsePoint(c.value);
  return p !== null && p.y !== null && p.y > dct.y && wordBefore(text, c.start) === 'by';
}

function toMention(text: string, c: Candidate, anchor: Anchor | undefined): DateMention {
  const m: DateMention = {
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    type: c.type,
    value: c.value,
    granularity: c.granularity,
  };
  if (c.mod) m.mod = c.mod;
  if (c.endValue) m.endValue = c.endValue;
  if (c.range) m.range = c.range;
  if (anchor) m.anchor = anchor;
  if (c.nonEvent) m.nonEvent = c.nonEvent;
  return m;
}

/** False when the word before `pos` cannot be "since" (a quick test before `wordBefore`). */
function mayFollowSince(text: string, pos: number): boolean {
  for (let k = pos - 1; k >= 0 && k >= pos - 4; k--) {
    const c = text.charCodeAt(k) | 32;
    if (c >= 97 && c <= 122) return c === 101; // e
  }
  return false;
}

/** Before a date alone on its line: a heading's marks; after it: punctuation. */
const ALONE_BEFORE = /^[ \t#*_>]{0,8}$/;
const ALONE_AFTER = /^[ \t*_.:–—-]{0,8}(?:\r?\n|$)/;

/**
 * A year or a month over a section ("1917", "March 1868"); not a day, nor the document's own
 * time: those stand alone as datelines ("July 9, 2023" under a headline).
 */
function headsSection(p: CalPoint, dct: CalPoint | null): boolean {
  if (p.d !== undefined) return false;
  return !dct || !refines(dct, p);
}

/** True when the date at [start, end) is all its line says: "1917", "## March 1868:". */
function standsAlone(text: string, start: number, end: number): boolean {
  // Only a few marks may stand before it: look no further back than they could reach.
  const from = Math.max(0, start - 9);
  const before = text.slice(from, start);
  const lineBreak = before.lastIndexOf('\n');
  if (lineBreak < 0 && from > 0) return false;
  return (
    ALONE_BEFORE.test(before.slice(lineBreak + 1)) && ALONE_AFTER.test(text.slice(end, end + 10))
  );
}

function nextLineBreak(text: string, from: number): number {
  const k = text.indexOf('\n', from);
  return k < 0 ? text.length : k;
}

/** Where the anchoring pass stopped: the narrative's date, and the line it has counted to. */
export interface AnchorState {
  narrative: Narrative | null;
  /** The last decade or century named since the narrative last moved. */
  wide: Wide | null;
  /** The last date written with its year (see `yearInSentence`). */
  written: Written | null;
  line: number;
  /** The next line break not yet counted (-1: not looked for yet). */
  nextBreak: number;
  /** A date has stood alone on its line (a heading "1917"): the text is set out under dates. */
  sectioned: boolean;
  /** The text has cited a work by its authors for sure ("(Stroeve et al., 2012)"). */
  cites: boolean;
}

export function newAnchorState(): AnchorState {
  return {
    narrative: null,
    wide: null,
    written: null,
    line: 0,
    nextBreak: -1,
    sectioned: false,
    cites: false,
  };
}

/**
 * True when `c` is the year of a work cited by its authors ("The wall fell in 1989 (Jones et
 * al., 2004). That summer"): when the work appeared, not where the story is. A lone name and year
 * ("(Paris, 1920)") counts once the text has cited for sure before it (`state.cites`, updated).
 */
function citesWork(text: string, c: Candidate, state: AnchorState): boolean {
  if (c.need || c.type !== 'DATE' || c.granularity !== 'year' || c.end - c.start !== 4)
    return false;
  const strength = readAuthorCitation(text, c.start, c.end);
  if (strength === 'strong') state.cites = true;
  return strength === 'strong' || (strength === 'weak' && state.cites);
}

/**
 * Completes and converts sorted, disjoint candidates; `dct` is the parsed document date. The
 * mentions are appended to `out`; `state` carries the narrative from the candidates before.
 */
export function resolveCandidates(
  text: string,
  cands: Candidate[],
  dct: CalPoint | null,
  state: AnchorState = newAnchorState(),
  out: DateMention[] = [],
): DateMention[] {
  let { narrative, line, nextBreak, wide, written, sectioned } = state;
  if (nextBreak < 0) nextBreak = nextLineBreak(text, 0);
  /** A time of day whose date comes next, with the anchor it has without that date. */
  let waiting: { time: Candidate; anchor: Anchor | undefined } | null = null;
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    // Count line breaks incrementally so the pass stays linear in the text length.
    for (; nextBreak < c.start; line++) nextBreak = nextLineBreak(text, nextBreak + 1);
    let anchor: Anchor | undefined;
    let cited = false;
    if (mayFollowSince(text, c.start) && wordBefore(text, c.start) === 'since') c.aside = true;
    if (dct && isDeadline(text, c, dct)) c.aside = true;
    const before = narrative && formatPoint(narrative.point);
    if (c.parts) {
      const [a, b] = c.parts;
      const first = complete(a, dct, narrative, line, text);
      anchor = complete(b, dct, narrative, line, text) ?? first;
      anchor = first ?? anchor;
      c.value = a.value;
      c.endValue = b.value;
      narrative = nextNarrative(a, a.value, narrative, line);
      narrative = nextNarrative(b, b.value, narrative, line);
    } else {
      const year = yearInSentence(text, written, c.start);
      anchor = complete(c, dct, narrative, line, text, wide, year, sectioned);
      cited = citesWork(text, c, state);
      if (cited) c.aside = true;
      // "At 5:34 AM Baghdad time on March 20, 2003": the time waits for its date, and moves
      // the narrative no further than that date does.
      if (waitsForDay(text, c, cands[k + 1])) {
        waiting = { time: c, anchor };
        continue;
      }
      narrative = nextNarrative(c, c.value, narrative, line, text);
    }
    if (!c.need && c.type === 'DATE' && !c.endValue && !cited) {
      const p = parsePoint(c.value);
      if (p && p.y !== null) written = { y: p.y, end: c.end };
      if (p && p.y !== null && headsSection(p, dct) && standsAlone(text, c.start, c.end))
        sectioned = true;
    }
    const moved = narrative !== null && formatPoint(narrative.point) !== before;
    wide = (c.parts ? null : wideOf(c)) ?? (moved ? null : wide);
    out.push(toMention(text, c, anchor));
    if (waiting) {
      const on = settleOnDay(waiting.time, c) ?? waiting.anchor;
      out.splice(out.length - 1, 0, toMention(text, waiting.time, on));
      waiting = null;
    }
  }
  state.narrative = narrative;
  state.wide = wide;
  state.written = written;
  state.line = line;
  state.nextBreak = nextBreak;
  state.sectioned = sectioned;
  return out;
}
