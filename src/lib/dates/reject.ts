/**
 * Decides whether a bare number is a year. Prose uses four-digit numbers in the year range
 * mostly as years, so the rule rejects on evidence of a quantity, a label or a code.
 */
import { wordAfter, wordBefore } from './candidate';

/** Words that make the following number a label, not a year ("Article 51", "page 1954"). */
const LABEL_BEFORE = new Set(
  (
    'page pages p pp article articles art no nos number num version v ver chapter chap ' +
    'section sec route highway flight room vol volume paragraph para resolution item code tel ' +
    'phone fax ext line rule bus platform gate unit model cable campaign force operation ' +
    'psalm verse figure fig table exhibit appendix box suite apt apartment street st avenue ' +
    'ave road rd zip id isbn issn doi patent ticket score hill ' +
    'height altitude elevation total totaling totalling ms mss manuscript codex folio station'
  ).split(' '),
);

/** Abbreviations, as written, that make the number after their full stop a label. */
const LABEL_ABBREVIATIONS = new Set(
  (
    'No Nos Nr no nos nr p pp P Pp Vol vol Fig fig Ch ch Chap chap Sec sec Para para Tel tel ' +
    'Ext ext Apt apt Ref ref Art MS MSS'
  ).split(' '),
);

/** A street name after a number: "1918 Elm Street", "1500 Main St.". */
const STREET_AFTER =
  /^[ \u00a0]+(?:[A-Z][a-z]+[ \u00a0]+){1,2}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Boulevard|Blvd|Drive|Place|Court|Terrace)\b/;

/** Words after a number that show a quantity ("1949 people", "1950 km"). */
const QUANTITY_AFTER = new Set(
  (
    'km kilometres kilometers kilometre kilometer mi miles mile m metres meters ft feet kg ' +
    'kilograms tons tonnes t lb lbs pounds dollars euros usd eur yen rubles roubles people ' +
    'men women children persons troops soldiers dead killed wounded casualties deaths votes ' +
    'ships tanks aircraft planes guns units cases times hours minutes seconds years days ' +
    'weeks months pages words copies mm cm ha hectares acres sq square cubic percent per x hp ' +
    'mph kph gb mb kb px pts points calories degrees million billion thousand hundred members ' +
    'delegates refugees prisoners civilians pieces items students workers residents ' +
    'inhabitants villages cities block'
  ).split(' '),
);

/** Plural-looking words that are not plural nouns, so they do not show a quantity. */
const NOT_PLURAL = new Set(
  (
    'was is has as its this his thus across plus whereas perhaps always towards afterwards ' +
    'besides unless less yes us'
  ).split(' '),
);

/** Words before a number that make it a year whatever follows. */
const YEAR_BEFORE = new Set(
  (
    'in since until till from to during before after between and through throughout circa c ' +
    'ca early mid late year years spring summer autumn fall winter around by the ad'
  ).split(' '),
);

/** Parts of a time that make "X of 2020" a year ("the first half of 2020 orders fell"). */
const PART_BEFORE_OF = new Set(
  'half quarter end start beginning middle spring summer autumn winter course'.split(' '),
);

/** True when "<part> of " stands right before `start` ("the second half of 2008"). */
function partOfBefore(text: string, start: number): boolean {
  const m = /([A-Za-z]+)[ \u00a0]+of[ \u00a0]+$/.exec(text.slice(Math.max(0, start - 24), start));
  return m !== null && PART_BEFORE_OF.has(m[1].toLowerCase());
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || c === 0xa0;
}

/**
 * True when the number at `start..end` reads as a year in its context.
 * `start..end` covers the digits only; the caller has already checked digit boundaries.
 */
export function isYearContext(text: string, start: number, end: number): boolean {
  const before = wordBefore(text, start);
  // A word directly glued or separated by a space only: "page 1954", not "page. 1954".
  const adjacentBefore =
    before !== '' &&
    (isLetterAt(text, start - 1) ||
      (isSpaceAt(text, start - 1) && start >= 2 && isLetterAt(text, start - 2)));
  const after = wordAfter(text, end);
  const afterLower = after.toLowerCase();
  const next = isSpaceAt(text, end) ? end + 1 : end;
  const nextCode = next < text.length ? text.charCodeAt(next) : 0;
  if (
    (nextCode === 37 || nextCode === 0x2030 || nextCode === 112) &&
    /^[ \u00a0]?(?:%|‰|percent|per cent)/.test(text.slice(end, end + 9))
  )
    return false;
  if (QUANTITY_AFTER.has(afterLower) && text[end] !== ',' && text[end] !== '.') return false;
  if (adjacentBefore && LABEL_BEFORE.has(before)) return false;
  // An abbreviated label with its full stop: "No. 1945", "pp. 1984", "Vol. 1950".
  const abbreviation = /(?:^|[^A-Za-z])([A-Za-z]{1,4})\.[ \u00a0]?$/.exec(
    text.slice(Math.max(0, start - 7), start),
  );
  if (abbreviation && LABEL_ABBREVIATIONS.has(abbreviation[1])) return false;
  // A street address: "1918 Elm Street", unless a preposition makes it a year ("in 1918 Downing
  // Street announced").
  if (!(adjacentBefore && YEAR_BEFORE.has(before)) && STREET_AFTER.test(text.slice(end, end + 40)))
    return false;
  const pluralNext =
    after !== '' &&
    /^[a-z]+s$/.test(after) &&
    !NOT_PLURAL.has(after) &&
    /^[ \u00a0][a-z]/.test(text.slice(end, end + 2));
  if (
    pluralNext &&
    !(adjacentBefore && YEAR_BEFORE.has(before)) &&
    !(before === 'of' && partOfBefore(text, start))
  ) {
    return false;
  }
  return true;
}

/** True for a plausible bare year value (prose rarely names years outside this span). */
export function isPlausibleYear(n: number): boolean {
  return n >= 1000 && n <= 2199;
}
