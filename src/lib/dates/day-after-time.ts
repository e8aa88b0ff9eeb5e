/**
 * A time of day written before its date: "At 5:34 AM Baghdad time on March 20, 2003", "at 3 p.m.
 * local time on 4 May 1970", "at 11:02 GMT on 12 June", "9:34 p.m., March 19 EST". The time is
 * on that date's day, not on the day the narrative was at before it.
 */
import type { Anchor } from '../types';
import type { Candidate } from './candidate';
import { parsePoint } from './timex';
import { DayNeed } from './times';

/**
 * What may stand between the time and its date: a zone ("Baghdad time", "local time", "New York
 * time", "GMT", "UTC+3", "EST", "(local time)") or "hours", then "on", "on the" or a comma.
 */
const TIME_TO_DAY = new RegExp(
  '^(?:[ \\u00a0]+\\(?(?:(?:local|[A-Z][a-z]+(?:[ \\u00a0][A-Z][a-z]+)?)[ \\u00a0]+[Tt]ime' +
    '|(?:GMT|UTC|Zulu|Z|[A-Z]{1,3}T)(?:[+\\-\\u2212]\\d{1,2}(?::?\\d{2})?)?)\\)?)?' +
    '(?:,?[ \\u00a0]+on(?:[ \\u00a0]+the)?[ \\u00a0]+|,[ \\u00a0]+)$',
);
/** The longest zone and joining words looked at. */
const MAX_GAP = 40;

/** True when `time` is a time of day that takes its day from `next`, the date written after it. */
export function waitsForDay(text: string, time: Candidate, next: Candidate | undefined): boolean {
  if (!next || time.type !== 'TIME' || !(time.need instanceof DayNeed)) return false;
  if (next.type !== 'DATE' || next.parts || next.start - time.end > MAX_GAP) return false;
  return TIME_TO_DAY.test(text.slice(time.end, next.start));
}

/**
 * Gives `time` the day of the date `day` resolved to; returns how it was anchored, or null when
 * that date is no single day ("at 5 p.m. on Tuesdays", "at noon in May").
 */
export function settleOnDay(time: Candidate, day: Candidate): Anchor | null {
  if (day.endValue || day.type !== 'DATE' || day.granularity !== 'day') return null;
  const point = parsePoint(day.value);
  const value = point && point.y !== null && (time.need as DayNeed).onNamedDay(point);
  if (!value) return null;
  time.value = value;
  return {
    value: day.value,
    source: 'narrative',
    reason: `day taken from the date written after it, ${day.value}`,
  };
}
