/**
 * Seasons ("the summer of 1943", "winter", "next spring"), quarters ("the first quarter of
 * 1998", "Q1 1998") and fixed-date holidays ("Christmas 2007"). TIMEX3: `1943-SU`, `1998-Q1`.
 */
import { wordAfter, wordBefore, type Candidate, type Need, type Rule } from './candidate';
import { YEAR_RE, parseYear } from './absolute';
import { CenturyNeed } from './clipped-years';
import { DATE_SHORT_YEAR_RE } from './short-years';
import { formatYear, shiftPoint, type CalPoint } from './timex';
import { seasonCode } from './tokens';
import { dayOfYearCandidate } from './day-of-year';

const WS = '[ \\u00a0]+';
const SEASON = new RegExp(
  `\\b(?:((?:[Tt]he|[Tt]hat|[Tt]his|[Ll]ast|[Nn]ext|[Tt]he${WS}following|[Tt]he${WS}previous)${WS}))?((?:[Ee]arly|[Ll]ate|[Mm]id)[- \\u00a0]?)?([Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)(?:(?:${WS}of)?${WS}(${YEAR_RE}|['’]\\d{2}(?![\\w'’]))([-–/]\\d{2}(?:\\d{2})?(?![\\w/-]))?|${WS}of${WS}(next|last|this|the${WS}following|the${WS}previous)${WS}year)?(?![\\w'’-])`,
  'g',
);
const QUARTER = new RegExp(
  `\\b(?:(?:[Tt]he${WS})?(first|second|third|fourth|last)${WS}quarter${WS}of${WS}|Q([1-4])${WS}?)(${YEAR_RE})`,
  'g',
);
/**
 * A quarter or half without a year ("the third quarter", "third-quarter profit", "the first
 * half"): news writes them for the year at hand. Not before "of" ("the first half of the war").
 */
const PART_OF_YEAR = new RegExp(
  `\\b(?:([Tt]he|[Tt]his|[Ll]ast|[Nn]ext)${WS})?(first|second|third|fourth|First|Second|Third|Fourth)[- \\u00a0](quarter|half)(?![\\w-]|${WS}of\\b|${WS}(?:mile|century|decade|hour|inning|game|match|season)s?\\b)`,
  'g',
);
const HOLIDAY = new RegExp(
  `\\b(Christmas(?:${WS}Day|${WS}Eve)?|New${WS}Year['’]s(?:${WS}Day|${WS}Eve)|Independence${WS}Day|Halloween|Valentine['’]s${WS}Day|Michaelmas|Martinmas|Candlemas|Lammas|Lady${WS}Day|Midsummer${WS}Day|All${WS}Saints['’]?${WS}Day)(?:,?${WS}(${YEAR_RE}|${DATE_SHORT_YEAR_RE}))?(?!\\w)`,
  'g',
);

function shifted(n: number, suffix: string, kind: Need['kind']): Need {
  return {
    kind,
    complete: (ref) => ({ value: formatYear(shiftPoint({ y: ref.y }, n, 'Y').y) + suffix }),
    fallback: `XXXX${suffix}`,
    reason: 'year taken from',
  };
}

