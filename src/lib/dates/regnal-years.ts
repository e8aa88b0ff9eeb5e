/**
 * Regnal years: "the third year of his reign", "the 5th year of Henry VIII", "the second year
 * of the reign of Elizabeth". They are dates only when the text states when the reign began
 * ("Henry VIII came to the throne in 1509", "Darius (r. 522–486 BC)"); otherwise they are not
 * read at all. The Nth year of a reign begun in Y runs from Y+N-1 into Y+N, so its value is
 * that span of two years (the day of accession is not looked for).
 */
import { theBefore, type Candidate, type Rule } from './candidate';
import { YEAR_RE, parseYear } from './absolute';
import { ORDINAL_RE, ORDINAL_STARTS, parseOrdinal } from './tokens';
import { formatYear, shiftPoint } from './timex';

const SP = '[ \\u00a0]+';
const TITLE = '(?:King|Queen|Emperor|Empress|Pharaoh|Tsar|Czar|Sultan|Shah|Caliph|Pope)';
/** A ruler's name: "Henry VIII", "King John", "Queen Victoria", "Ivan the Terrible". */
const NAME = `(?:${TITLE}${SP})?[A-Z][a-z]+(?:${SP}(?:[IVXL]+|the${SP}[A-Z][a-z]+))?`;

const REGNAL_YEAR = new RegExp(
  `\\b(${ORDINAL_RE})${SP}(?:regnal${SP})?year${SP}of${SP}` +
    `(?:(?:his|her|their)${SP}reign|the${SP}reign${SP}of${SP}(${NAME})` +
    `|(${NAME})['’]s${SP}reign|(${NAME}))` +
    `(?![\\w'’])`,
  'g',
);

/** A year in a statement of accession: YEAR_RE, or three bare digits ("in 871"). */
const START_YEAR = `(${YEAR_RE}|\\d{3}(?![\\w%]|[.,]\\d))`;
/** The end of a reign written with the era once: "(r. 522–486 BC)" began in 522 BC. */
const BC_END = '(?:[ \\u00a0]?[-–—][ \\u00a0]?\\d{1,4}[ \\u00a0]?(BCE?|B\\.C\\.)(?![A-Za-z]))?';
/** Up to three words between "in"/"on" and the year: "on 21 April 1509". */
const DAY_BEFORE_YEAR = `(?:in|on)${SP}(?:[\\w,]+${SP}){0,3}?`;
const RULER = '(?:king|queen|emperor|empress|pharaoh|tsar|czar|sultan|shah|caliph|pope)';
/** Words by which a text says when a reign began, before the year. */
const ACCESSION = [
  `\\b(?:came|acceded|ascended|succeeded|rose)${SP}to${SP}the${SP}throne${SP}${DAY_BEFORE_YEAR}`,
  `\\b(?:ascended|took|mounted)${SP}the${SP}throne${SP}${DAY_BEFORE_YEAR}`,
  `\\bwas${SP}crowned(?:${SP}[A-Za-z]+){0,4}${SP}${DAY_BEFORE_YEAR}`,
  `\\bbecame${SP}${RULER}(?:${SP}of(?:${SP}the)?(?:${SP}[A-Z][a-z]+){1,3})?${SP}${DAY_BEFORE_YEAR}`,
  `\\b(?:began|started)${SP}(?:his|her|their)${SP}reign${SP}${DAY_BEFORE_YEAR}`,
  `\\breign${SP}(?:began|started)${SP}${DAY_BEFORE_YEAR}`,
  `\\breigned${SP}from${SP}`,
  `\\((?:r\\.|reigned|reign)[ \\u00a0]?`,
];
/** A statement of accession: the year (group 1), and an era written after its end (group 2). */
const REIGN_STARTS = new RegExp(
  `(?:${ACCESSION.map((s) => `(?:${s})`).join('|')})${START_YEAR}${BC_END}`,
  'g',
);

/** A statement of when a reign began: where it is, the words before it, and the year. */
interface ReignStart {
  at: number;
  lead: string;
  year: number;
}

let startsText: string | null = null;
let startsFound: ReignStart[] = [];
/** The accession year found for each ruler's name in `startsText` (null: none stated). */
let startsByName = new Map<string, number | null>();

/** Every statement of accession in `text`, in text order (computed once per text). */
function reignStarts(text: string): ReignStart[] {
  if (text === startsText) return startsFound;
  startsFound = [];
  startsByName = new Map();
  for (const m of text.matchAll(REIGN_STARTS)) {
    const written = parseYear(m[1]);
    const year = m[2] !== undefined && written > 0 ? -written : written;
    if (year === 0) continue;
    // The sentence before the statement, where its ruler is named.
    const lead = text.slice(Math.max(0, m.index - 80), m.index);
    const cut = lead.search(/[.!?]\s+[^.!?]*$/);
    startsFound.push({ at: m.index, lead: cut >= 0 ? lead.slice(cut + 1) : lead, year });
  }
  startsText = text;
  return startsFound;
}

/** The year the named ruler's reign began, as the text states it first. */
function namedStartYear(starts: ReignStart[], name: string): number | null {
  const known = startsByName.get(name);
  if (known !== undefined) return known;
  const named = new RegExp(`(?:^|[^\\w])${name.replace(/[ \u00a0]+/g, '[ \\u00a0]+')}(?!\\w)`);
  const year = starts.find((s) => named.test(s.lead))?.year ?? null;
  startsByName.set(name, year);
  return year;
}

/** The year a reign began: the named ruler's, else the last stated before `pos`. */
function reignStartYear(text: string, pos: number, name: string | undefined): number | null {
  const starts = reignStarts(text);
  if (name !== undefined) return namedStartYear(starts, name);
  // The last statement before `pos`, by bisection (there may be many).
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid].at < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? starts[lo - 1].year : null;
}

function regnalYear(text: string, m: RegExpExecArray): Candidate | null {
  // Matched from the ordinal, so that the rule does not run at every "the".
  const the = theBefore(text, m.index);
  const n = parseOrdinal(m[1]);
  if (the < 0 || n < 1) return null;
  const name = m[2] ?? m[3] ?? m[4];
  const start = reignStartYear(text, m.index, name);
  if (start === null) return null;
  const first = shiftPoint({ y: start }, n - 1, 'Y').y as number;
  return {
    start: the,
    end: m.index + m[0].length,
    type: 'DATE',
    value: formatYear(first),
    endValue: formatYear(shiftPoint({ y: first }, 1, 'Y').y),
    granularity: 'year',
    priority: 1,
  };
}

/** The rule: a regnal year whose reign's start the text states. */
export const REGNAL_YEAR_RULE: Rule = {
  re: REGNAL_YEAR,
  starts: ['#1', '#2', ...ORDINAL_STARTS],
  after: { '#1': 'snrt', '#2': 'snrt' },
  map: (m, text) => regnalYear(text, m),
};
