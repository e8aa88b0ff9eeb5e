/**
 * A day named by what it is in the year rather than by its number ("Christmas Day 800",
 * "the Ides of March, 44 BC"): its year if one is written after it, else the story's.
 */
import type { Candidate } from './candidate';
import { needYear, parseYear } from './absolute';
import { EraNeed, shortYearOfDate } from './short-years';
import { formatYear } from './timex';

/**
 * The candidate for such a day matched at `start..end`, whose name ends at `nameEnd`; `year` is
 * the year written after it, if any. Three bare digits are its year only where they read as one
 * ("Christmas Day 800", not "Christmas Day 200 guests"), their era from the story; else the day
 * stands alone and takes its year from the story.
 */
export function dayOfYearCandidate(
  text: string,
  start: number,
  end: number,
  nameEnd: number,
  [month, day]: readonly [number, number],
  year: string | undefined,
): Candidate {
  const c: Candidate = { start, end, type: 'DATE', value: '', granularity: 'day' };
  const short = year ? shortYearOfDate(text, year, end) : null;
  const rest = `-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (year && short !== false) {
    c.value = formatYear(parseYear(year)) + rest;
    if (short) c.need = new EraNeed(Number(year), rest);
  } else {
    c.end = nameEnd;
    c.need = needYear(month, day);
    c.value = c.need.fallback;
  }
  return c;
}
