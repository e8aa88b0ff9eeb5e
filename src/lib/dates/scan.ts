/**
 * The pipeline of the date engine: every family proposes candidates, the longest win, modifiers
 * widen them, neighbours join into ranges, titles are marked, and the narrative anchors the rest.
 *
 * Scanning is one pass over the text. Each word start (and each quote, for "the ’50s") is looked
 * up by its first two letters in a table that lists the rules whose patterns can begin there;
 * only those run, as sticky regular expressions anchored at that position. A rule that matched is
 * not tried again before the end of its match, which is exactly what a global scan of that rule
 * would find, so the families keep their patterns and the whole pass stays linear.
 */
import type { DateMention, FindDatesOptions } from '../types';
import type { Candidate, Rule, ScanContext } from './candidate';
import { ABSOLUTE_RULES } from './absolute';
import { DECADE_RULES } from './decades';
import { DECADE_WORD_RULE } from './decade-words';
import { MILLENNIUM_RULES } from './millennia';
import { REGNAL_YEAR_RULE } from './regnal-years';
import { DURATION_RULES } from './durations';
import { applyModifiers } from './modifiers';
import { RANGE_RULES, joinRanges } from './ranges';
import { RELATIVE_RULES } from './relative';
import { newAnchorState, resolveCandidates } from './resolve';
import { CLIPPED_YEAR_RULE } from './clipped-years';
import { FEAST_RULE } from './feasts';
import { ROMAN_DAY_RULE } from './roman-days';
import { SEASON_RULES } from './seasons';
import { SHORT_YEAR_RULE } from './short-years';
import { TIME_RULES } from './times';
import { WEEKDAY_RULES } from './weekdays';
import { markTitles, newTitleState } from './titles';
import { monthNumber } from './tokens';
import { parseDct } from './timex';

/** Every rule, in the order ties are broken (earlier wins). */
export const RULES: readonly Rule[] = [
  ...ABSOLUTE_RULES,
  SHORT_YEAR_RULE,
  CLIPPED_YEAR_RULE,
  ...RANGE_RULES,
  ...DECADE_RULES,
  DECADE_WORD_RULE,
  ...MILLENNIUM_RULES,
  REGNAL_YEAR_RULE,
  ...SEASON_RULES,
  FEAST_RULE,
  ROMAN_DAY_RULE,
  ...RELATIVE_RULES,
  ...DURATION_RULES,
  ...TIME_RULES,
  ...WEEKDAY_RULES,
];

const STICKY: readonly RegExp[] = RULES.map(
  (r) => new RegExp(r.re.source, `${r.re.flags.replace(/[gy]/g, '')}y`),
);

/**
 * Start words as a trie over case-folded letters: node `t` goes on with letter `l` (1-26) to
 * TRIE_NEXT[t * 27 + l] (0: no such word). A word is read without allocating a string.
 */
const TRIE_NEXT: number[] = [0];
/** For trie nodes that end a start word: its rule indices (in rule order) and their pre-tests. */
const TRIE_RULES: Array<Int32Array | undefined> = [];
const TRIE_AFTERS: Array<PreTest[] | undefined> = [];
/** Rule indices by length of a digit run (index 1-4; longer runs start no rule). */
const BY_DIGITS: Int32Array[] = [];
/** For each entry of BY_DIGITS, the characters that may follow the digits (null: every one). */
const DIGITS_AFTER: PreTest[][] = [];
/** For each entry of BY_DIGITS, what the next word may start with after spaces (null: every one). */
const DIGITS_AFTER_SPACES: PreTest[][] = [];
let BY_QUOTE = new Int32Array(0);
/** For each entry of BY_QUOTE, what may follow the quote (null: anything). */
let QUOTE_AFTER: PreTest[] = [];

/**
 * A rule's pre-test as a set of character codes: a bitmap for ASCII (four 32-bit words) and
 * the rest as a string; null lets every character through.
 */
type PreTest = { ascii: Uint32Array; other: string } | null;

function preTest(chars: string | undefined): PreTest {
  if (!chars) return null;
  const ascii = new Uint32Array(4);
  let other = '';
  for (const ch of chars) {
    const code = ch.charCodeAt(0);
    if (code < 128) ascii[code >> 5] |= 1 << (code & 31);
    else other += ch;
  }
  return { ascii, other };
}

function letterIndex(c: number): number {
  if (c >= 97 && c <= 122) return c - 96;
  if (c >= 65 && c <= 90) return c - 64;
  return 0;
}

