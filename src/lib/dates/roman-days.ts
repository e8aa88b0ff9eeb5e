/**
 * Days of the Roman calendar that histories of Rome still write: "the Ides of March, 44 BC",
 * "the Kalends of January", "the Nones of October". The Kalends are the first of the month;
 * the Nones the 7th and the Ides the 15th in March, May, July and October, else the 5th and the
 * 13th. A year written after the day is its year; without one, the story's year.
 */
import type { Candidate, Rule } from './candidate';
import { dayOfYearCandidate } from './day-of-year';
import { YEAR_RE } from './absolute';
import { DATE_SHORT_YEAR_RE } from './short-years';
import { MONTH_RE, monthNumber } from './tokens';

const WS = '[ \\u00a0]+';
/** The months whose Nones and Ides fall late (the 7th and the 15th). */
const LATE_MONTHS = new Set([3, 5, 7, 10]);

const ROMAN_DAY = new RegExp(
  `\\b([Kk]alends|[Cc]alends|[Nn]ones|[Ii]des)${WS}of${WS}(${MONTH_RE})(?:,?${WS}(${YEAR_RE}|${DATE_SHORT_YEAR_RE}))?(?![\\w'’])`,
  'g',
);

/** The day of the month a Roman day names. */
export function romanDay(name: string, month: number): number {
  const day = name.toLowerCase();
  if (day === 'kalends' || day === 'calends') return 1;
  const late = LATE_MONTHS.has(month);
  return day === 'nones' ? (late ? 7 : 5) : late ? 15 : 13;
}

function roman(text: string, m: RegExpExecArray): Candidate | null {
  const month = monthNumber(m[2]);
  if (!month) return null;
  const nameEnd = m.index + m[0].indexOf(m[2], m[1].length) + m[2].length;
  const md = [month, romanDay(m[1], month)] as const;
  return dayOfYearCandidate(text, m.index, m.index + m[0].length, nameEnd, md, m[3]);
}

export const ROMAN_DAY_RULE: Rule = {
  re: ROMAN_DAY,
  starts: ['kalends', 'calends', 'nones', 'ides'],
  map: (m, text) => roman(text, m),
};
