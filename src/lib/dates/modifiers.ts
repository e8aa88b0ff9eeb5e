/**
 * Words in front of a date that belong to the expression: "early", "the end of", "circa",
 * "the first half of", "the night of". They widen the span and set `mod` or refine the value.
 */
import type { Candidate } from './candidate';
import type { TimexMod } from '../types';

const WS = '[ \\u00a0]+';
const EDGE = new RegExp(
  `(?:^|[^\\w])((?:(?:[Tt]he|[Aa]n?)${WS})?(?:(?:very${WS})?([Ee]arly|[Ll]ate|[Mm]id|[Mm]iddle)(?:[- \\u00a0]|${WS}in${WS}|${WS}part${WS}of${WS}(?:the${WS})?)|(?:[Ee]arly|[Ll]ate)${WS}in${WS}|(end|close|start|beginning|dawn|outset|middle|turn|rest|remainder|latter part|early part|later part|first part|last part)${WS}of${WS}(?:the${WS})?))$`,
);
const HALF = new RegExp(
  `(?:^|[^\\w])((?:[Tt]he${WS})?(first|second|latter|last|later)${WS}half${WS}of${WS})$`,
);
const CIRCA = /(?:^|[^\w])((?:circa|[Cc]a\.|c\.)[ \u00a0]?)$/;
const APPROX = /(?:^|[^\w])(?:about|around|approximately|roughly|some)[ \u00a0]+$/;
const PART_OF_DAY = new RegExp(
  `(?:^|[^\\w])((?:(?:[Ee]arly|[Ll]ate)${WS}(?:in${WS})?)?(?:[Tt]he${WS})?(?:early${WS}|late${WS})?(morning|afternoon|evening|night)(?:${WS}hours)?${WS}of${WS})$`,
);
const THE_YEAR = new RegExp(`(?:^|[^\\w])((?:[Tt]he${WS})?years?${WS})$`);

function modOf(word: string | undefined): TimexMod | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (/^(early|start|beginning|dawn|outset|early part|first part)$/.test(w)) return 'START';
  if (/^(late|end|close|rest|remainder|latter part|later part|last part)$/.test(w)) return 'END';
  if (/^(mid|middle)$/.test(w)) return 'MID';
  return undefined;
}

const DAY_PART: Record<string, string> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
};

function withSuffix(c: Candidate, suffix: string): void {
  c.value += suffix;
  const need = c.need;
  if (need) {
    c.need = {
      ...need,
      fallback: need.fallback + suffix,
      complete: (ref) => {
        const done = need.complete(ref);
        return done ? { ...done, value: done.value + suffix } : null;
      },
    };
  }
}

/** The last word of every modifier pattern above: a quick test before running them. */
const LAST_WORDS = new Set(
  'circa ca c about around approximately roughly some of year years early late mid middle in the'.split(
    ' ',
  ),
);

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Last words that end a modifier only after certain words ("early in", "the end of", "the first
 * half of", "the morning of", "the end of the"): a second quick test, for the commonest words.
 */
const BEFORE_LAST: Readonly<Record<string, ReadonlySet<string>>> = {
  in: new Set(['early', 'late', 'mid', 'middle']),
  of: new Set(
    (
      'end close start beginning dawn outset middle turn rest remainder part half ' +
      'morning afternoon evening night hours'
    ).split(' '),
  ),
  the: new Set(['of']),
};

/** Where the word `lastWord` returned starts. */
let lastWordStart = 0;

/** The word before `pos` over spaces only, lower case (at most 14 letters), or ''. */
function wordBeforeOverSpaces(text: string, pos: number): string {
  let k = pos - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0xa0)) k--;
  if (k === pos - 1) return '';
  const end = k + 1;
  while (k >= 0 && end - k <= 14 && isLetter(text.charCodeAt(k))) k--;
  return text.slice(k + 1, end).toLowerCase();
}

/** The word before `pos`, over spaces, hyphens and one dot, lower case (at most 14 letters). */
function lastWord(text: string, pos: number): string {
  let k = pos - 1;
  const from = Math.max(0, pos - 48);
  while (k >= from) {
    const code = text.charCodeAt(k);
    if (code !== 32 && code !== 0xa0 && code !== 45) break;
    k--;
  }
  if (k >= from && text.charCodeAt(k) === 46) k--;
  const end = k + 1;
  while (k >= from && end - k <= 14 && isLetter(text.charCodeAt(k))) k--;
  lastWordStart = k + 1;
  return text.slice(k + 1, end).toLowerCase();
}

/** Widens one candidate over the modifier words before it, if any (mutates `c`). */
function widen(text: string, c: Candidate): void {
  const isDate = c.type === 'DATE' && /^(BC)?[\dX]/.test(c.value);
  if (!isDate) return;
  const last = lastWord(text, c.start);
  if (!LAST_WORDS.has(last)) return;
  const needed = BEFORE_LAST[last];
  if (needed && !needed.has(wordBeforeOverSpaces(text, lastWordStart))) return;
  const before = text.slice(Math.max(0, c.start - 48), c.start);
  const circa = CIRCA.exec(before);
  if (circa) {
    c.start -= circa[1].length;
    c.mod = 'APPROX';
    return;
  }
  if (APPROX.test(before)) c.mod = 'APPROX';
  if (c.granularity === 'day') {
    const part = PART_OF_DAY.exec(before);
    if (part) {
      c.start -= part[1].length;
      c.type = 'TIME';
      c.granularity = 'time';
      withSuffix(c, `T${DAY_PART[part[2].toLowerCase()]}`);
    }
    return;
  }
  if (c.granularity === 'year') {
    const half = HALF.exec(before);
    if (half) {
      c.start -= half[1].length;
      c.granularity = 'half';
      withSuffix(c, /first/i.test(half[2]) ? '-H1' : '-H2');
      return;
    }
    const theYear = THE_YEAR.exec(before);
    if (theYear && !c.endValue) c.start -= theYear[1].length;
  }
  const edge = EDGE.exec(text.slice(Math.max(0, c.start - 48), c.start));
  if (edge) {
    c.start -= edge[1].length;
    c.mod = modOf(edge[2] ?? edge[3]) ?? (/^[Ee]arly/.test(edge[1]) ? 'START' : 'END');
  }
}

/**
 * Widens every candidate over its modifier words; candidates stay sorted and disjoint.
 * `prevEnd` is the end of the expression before them; returns the end of the last one.
 */
export function applyModifiers(text: string, cands: Candidate[], prevEnd = 0): number {
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    const start = c.start;
    widen(text, c);
    // Never swallow the previous expression.
    if (c.start < prevEnd) c.start = start;
    prevEnd = c.end;
  }
  return prevEnd;
}