function trieNode(word: string): number {
  let t = 0;
  for (let k = 0; k < word.length; k++) {
    const slot = t * 27 + letterIndex(word.charCodeAt(k));
    if (TRIE_NEXT[slot] === 0) {
      TRIE_NEXT[slot] = TRIE_NEXT.length / 27;
      for (let z = 0; z < 27; z++) TRIE_NEXT.push(0);
    }
    t = TRIE_NEXT[slot];
  }
  return t;
}

(() => {
  for (let z = 1; z < 27; z++) TRIE_NEXT.push(0);
  const words = new Map<string, number[]>();
  const digits: number[][] = [[], [], [], [], []];
  const quote: number[] = [];
  RULES.forEach((rule, index) => {
    for (const start of rule.starts) {
      let list: number[];
      if (start === "'") list = quote;
      else if (/^#[1-4]$/.test(start)) list = digits[Number(start[1])];
      else if (/^[a-z]+$/.test(start)) {
        list = words.get(start) ?? [];
        words.set(start, list);
      } else throw new Error(`bad rule start ${JSON.stringify(start)}`);
      if (!list.includes(index)) list.push(index);
    }
  });
  const pack = (l: number[]) => Int32Array.from(l.sort((x, y) => x - y));
  const tests = (packed: Int32Array, key: string, field: 'after' | 'afterSpaces' = 'after') =>
    Array.from(packed, (r) => preTest(RULES[r][field]?.[key]));
  for (const [w, l] of words) {
    const node = trieNode(w);
    const packed = pack(l);
    TRIE_RULES[node] = packed;
    TRIE_AFTERS[node] = tests(packed, w);
  }
  digits.forEach((l, length) => {
    const packed = pack(l);
    BY_DIGITS.push(packed);
    DIGITS_AFTER.push(tests(packed, `#${length}`));
    DIGITS_AFTER_SPACES.push(tests(packed, `#${length}`, 'afterSpaces'));
  });
  BY_QUOTE = pack(quote);
  QUOTE_AFTER = tests(BY_QUOTE, "'");
})();

const EMPTY = new Int32Array(0);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isWordChar(c: number): boolean {
  return letterIndex(c) !== 0 || isDigit(c) || c === 95; // _
}

/** Set by `lookup`: the pre-tests of the rules it returned (or null), and what they test. */
let lookupAfters: PreTest[] | null = null;
let lookupNext = -1;
/** Set by `lookup` after digits and spaces: the second pre-tests, and the next word's start. */
let lookupAfterSpaces: PreTest[] | null = null;
let lookupNextWord = -1;

function isSpace(c: number): boolean {
  return c === 32 || c === 0xa0;
}

/**
 * The rules that can start at `i`, given that `i` starts a word (or is a quote); also sets
 * `lookupAfters` and `lookupNext` for their pre-tests.
 */
function lookup(text: string, i: number, c: number): Int32Array {
  lookupAfters = null;
  lookupNext = -1;
  lookupAfterSpaces = null;
  const n = text.length;
  if (c === 39 || c === 0x2018 || c === 0x2019) {
    lookupAfters = QUOTE_AFTER;
    lookupNext = i + 1 < n ? text.charCodeAt(i + 1) : -1;
    return BY_QUOTE;
  }
  let j = i + 1;
  if (isDigit(c)) {
    while (j < n && isDigit(text.charCodeAt(j))) j++;
    if (j - i > 4) return EMPTY;
    lookupAfters = DIGITS_AFTER[j - i];
    lookupNext = j < n ? text.charCodeAt(j) : -1;
    if (isSpace(lookupNext)) {
      let k = j + 1;
      while (k < n && isSpace(text.charCodeAt(k))) k++;
      lookupAfterSpaces = DIGITS_AFTER_SPACES[j - i];
      lookupNextWord = k < n ? text.charCodeAt(k) : -1;
    }
    return BY_DIGITS[j - i];
  }
  // Walk the trie along the word's letters; any letter off the trie ends the lookup.
  let t = TRIE_NEXT[letterIndex(c)];
  while (t !== 0 && j < n) {
    const l = letterIndex(text.charCodeAt(j));
    if (l === 0) break;
    t = TRIE_NEXT[t * 27 + l];
    j++;
  }
  if (t === 0) return EMPTY;
  const list = TRIE_RULES[t];
  if (list === undefined) return EMPTY;
  lookupAfters = TRIE_AFTERS[t] ?? null;
  // The first character of the next word, or 0 when no space follows (no pattern goes on then).
  let k = j;
  while (k < n && isSpace(text.charCodeAt(k))) k++;
  lookupNext = k === j ? 0 : k < n ? text.charCodeAt(k) : -1;
  return list;
}

/** Indices of the rules the scanner tries at position `i` (for tests). */
export function rulesAt(text: string, i: number): readonly number[] {
  const c = text.charCodeAt(i);
  const quote = c === 39 || c === 0x2018 || c === 0x2019;
  const start = isWordChar(c) && c !== 95 && (i === 0 || !isWordChar(text.charCodeAt(i - 1)));
  if (!quote && !start) return [];
  const list = Array.from(lookup(text, i, c));
  const afters = lookupAfters;
  const next = lookupNext;
  const afterSpaces = lookupAfterSpaces;
  const nextWord = lookupNextWord;
  return list.filter((_, k) => passes(afters, k, next) && passes(afterSpaces, k, nextWord));
}

/** True after "mid-" ("mid-2007", "mid-1990s"): the hyphen joins a modifier, not a number. */
function afterMid(text: string, i: number): boolean {
  return (
    i >= 4 &&
    text.charCodeAt(i - 1) === 45 &&
    (text.charCodeAt(i - 4) | 32) === 109 &&
    (text.charCodeAt(i - 3) | 32) === 105 &&
    (text.charCodeAt(i - 2) | 32) === 100 &&
    (i === 4 || !isWordChar(text.charCodeAt(i - 5)))
  );
}

/**
 * True when a hyphen right before `i` follows a month's name: "27 May-28 May 1905" is a span
 * written with a hyphen, and "28 May 1905" may start after it.
 */
function afterMonthHyphen(text: string, i: number): boolean {
  if (i < 4 || text.charCodeAt(i - 1) !== 45) return false;
  let k = i - 1;
  while (k > 0 && k > i - 12 && isAsciiLetter(text.charCodeAt(k - 1))) k--;
  if (k > 0 && isWordChar(text.charCodeAt(k - 1))) return false;
  return monthNumber(text.slice(k, i - 1)) > 0;
}

/** The pre-test of the `k`th rule of a lookup on the character `next` (-1 at the end). */
function passes(afters: PreTest[] | null, k: number, next: number): boolean {
  if (afters === null || next < 0) return true;
  const test = afters[k];
  return test === null || inPreTest(test, next);
}

function inPreTest(test: NonNullable<PreTest>, code: number): boolean {
  if (code < 128) return (test.ascii[code >> 5] & (1 << (code & 31))) !== 0;
  for (let z = 0; z < test.other.length; z++) if (test.other.charCodeAt(z) === code) return true;
  return false;
}

/** Per rule, its `notAfter` characters as a pre-test (null: none). */
const NOT_AFTER: PreTest[] = RULES.map((r) => preTest(r.notAfter));

/** The rules that matched at the current position, their match ends and matches. */
const matchRules = new Int32Array(RULES.length);
const matchEnds = new Int32Array(RULES.length);
const matches: Array<RegExpExecArray | null> = new Array<RegExpExecArray | null>(RULES.length).fill(
  null,
);

/** Where a scan stopped, so that scanning a text piece by piece equals scanning it at once. */
export interface ScanState {
  /** Per rule, the position before which it is not tried again (the end of its last match). */
  nextFree: Int32Array;
  /** Whether the character before the next position is a word character. */
  prevWord: boolean;
}

export function newScanState(): ScanState {
  return { nextFree: new Int32Array(RULES.length), prevWord: false };
}

/**
 * Runs every rule at the positions `from` to `to` of `text` (patterns may read past `to`);
 * candidates come out roughly in text order. Returns the furthest end of those it added.
 */
export function scanCandidates(
  text: string,
  ctx: ScanContext,
  out: Candidate[],
  from = 0,
  to = text.length,
  state: ScanState = newScanState(),
): number {
  const nextFree = state.nextFree;
  let furthest = 0;
  let prevWord = state.prevWord;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const word = isWordChar(c);
    const quote = !word && (c === 39 || c === 0x2018 || c === 0x2019);
    const start = word && !prevWord && c !== 95;
    prevWord = word;
    if (!start && !quote) continue;
    const list = lookup(text, i, c);
    if (list.length === 0) continue;
    // A rule may only go on with some characters ("21st", "1950s", "the 1950s").
    const afters = lookupAfters;
    const next = lookupNext;
    const afterSpaces = lookupAfterSpaces;
    const nextWord = lookupNextWord;
    // Match every rule first, then map the longest matches first: a candidate shorter than one
    // already found here could never be selected, so its rule's map (the costly part) is skipped.
    let matched = 0;
    for (let k = 0; k < list.length; k++) {
      const r = list[k];
      if (i < nextFree[r]) continue;
      if (!passes(afters, k, next) || !passes(afterSpaces, k, nextWord)) continue;
      const re = STICKY[r];
      re.lastIndex = i;
      const m = re.exec(text);
      if (m === null || m[0].length === 0) continue;
      const end = i + m[0].length;
      nextFree[r] = end;
      // Patterns start with \b; the characters a lookbehind would exclude as well ("-", "$",
      // ".") are checked here, only where something matched.
      const notAfter = NOT_AFTER[r];
      if (
        notAfter !== null &&
        i > 0 &&
        inPreTest(notAfter, text.charCodeAt(i - 1)) &&
        !afterMid(text, i) &&
        !afterMonthHyphen(text, i)
      ) {
        continue;
      }
      // Insertion by end, longest first; equal ends keep rule order.
      let at = matched++;
      while (at > 0 && matchEnds[at - 1] < end) {
        matchRules[at] = matchRules[at - 1];
        matchEnds[at] = matchEnds[at - 1];
        matches[at] = matches[at - 1];
        at--;
      }
      matchRules[at] = r;
      matchEnds[at] = end;
      matches[at] = m;
    }
    let longest = -1;
    for (let k = 0; k < matched; k++) {
      const r = matchRules[k];
      const rule = RULES[r];
      if (matchEnds[k] < longest && !rule.shiftsStart) continue;
      const cand = rule.map(matches[k] as RegExpExecArray, text, ctx);
      if (cand) {
        cand.rank = r;
        out.push(cand);
        if (cand.start === i && cand.end > longest) longest = cand.end;
        if (cand.end > furthest) furthest = cand.end;
      }
    }
    for (let k = 0; k < matched; k++) matches[k] = null;
  }
  state.prevWord = prevWord;
  return furthest;
}

