/**
 * Years of three digits written bare: "Odoacer deposed the emperor in 476.", "from 871 to 899",
 * "c. 980". Prose is full of three-digit quantities ("in 300 cases", "rose from 150 to 300."),
 * so a bare three-digit number is a year only
 * - where a preposition of time comes right before it and nothing that could be counted comes
 *   right after it (a punctuation mark, the end of the text, or a word such as "the", "when"),
 * - and in a text that writes of such early times elsewhere too: a year with an era ("AD 410",
 *   "753 BC"), a century up to the tenth, or "the year 632" (which alone is enough).
 * Whether it is BC or AD comes from the narrative: the nearer of the two to the last date
 * mentioned (after "264 BC", "in 218," is 218 BC); with no date before it, AD.
 */
import { wordBefore, type Candidate, type Completion, type Need, type Rule } from './candidate';
import { formatYear, type CalPoint } from './timex';

/** Words right before a three-digit number that make it a year, given the rest. */
const BEFORE = new Set('in since until till during before after circa c ca year from'.split(' '));

/** Words right after a bare three-digit year: words that cannot be what a number counts. */
const AFTER = new Set(
  (
    'the when and he she they it his her their its a an on at with under as after before ' +
    'while where this that there until which who whose then by in for against near'
  ).split(' '),
);

/**
 * Counts and quantifiers: after a number, one of these begins what is counted, so the number
 * counts nothing ("between 455 and 476 nine emperors ruled", "in 476 several tribes"); a
 * number followed by another count is not English ("300 nine soldiers").
 */
const COUNT_WORDS = new Set(
  (
    'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen ' +
    'sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety ' +
    'hundred hundreds thousand thousands dozen dozens several many numerous few'
  ).split(' '),
);

/** What follows a count in a phrase of time or frequency ("nine times", "two years later"). */
const ADVERBIAL_COUNTED =
  /^(?:times?|fold|(?:second|minute|hour|day|week|month|year|decade|centur(?:y|ie))s?)$/i;

/** Words before "in" that make "in 100" a ratio ("one in 100"). */
const RATIO = /(?:\d|\bone|\bin)[ \u00a0]+in[ \u00a0]+$/i;

/** Evidence that a text writes of the first millennium (or before). */
const EARLY_TIMES = new RegExp(
  [
    '\\b\\d{1,3}[ \\u00a0]?(?:BCE|BC|B\\.C\\.|AD|A\\.D\\.|CE|C\\.E\\.)(?![A-Za-z])',
    '\\b(?:AD|A\\.D\\.)[ \\u00a0]?\\d{1,3}\\b',
    '\\b(?:[1-9]|10)(?:st|nd|rd|th)[ \\u00a0-]+centur',
    '\\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)[ \\u00a0-]+centur',
    '\\b[Tt]he[ \\u00a0]+year[ \\u00a0]+\\d{3}\\b',
    '\\b(?:first|1st)[ \\u00a0-]+millenn?ium',
    'millenn?ium[ \\u00a0]+(?:BCE?|B\\.C\\.)',
  ].join('|'),
);

let earlyText: string | null = null;
let earlyFound = false;
/** True when `text` shows it writes of early times (cached for the text being scanned). */
function writesOfEarlyTimes(text: string): boolean {
  if (text !== earlyText) {
    earlyText = text;
    earlyFound = EARLY_TIMES.test(text);
  }
  return earlyFound;
}

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** What the number at `start` has right before it: a preposition of time, as the rule needs. */
function yearBefore(text: string, start: number): string | null {
  const before = wordBefore(text, start);
  if (!BEFORE.has(before)) return null;
  const gap = text.slice(Math.max(0, start - before.length - 3), start);
  // The word, then one space ("in 476"), or its abbreviation's full stop ("c. 980").
  const spaced = new RegExp(`${before}(?:\\.?[ \\u00a0])$`, 'i').test(gap);
  if (!spaced) return null;
  if (before === 'in' && RATIO.test(text.slice(Math.max(0, start - 12), start))) return null;
  return before;
}

/** Lower-case words ending in "s" that are not plural nouns. */
const NOT_PLURAL = new Set('was is has as its this his thus us'.split(' '));

/** The run of letters at `from`, and where it ends. */
function wordAt(text: string, from: number): [string, number] {
  let k = from;
  while (k < text.length && isLetterCode(text.charCodeAt(k))) k++;
  return [text.slice(from, k), k];
}

/**
 * True when nothing countable follows the number ending at `end`: a punctuation mark, a word
 * such as "the" or "when", a count of its own ("nine emperors"), or a name that is not an
 * adjective of a plural ("in 476 Odoacer deposed", not "in 300 Roman soldiers").
 */
