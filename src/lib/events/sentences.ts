import { lowerBoundBy } from '../sorted';
/** A sentence of a document: offsets into the document text, ends without trailing blanks. */
export interface Sentence {
  start: number;
  end: number;
}

/**
 * Abbreviations whose final period does not end a sentence (lower-cased, without that period).
 * Single letters ("D.C.", "U.S.", "J. Smith") are handled by rule, not listed.
 */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'gov',
  'sen',
  'rep',
  'pres',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'cf',
  'no',
  'vol',
  'pp',
  'ca',
  'approx',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'est',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mt',
  'ft',
  'u.s',
  'u.k',
  'u.n',
  'd.c',
  'a.d',
  'b.c',
  'b.c.e',
  'c.e',
  'a.m',
  'p.m',
]);

/** True when the word before a period is an abbreviation or an initial, so the period is not an end. */
function isAbbreviation(word: string): boolean {
  const bare = word.replace(/^[("'“‘[]+/, '').toLowerCase();
  // Listed words, initials ("J") and dotted abbreviations ("U.S", "D.C", "e.g").
  return ABBREVIATIONS.has(bare) || /^(\p{L}\.)*\p{L}$/u.test(bare);
}

/** A footnote marker: "[1]", "[12]", "[a]", "[note 3]". */
const FOOTNOTE = /^\[(?:\d{1,3}|[a-z]|note \d{1,2})\]/;
const CLOSERS = /[)"'”’\]»]/;
/** The mark of a list item at a line's start: "- ", "* ", "• " (not "1. ", which may be a year's end). */
const LIST_MARK = /^[-*•·][ \t]+/;
const OPENERS = /[(["'“‘«\p{Lu}\p{N}¿¡]/u;

/**
 * Splits `text[from, to)` into sentences. A sentence ends at `.`, `!`, `?` or `…` (plus closing
 * quotes or brackets) followed by a blank and a capital, digit or opening quote, unless the period
 * belongs to an abbreviation; a line break inside a paragraph also ends one (headings, captions).
 */
export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  const sentences: Sentence[] = [];
  let start = from;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    // A list item's mark is no part of its sentence ("- 753 BC: Rome founded").
    let k = s - 1;
    while (k >= from && (text[k] === ' ' || text[k] === '\t')) k--;
    if (k < from || text[k] === '\n')
      s += LIST_MARK.exec(text.slice(s, Math.min(e, s + 6)))?.[0].length ?? 0;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) sentences.push({ start: s, end: e });
  };
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    if (!/[.!?…]/.test(ch)) continue;
    let end = i + 1;
    // Footnote markers ("D.C.[1] It entered"): after an abbreviation too, they end the sentence.
    let footnoted = false;
    for (;;) {
      if (end < to && (/[.!?…]/.test(text[end]) || CLOSERS.test(text[end]))) end++;
      else if (FOOTNOTE.test(text.slice(end, end + 8))) {
        end += FOOTNOTE.exec(text.slice(end, end + 8))![0].length;
        footnoted = true;
      } else break;
    }
    let next = end;
    while (next < to && /[ \t\u00a0]/.test(text[next])) next++;
    if (next === end && next < to) continue;
    if (next < to && text[next] !== '\n' && !OPENERS.test(text[next])) continue;
    if (
      ch === '.' &&
      !footnoted &&
      isAbbreviation(text.slice(Math.max(text.lastIndexOf(' ', i - 1) + 1, start), i))
    )
      continue;
    push(end);
    start = end;
    i = end - 1;
  }
  push(to);
  return sentences;
}

/** Finds the sentence containing offset `at`, or undefined. */
export function findSentenceAt(sentences: readonly Sentence[], at: number): Sentence | undefined {
  // In text order and apart: the first that ends after `at`, if it has begun by then.
  const found = sentences[lowerBoundBy(sentences, at + 1, (sentence) => sentence.end)];
  return found && found.start <= at ? found : undefined;
}