/**
 * Keeps the longest candidate at each place (ties: higher priority), dropping overlaps. Sorts
 * `cands` in place (it comes nearly sorted from the scan, so this is close to linear).
 */
export function selectCandidates(cands: Candidate[]): Candidate[] {
  const sorted = cands.sort(
    (a, b) =>
      a.start - b.start ||
      b.end - a.end ||
      (b.priority ?? 0) - (a.priority ?? 0) ||
      (a.rank ?? 0) - (b.rank ?? 0),
  );
  const out: Candidate[] = [];
  let lastEnd = -1;
  for (let k = 0; k < sorted.length; k++) {
    const c = sorted[k];
    if (c.start >= lastEnd) {
      out.push(c);
      lastEnd = c.end;
      continue;
    }
    // A later candidate that overlaps but reaches much further replaces a short one
    // ("5 June 1940" over a stray "Article 5").
    const prev = out[out.length - 1];
    if (
      prev &&
      c.end > prev.end &&
      c.end - c.start > 2 * (prev.end - prev.start) &&
      c.start > prev.start
    ) {
      out[out.length - 1] = c;
      lastEnd = c.end;
    }
  }
  return out;
}

/** About how many characters are taken at once; pieces end after a line break. */
export const PIECE_LENGTH = 1 << 15;

