/**
 * The internal shape every expression family produces before selection and anchoring.
 * A candidate either knows its value or says how to complete it from a reference point.
 */
import type { Granularity, NonEventReason, TimexMod, TimexType } from '../types';
import type { CalPoint } from './timex';

/** Where a candidate's missing parts come from. */
export type NeedKind =
  /** Deictic ("last year", "yesterday"): the document date first, else the narrative. */
  | 'deictic'
  /** Anaphoric ("two days later", "that year", "June 29"): the narrative first, else the dct. */
  | 'anaphoric'
  /** Year-less calendar dates ("June 29"): the narrative within the paragraph, else the dct. */
  | 'calendar';

/** What a resolved candidate gets from its reference point. */
export interface Completion {
  value: string;
  endValue?: string;
  range?: { start: string; end: string };
  granularity?: Granularity;
}

/** How to complete a candidate: `complete(ref)` with a reference point, `fallback` without one. */
export interface Need {
  kind: NeedKind;
  complete: (ref: CalPoint) => Completion | null;
  fallback: string;
  /** Only the document date may anchor it ("today" in a narrative means nowadays). */
  dctOnly?: boolean;
  /**
   * `fallback` is a whole value, which a reference only refines (a bare "476" is AD unless the
   * narrative is BC): without a reference it stands, and is not reported as unanchored.
   */
  settled?: boolean;
  /**
   * A decade or century named from the narrative ("the end of the decade"): the last decade or
   * century mentioned may be its reference ("the 1930s ... by the end of the decade").
   */
  wide?: 'decade' | 'century';
  /** Human explanation, completed with the anchor value: "year taken from". */
  reason: string;
}

/** A temporal expression found by one family, not yet selected or anchored. */
export interface Candidate {
  start: number;
  end: number;
  type: TimexType;
  value: string;
  granularity: Granularity;
  endValue?: string;
  mod?: TimexMod;
  range?: { start: string; end: string };
  nonEvent?: NonEventReason;
  need?: Need;
  /** Ranges built from two candidates keep them, to anchor each end. */
  parts?: [Candidate, Candidate];
  /** Not the time the narrative is at ("since 513 BC"): does not anchor later expressions. */
  aside?: boolean;
  /** Ties on span length go to the higher priority. */
  priority?: number;
  /** Index of the rule that found it: the last tie-break, so selection is deterministic. */
  rank?: number;
}

/** What the families may read besides the text: the parsed document date. */
export interface ScanContext {
  dct: CalPoint | null;
}

/**
 * One pattern of a family. The scanner runs `re` (compiled sticky) only at word starts whose
 * first letters are listed in `starts`, and keeps the same non-overlapping semantics a global
 * scan has: after a match, the rule is not tried again before the match's end.
 */
export interface Rule {
  /** The pattern; it must start with `\b` (or a lookbehind) and then one of `starts`. */
  re: RegExp;
  /**
   * What a match can start with: lower-case words (the whole run of letters at the start of the
   * match, "twenty" for "twenty-one", "a" for "A.D."), "#N" for a run of exactly N digits, or
   * "'" for a quote or apostrophe. A missing start loses matches; tests check the table.
   */
  starts: readonly string[];
  /**
   * For some starts, a cheap test before the pattern. After a digit start, the characters that
   * can come right after the digits ({'#2': 'snrt '} for "21st", "21 "); after a word start,
   * the characters the next word (after one or more spaces) can start with ({the: '0123456789'}
   * for "the 1950s").
   */
  after?: Readonly<Record<string, string>>;
  /**
   * For digit starts, a second cheap test when spaces follow the digits: the characters the
   * next word can start with ({'#2': 'JFMASONDo'} for "21 June", "21 of June").
   */
  afterSpaces?: Readonly<Record<string, string>>;
  /** Its candidates may start after the match ("from [1967 to 1974]"). */
  shiftsStart?: boolean;
  /** Characters that, right before the match, veto it ("$1949", "-1950"). */
  notAfter?: string;
  map: (m: RegExpExecArray, text: string, ctx: ScanContext) => Candidate | null;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The word just before `pos` (lower case, letters only), or ''. Looks back at most 24 chars. */
export function wordBefore(text: string, pos: number): string {
  const from = pos > 24 ? pos - 24 : 0;
  let k = pos - 1;
  // At most three characters that are neither letters nor line breaks between word and `pos`.
  for (let gap = 0; k >= from; k--, gap++) {
    const c = text.charCodeAt(k);
    if (isLetter(c)) break;
    if (c === 10 || gap === 3) return '';
  }
  if (k < from) return '';
  const end = k + 1;
  while (k > from && isLetter(text.charCodeAt(k - 1))) k--;
  return text.slice(k, end).toLowerCase();
}

/** The word just after `pos` (as written), or ''. Looks ahead at most 24 chars. */
export function wordAfter(text: string, pos: number): string {
  const to = Math.min(text.length, pos + 24);
  let k = pos;
  for (let gap = 0; k < to && gap < 3; k++, gap++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 0xa0) break;
  }
  const start = k;
  while (k < to && isLetter(text.charCodeAt(k))) k++;
  return k > start ? text.slice(start, k) : '';
}

/**
 * Where "the" or "The" right before `pos` (over spaces) starts, or -1. Rules that begin at a
 * word after "the" take it into their span this way, so they need not run at every "the".
 */
export function theBefore(text: string, pos: number): number {
  let k = pos - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0xa0)) k--;
  if (k === pos - 1 || k < 2) return -1;
  const at = k - 2;
  if ((text.charCodeAt(at) | 32) !== 116 || text.charCodeAt(at + 1) !== 104) return -1; // t h
  if (text.charCodeAt(at + 2) !== 101) return -1; // e
  if (at > 0 && isWordCode(text.charCodeAt(at - 1))) return -1;
  return at;
}

function isWordCode(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 95;
}
