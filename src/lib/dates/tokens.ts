/**
 * Word lists and regular-expression fragments shared by the expression families.
 * Fragments are plain alternations with no nested quantifiers, so every pattern built from
 * them runs in linear time.
 */

const MONTH_NAMES: ReadonlyArray<readonly [string, number]> = [
  ['january', 1],
  ['jan', 1],
  ['february', 2],
  ['feb', 2],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['may', 5],
  ['june', 6],
  ['jun', 6],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sept', 9],
  ['sep', 9],
  ['october', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12],
];

const MONTHS = new Map(MONTH_NAMES);

/** Month words as prose writes them ("June", "Sept.", "JUNE"): looked up before folding case. */
const MONTHS_AS_WRITTEN = new Map(
  MONTH_NAMES.flatMap(([name, n]) => {
    const forms = [name, name[0].toUpperCase() + name.slice(1), name.toUpperCase()];
    return forms.flatMap((f) => [[f, n] as const, [`${f}.`, n] as const]);
  }),
);

/** Month names and abbreviations (abbreviations may take a dot), longest first. */
export const MONTH_RE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)';

/** Returns the month number (1-12) of a month name or abbreviation, or 0. */
export function monthNumber(word: string): number {
  return MONTHS_AS_WRITTEN.get(word) ?? MONTHS.get(word.toLowerCase().replace(/\.$/, '')) ?? 0;
}

const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  a: 1,
  an: 1,
  one_: 1,
  half: 0.5,
  couple: 2,
  dozen: 12,
};

/** Words that count something vaguely: "a few days" has value PXD. */
const VAGUE = new Set([
  'few',
  'a few',
  'several',
  'many',
  'some',
  'numerous',
  'the',
  'a couple of',
]);

/** Number words and digits that count units ("three", "twenty-one", "10", "a few"). */
export const COUNT_RE =
  '(?:\\d{1,3}(?:\\.\\d)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|' +
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|' +
  'sixteen|seventeen|eighteen|nineteen|hundred|a few|a couple of|few|several|many|some|half a|a|an)';

/** What a count of COUNT_RE can start with (see `Rule.starts`): up to three digits, words. */
export const COUNT_STARTS = [
  '#1',
  '#2',
  '#3',
  ...(
    'twenty thirty forty fifty sixty seventy eighty ninety zero one two three four five six ' +
    'seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen ' +
    'nineteen hundred a few several many some half an'
  ).split(' '),
];

/** What follows the digits of a count: a decimal, a hyphen or a space. */
export const COUNT_AFTER = { '#1': '.- \u00a0', '#2': '.- \u00a0', '#3': '.- \u00a0' };

/** What a unit word after a count and a space starts with ("3 years", "10 Days"). */
const UNIT_INITIALS = 'yYmMwWdDcChHsSnNqQ';
export const COUNT_AFTER_SPACES = { '#1': UNIT_INITIALS, '#2': UNIT_INITIALS, '#3': UNIT_INITIALS };

/** Parses a count matched by COUNT_RE: a number, or 'X' for vague counts ("several"). */
export function parseCount(word: string): number | 'X' {
  const first = word.charCodeAt(0);
  if (first >= 48 && first <= 57) return Number(word.trim());
  const w = word.toLowerCase().trim();
  if (/^\d/.test(w)) return Number(w);
  if (VAGUE.has(w)) return 'X';
  if (w === 'half a') return 0.5;
  const parts = w.split(/[- ]/);
  let total = 0;
  for (const p of parts) {
    const n = SMALL[p];
    if (n === undefined) return 'X';
    total += n;
  }
  return total;
}

/** Calendar units and their TIMEX3 duration letters. */
export const UNIT_RE =
  '(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies)|hours?|minutes?|seconds?|nights?|quarters?)';

/** TIMEX3 letter of a unit word ("weeks" -> W), with a flag for time units (PT...). */
export function unitLetter(word: string): { letter: string; time: boolean; scale: number } {
  const w = word.toLowerCase();
  if (w.startsWith('year')) return { letter: 'Y', time: false, scale: 1 };
  if (w.startsWith('month')) return { letter: 'M', time: false, scale: 1 };
  if (w.startsWith('week')) return { letter: 'W', time: false, scale: 1 };
  if (w.startsWith('day') || w.startsWith('night')) return { letter: 'D', time: false, scale: 1 };
  if (w.startsWith('decade')) return { letter: 'DE', time: false, scale: 1 };
  if (w.startsWith('centur')) return { letter: 'CE', time: false, scale: 1 };
  if (w.startsWith('quarter')) return { letter: 'Q', time: false, scale: 1 };
  if (w.startsWith('hour')) return { letter: 'H', time: true, scale: 1 };
  if (w.startsWith('minute')) return { letter: 'M', time: true, scale: 1 };
  return { letter: 'S', time: true, scale: 1 };
}

/** Seasons and their TIMEX3 codes. */
export function seasonCode(word: string): string {
  const w = word.toLowerCase();
  if (w === 'spring') return 'SP';
  if (w === 'summer') return 'SU';
  if (w === 'winter') return 'WI';
  return 'FA';
}

const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  'twenty-first': 21,
};

/** Ordinals as digits with suffix ("21st") or words ("nineteenth"). */
export const ORDINAL_RE =
  '(?:\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|' +
  'eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|' +
  'twentieth|twenty-first)';

/** Words an ordinal of ORDINAL_RE can start with, besides digits (for `Rule.starts`). */
export const ORDINAL_STARTS = (
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth ' +
  'thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty'
).split(' ');

/** Parses an ordinal matched by ORDINAL_RE, or 0. */
export function parseOrdinal(word: string): number {
  const w = word.toLowerCase();
  const digits = /^(\d+)/.exec(w);
  if (digits) return Number(digits[1]);
  return ORDINALS[w] ?? 0;
}