export function nothingCountedAfter(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const c = text[end];
  if (c === ',' || c === '.' || c === ';' || c === ':') return !/\d/.test(text[end + 1] ?? '');
  if (c === ')' || c === '!' || c === '?' || c === '\n') return true;
  if (c !== ' ' && c !== '\u00a0') return false;
  const [word, wordEnd] = wordAt(text, end + 1);
  if (AFTER.has(word)) return true;
  // "nine emperors", not "two-man" (a compound that may describe what is counted), nor "nine
  // times", "three years later" (the number counted something, then a phrase of time follows).
  if (COUNT_WORDS.has(word) && text[wordEnd] !== '-')
    return !ADVERBIAL_COUNTED.test(wordAt(text, wordEnd + 1)[0]);
  if (!/^[A-Z][a-z]/.test(word)) return false;
  if (text[wordEnd] !== ' ') return true;
  const [next] = wordAt(text, wordEnd + 1);
  return !(/^[a-z]+s$/.test(next) && !NOT_PLURAL.has(next));
}

/** List marks a line of a chronology may open with, before its year. */
const LINE_HEAD_BEFORE = /\n[ \t]*(?:[-*•·][ \t]+)?$/;
/** What follows the year that heads a line of a chronology: a colon or a dash, then its text. */
const LINE_HEAD_AFTER = /^(?::|[ \t]*[–—-])[ \t]/;

/** True when the number heads its line as a chronology's year does: "- 476: The last emperor". */
function headsChronologyLine(text: string, start: number, end: number): boolean {
  return (
    // The text's start counts as a line's start.
    LINE_HEAD_BEFORE.test((start < 12 ? '\n' : '') + text.slice(Math.max(0, start - 12), start)) &&
    LINE_HEAD_AFTER.test(text.slice(end, end + 4))
  );
}

/** True when a bare three-digit number at `start..end` of `text` is a year. */
export function isShortYear(text: string, start: number, end: number): boolean {
  if (headsChronologyLine(text, start, end)) return writesOfEarlyTimes(text);
  const before = yearBefore(text, start);
  if (!before || !nothingCountedAfter(text, end)) return false;
  return before === 'year' || writesOfEarlyTimes(text);
}

/** A text that writes of early times, for the ranges ("from 871 to 899"). */
export function allowsShortYears(text: string): boolean {
  return writesOfEarlyTimes(text);
}

/**
 * Takes BC or AD from the reference, the one nearer to it, for a year written without an era;
 * `rest` is the month and day after the year in the value ("-12-25").
 */
export class EraNeed implements Need {
  kind = 'anaphoric' as const;
  reason = 'era taken from';
  fallback: string;
  settled = true;
  year: number;
  rest: string;
  constructor(year: number, rest = '') {
    this.year = year;
    this.rest = rest;
    this.fallback = formatYear(year) + rest;
  }
  complete(ref: CalPoint): Completion | null {
    if (ref.y === null) return null;
    const bc = Math.abs(-this.year - ref.y) < Math.abs(this.year - ref.y);
    return { value: formatYear(bc ? -this.year : this.year) + this.rest };
  }
}

/** A year of three bare digits after a month or a day, as YEAR_RE's alternative. */
export const DATE_SHORT_YEAR_RE = '\\d{3}(?![\\w%‰]|[.,:]\\d|[-–/]\\d)';

/**
 * For a date whose year is `year` (as written) and which ends at `end`: null when the year is
 * not three bare digits; else whether it may be read as one ("25 December 800", in a text that
 * writes of early times, with nothing counted after it: not "in May 300 soldiers").
 */
export function shortYearOfDate(text: string, year: string, end: number): boolean | null {
  if (year.length !== 3 || !/^\d{3}$/.test(year)) return null;
  return Number(year) >= 100 && allowsShortYears(text) && nothingCountedAfter(text, end);
}

const SHORT_YEAR = /\b(\d{3})(?![\w%‰]|[.,:]\d|[-–/]\d)/g;

/** The rule: a bare three-digit year, its era from the narrative. */
export const SHORT_YEAR_RULE: Rule = {
  re: SHORT_YEAR,
  starts: ['#3'],
  notAfter: '$€£¥#@.,/-',
  map: (m, text): Candidate | null => {
    const start = m.index;
    const end = start + m[0].length;
    const year = Number(m[1]);
    if (year < 100 || !isShortYear(text, start, end)) return null;
    return {
      start,
      end,
      type: 'DATE',
      value: formatYear(year),
      granularity: 'year',
      need: new EraNeed(year),
    };
  },
};
