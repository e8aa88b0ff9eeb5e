/**
 * The date engine: a TIMEX3 temporal tagger for English prose. Pure and isomorphic: no I/O, no
 * DOM, no clock; relative expressions resolve against `options.dct` or the narrative.
 */
import type { DateMention, FindDatesOptions } from '../types';
import { scanDates } from './scan';

/**
 * Finds the temporal expressions in `text`, sorted by start and non-overlapping, with
 * `text.slice(m.start, m.end) === m.text` and TIMEX3 values (`1954-03-31`, `195`, `P10Y`).
 */
export function findDates(text: string, options: FindDatesOptions = {}): DateMention[] {
  return scanDates(text, options);
}
