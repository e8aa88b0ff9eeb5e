/**
 * The pipeline of the date engine: every family proposes candidates, the longest win, modifiers
 * widen them, neighbours join into ranges, titles are marked, and the narrative anchors the rest.
 */
import type { DateMention, FindDatesOptions } from '../types';
import type { Candidate } from './candidate';
import { findAbsolute } from './absolute';
import { findDecades } from './decades';
import { findDurations } from './durations';
import { applyModifiers } from './modifiers';
import { findRanges, joinRanges } from './ranges';
import { findRelative } from './relative';
import { resolveCandidates } from './resolve';
import { findSeasons } from './seasons';
import { findTimes } from './times';
import { markTitles } from './titles';
import { parseDct } from './timex';

/** Keeps the longest candidate at each place (ties: higher priority), dropping overlaps. */
export function selectCandidates(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort(
    (a, b) => a.start - b.start || b.end - a.end || (b.priority ?? 0) - (a.priority ?? 0),
  );
  const out: Candidate[] = [];
  let lastEnd = -1;
  for (const c of sorted) {
    if (c.start >= lastEnd) {
      out.push(c);
      lastEnd = c.end;
      continue;
    }
    // A later candidate that overlaps but reaches much further replaces a short one
    // ("5 June 1940" over a stray "Article 5").
    const prev = out[out.length - 1];
    if (
      prev &&
      c.end > prev.end &&
      c.end - c.start > 2 * (prev.end - prev.start) &&
      c.start > prev.start
    ) {
      out[out.length - 1] = c;
      lastEnd = c.end;
    }
  }
  return out;
}

/** Finds every temporal expression in `text`; see `findDates` in index.ts for the contract. */
export function scanDates(text: string, options: FindDatesOptions = {}): DateMention[] {
  const dct = parseDct(options.dct);
  const cands: Candidate[] = [];
  findAbsolute(text, cands);
  findRanges(text, cands);
  findDecades(text, cands, dct?.y ?? null);
  findSeasons(text, cands);
  findRelative(text, cands);
  findDurations(text, cands, dct);
  findTimes(text, cands);
  const selected = selectCandidates(cands);
  applyModifiers(text, selected);
  const joined = joinRanges(text, selected);
  markTitles(text, joined);
  return resolveCandidates(text, joined, dct);
}
