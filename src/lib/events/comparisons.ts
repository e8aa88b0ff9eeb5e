/**
 * Dates a statement measures against rather than tells of: "the best quarter since 2019", "the
 * highest level since March", "for the first time since 1990". Nothing happened at them that the
 * sentence says; they are its point of comparison.
 */

/** A superlative (or "first", "only") in the words before "since", within the same clause. */
const MEASURED =
  /\b(?:best|worst|highest|lowest|largest|smallest|biggest|strongest|weakest|fastest|slowest|greatest|deepest|hottest|coldest|warmest|wettest|driest|busiest|quietest|most|least|fewest|first|only)\b[^.;:!?()]{0,60}\bsince\s+(?:the\s+)?$/i;
/** How far back the superlative may be looked for. */
const REACH = 90;

/** True when the date at `start` in `text` is what a superlative is measured since. */
export function isComparisonPoint(text: string, start: number): boolean {
  return MEASURED.test(text.slice(Math.max(0, start - REACH), start));
}