/** The end of the piece that reaches at least `at`: just after the next line break. */
function pieceEnd(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const k = text.indexOf('\n', at);
  return k < 0 ? text.length : k + 1;
}

/**
 * Finds every temporal expression in `text`; see `findDates` in index.ts for the contract.
 *
 * The text goes through the stages piece by piece, each stage carrying its state over, so the
 * candidates of a piece are garbage before the next one is scanned: on large inputs, copying
 * hundreds of thousands of live candidates was the collector's main work. No expression spans a
 * line break, so nothing is selected, widened or joined across a cut; and should a candidate
 * reach past one, its piece is taken further.
 */
export function scanDates(
  text: string,
  options: FindDatesOptions = {},
  pieceLength = PIECE_LENGTH,
): DateMention[] {
  const dct = parseDct(options.dct);
  const ctx = { dct };
  const scan = newScanState();
  const titles = newTitleState();
  const anchoring = newAnchorState();
  const mentions: DateMention[] = [];
  let prevEnd = 0;
  for (let from = 0; from < text.length;) {
    const cands: Candidate[] = [];
    let to = pieceEnd(text, from + pieceLength);
    let reach = scanCandidates(text, ctx, cands, from, to, scan);
    while (reach > to) {
      const further = pieceEnd(text, reach);
      reach = Math.max(reach, scanCandidates(text, ctx, cands, to, further, scan));
      to = further;
    }
    const selected = selectCandidates(cands);
    prevEnd = applyModifiers(text, selected, prevEnd);
    const joined = joinRanges(text, selected);
    markTitles(text, joined, titles);
    resolveCandidates(text, joined, dct, anchoring, mentions);
    from = to;
  }
  return mentions;
}
