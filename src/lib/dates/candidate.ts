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
}

/** Runs a global regex over text and maps each match to candidates (the mapper may drop it). */
export function scanAll(
  re: RegExp,
  text: string,
  map: (m: RegExpExecArray) => Candidate | null,
  out: Candidate[],
  notAfter = '',
): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex += 1;
      continue;
    }
    // Patterns start with \b, which V8 skips through quickly; the characters a lookbehind would
    // exclude as well ("-", "$", ".") are checked here, only where something matched.
    if (notAfter && m.index > 0 && notAfter.includes(text[m.index - 1])) continue;
    const c = map(m);
    if (c) out.push(c);
  }
}

/** The word just before `pos` (lower case, letters only), or ''. Looks back at most 24 chars. */
export function wordBefore(text: string, pos: number): string {
  const from = Math.max(0, pos - 24);
  const m = /([A-Za-z]+)[^A-Za-z\n]{0,3}$/.exec(text.slice(from, pos));
  return m ? m[1].toLowerCase() : '';
}

/** The word just after `pos` (as written), or ''. Looks ahead at most 24 chars. */
export function wordAfter(text: string, pos: number): string {
  const m = /^[ \t\u00a0]{0,3}([A-Za-z]+)/.exec(text.slice(pos, pos + 24));
  return m ? m[1] : '';
}