function season(text: string, m: RegExpExecArray): Candidate | null {
  const [whole, det, edge, word, year, nextYear, relYear] = m;
  // "the winter of 1941–42" is the winter that starts in 1941; any other second year is not.
  if (year && nextYear) {
    const first = parseYear(year);
    const second = Number(nextYear.slice(1));
    if (first < 0 || second !== (nextYear.length === 3 ? (first + 1) % 100 : first + 1))
      return null;
  }
  const code = `-${seasonCode(word)}`;
  // "the spring of next year" is next year's spring: the year word decides, not "the".
  const lowerDet = (relYear ?? det)?.trim().toLowerCase().replace(/\s+/g, ' ');
  // "the fall of Rome", "fall back": "fall" is a season only with a year or a clear determiner.
  if (/^[Ff]all$/.test(word) && !year) {
    const next = wordAfter(text, m.index + whole.length).toLowerCase();
    if (
      next === 'of' ||
      !(det || edge || /^(in|by|until|since|during)$/.test(wordBefore(text, m.index)))
    )
      return null;
  }
  const c: Candidate = {
    start: m.index,
    end: m.index + whole.length,
    type: 'DATE',
    value: '',
    granularity: 'season',
    mod: edge ? (/^[Ee]/.test(edge) ? 'START' : /^[Ll]/.test(edge) ? 'END' : 'MID') : undefined,
  };
  // "the summer of '69": the century from the story.
  if (year && /^['’]/.test(year)) c.need = new CenturyNeed(Number(year.slice(1)), code);
  else if (year) c.value = formatYear(parseYear(year)) + code;
  else if (lowerDet === 'last' || lowerDet === 'the previous')
    c.need = shifted(-1, code, 'deictic');
  else if (lowerDet === 'next' || lowerDet === 'the following')
    c.need = shifted(1, code, 'deictic');
  else if (lowerDet === 'this') c.need = shifted(0, code, 'deictic');
  else c.need = shifted(0, code, 'calendar');
  if (c.need && (lowerDet === 'the previous' || lowerDet === 'the following'))
    c.need.kind = 'anaphoric';
  if (c.need) c.value = c.need.fallback;
  return c;
}

/** Halves of a year as business writes them: "H1 2021", "H2 2019". */
const HALF = new RegExp(`\\bH([12])${WS}?(${YEAR_RE})`, 'g');

function half(m: RegExpExecArray): Candidate {
  return {
    start: m.index,
    end: m.index + m[0].length,
    type: 'DATE',
    value: `${formatYear(parseYear(m[2]))}-H${m[1]}`,
    granularity: 'half',
  };
}

function quarter(m: RegExpExecArray): Candidate {
  const words = ['first', 'second', 'third', 'fourth'];
  const q = m[2] ? Number(m[2]) : m[1] === 'last' ? 4 : words.indexOf(m[1].toLowerCase()) + 1;
  return {
    start: m.index,
    end: m.index + m[0].length,
    type: 'DATE',
    value: `${formatYear(parseYear(m[3]))}-Q${q}`,
    granularity: 'quarter',
  };
}

/**
 * Quarters counted from the reference: "last quarter", "this quarter", "next quarter" (from the
 * document date), "the following quarter", "the same quarter" (from the narrative). Not "the last
 * quarter" (of a game, or of the year: the QUARTER rule takes "the last quarter of 1998"), and
 * not a quarter of something ("next quarter mile").
 */
const RELATIVE_QUARTER = new RegExp(
  `(?<![Tt]he${WS})\\b(?:([Ll]ast|[Tt]his|[Nn]ext|[Cc]oming)|[Tt]he${WS}(previous|preceding|prior|following|next|same))${WS}quarter(?![\\w-]|${WS}(?:of|mile|century|decade|hour|inning|game|match|season|final)s?\\b)`,
  'g',
);

const QUARTER_STEPS: Record<string, number> = {
  last: -1,
  this: 0,
  next: 1,
  coming: 1,
  previous: -1,
  preceding: -1,
  prior: -1,
  following: 1,
  same: 0,
};

/** A quarter `n` quarters from the reference's own (which needs its month). */
class QuarterNeed implements Need {
  kind: Need['kind'];
  n: number;
  fallback = 'XXXX-QX';
  reason: string;
  constructor(n: number, kind: Need['kind']) {
    this.n = n;
    this.kind = kind;
    this.reason =
      n === 0 ? 'the quarter of' : `${Math.abs(n)} quarter ${n < 0 ? 'before' : 'after'}`;
  }
  complete(ref: CalPoint) {
    if (ref.y === null || ref.m === undefined) return null;
    const index = ref.y * 4 + Math.floor((ref.m - 1) / 3) + this.n;
    const y = Math.floor(index / 4);
    if (y < 1 !== ref.y < 1) return null;
    return { value: `${formatYear(y)}-Q${index - y * 4 + 1}` };
  }
}

/** A quarter or half that its need completes (its value until then: the need's fallback). */
function partNeeding(m: RegExpExecArray, need: Need, granularity: 'quarter' | 'half'): Candidate {
  return {
    start: m.index,
    end: m.index + m[0].length,
    type: 'DATE',
    value: need.fallback,
    granularity,
    need,
  };
}

function relativeQuarter(m: RegExpExecArray): Candidate {
  const word = (m[1] ?? m[2]).toLowerCase();
  const need = new QuarterNeed(QUARTER_STEPS[word], m[1] ? 'deictic' : 'anaphoric');
  return partNeeding(m, need, 'quarter');
}

const ORDINAL_PARTS = ['first', 'second', 'third', 'fourth'];

function partOfYear(m: RegExpExecArray): Candidate | null {
  const det = m[1]?.toLowerCase();
  const n = ORDINAL_PARTS.indexOf(m[2].toLowerCase()) + 1;
  const half = m[3] === 'half';
  if (half && n > 2) return null;
  const code = half ? `-H${n}` : `-Q${n}`;
  const need =
    det === 'last'
      ? shifted(-1, code, 'deictic')
      : det === 'next'
        ? shifted(1, code, 'deictic')
        : shifted(0, code, det === 'this' ? 'deictic' : 'calendar');
  return partNeeding(m, need, half ? 'half' : 'quarter');
}

const HOLIDAY_DATES: Record<string, [number, number]> = {
  christmas: [12, 25],
  'christmas day': [12, 25],
  'christmas eve': [12, 24],
  "new year's day": [1, 1],
  "new year's eve": [12, 31],
  'independence day': [7, 4],
  halloween: [10, 31],
  "valentine's day": [2, 14],
  // Feasts that dated rents, terms and charters in England ("at Michaelmas 1215").
  michaelmas: [9, 29],
  martinmas: [11, 11],
  candlemas: [2, 2],
  lammas: [8, 1],
  'lady day': [3, 25],
  'midsummer day': [6, 24],
  "all saints' day": [11, 1],
  'all saints day': [11, 1],
};

function holiday(text: string, m: RegExpExecArray): Candidate | null {
  const key = m[1].toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ');
  const md = HOLIDAY_DATES[key];
  if (!md) return null;
  const end = m.index + m[0].length;
  return dayOfYearCandidate(text, m.index, end, m.index + m[1].length, md, m[2]);
}

const SEASON_WORDS = ['spring', 'summer', 'autumn', 'fall', 'winter'];
/** Determiners, edges and seasons, and edges glued to seasons ("midsummer"). */
const SEASON_STARTS = [
  ...['the', 'that', 'this', 'last', 'next', 'early', 'late', 'mid'],
  ...SEASON_WORDS,
  ...['early', 'late', 'mid'].flatMap((edge) => SEASON_WORDS.map((s) => edge + s)),
];

/** Seasons, quarters and fixed holidays. */
export const SEASON_RULES: Rule[] = [
  {
    re: SEASON,
    starts: SEASON_STARTS,
    after: { the: 'fFpeElLmMsSaAwW' },
    notAfter: '-',
    map: (m, text) => season(text, m),
  },
  {
    re: QUARTER,
    starts: ['the', 'first', 'second', 'third', 'fourth', 'last', 'q'],
    after: { the: 'fstl' },
    map: quarter,
  },
  { re: HALF, starts: ['h'], map: half },
  {
    re: PART_OF_YEAR,
    starts: ['the', 'this', 'last', 'next', 'first', 'second', 'third', 'fourth'],
    after: { the: 'fstFST', this: 'fstFST', last: 'fstFST', next: 'fstFST' },
    notAfter: '-',
    map: partOfYear,
  },
  {
    re: RELATIVE_QUARTER,
    starts: ['last', 'this', 'next', 'coming', 'the'],
    after: { last: 'q', this: 'q', next: 'q', coming: 'q', the: 'pfns' },
    notAfter: '-',
    map: relativeQuarter,
  },
  {
    re: HOLIDAY,
    starts: [
      ...['christmas', 'new', 'independence', 'halloween', 'valentine', 'michaelmas'],
      ...['martinmas', 'candlemas', 'lammas', 'lady', 'midsummer', 'all'],
    ],
    after: { lady: 'D', midsummer: 'D', all: 'S' },
    map: (m, text) => holiday(text, m),
  },
];
