import {
  CITED_BEFORE,
  LEAD_IN,
  LOCATOR,
  NAME_ARTICLES,
  NAME_OPENERS,
  REPORTED_AFTER,
  WORK_AFTER,
  YEARS,
  authorsPattern,
  namesAuthors,
} from './citation-words';

/**
 * Years that cite a work by its authors: "(Stroeve et al., 2012)", "(Maslanik and Fowler, 2007;
 * Rigor 2004)", "As Kwok (2018) showed". The year is when the work appeared, not a happening of
 * the story. A year in brackets after a name of a battle, a treaty or a ruler ("the Battle of the
 * Marne (1914)", "Queen Victoria (1837)") or a life span ("Napoleon (1769–1821)") is no citation.
 *
 * A citation is `strong` when its form shows it (a team, a list, a page, "see", "according to"),
 * `weak` when a lone surname could also be a place ("(Paris, 1919)") or a ruler who acted
 * ("Bismarck (1871) argued"): weak ones count only in a document that cites in this way elsewhere
 * or lists its sources.
 */
export type CitationStrength = 'strong' | 'weak';

/** How far a citation's brackets may reach around its year. */
const BRACKET_REACH = 160;
/** How far before its brackets a narrative citation's authors and cue words may start. */
const NAME_REACH = 120;
/** How far before the authors the words that cite them may start ("according to", "see"). */
const CUE_REACH = 40;
/** A team's authors end right before the brackets: "Stroeve et al. (2012)", "et al.'s (2012)". */
const OTHERS_AT_END = /\s(?:et\s+al\.?|u\.\s?a\.)(?:['’]s?)?\s*$/;
/** A cue word of `CITED_BEFORE` anywhere before the brackets: worth reading the name then. */
const CITED_ANYWHERE = new RegExp(CITED_BEFORE.source.replace(/\\s\+\$$/, ''), 'u');

const BRACKETED_ONE = new RegExp(
  String.raw`\s*(${LEAD_IN}?)(${authorsPattern('bracketed')})(?:\s*,\s*|\s+)(${YEARS})(${LOCATOR})?`,
  'uy',
);
const ITEM_SEPARATOR = /\s*,\s*/y;
const ONLY_YEARS = new RegExp(String.raw`^\s*(${YEARS})(${LOCATOR})?\s*$`, 'u');
const NARRATIVE_NAME = new RegExp(
  String.raw`(?<![\p{L}'’-])(${authorsPattern('narrative')})(['’]s?)?\s*$`,
  'u',
);
const CHAINED = new RegExp(
  String.raw`(?:\s*(?:,|;|and|&)\s*${authorsPattern('narrative')}(?:['’]s?)?\s*\(${YEARS}(?:${LOCATOR})?\))*`,
  'uy',
);
const OTHERS = /\s(?:et\s+al|u\.\s?a)\b/;
const JOINED = /\s(?:and|&|und|et|y|e|en|och|og|i)\s/;

/** The brackets around `text[start, end)` on its line: the offsets just inside them. */
function enclosingBrackets(text: string, start: number, end: number) {
  const pairs: Record<string, string> = { '(': ')', '[': ']' };
  let depth = 0;
  let open = -1;
  for (let i = start - 1; i >= Math.max(0, start - BRACKET_REACH) && text[i] !== '\n'; i--) {
    const c = text[i];
    if (c === ')' || c === ']') depth++;
    else if (c === '(' || c === '[') {
      if (depth === 0) {
        open = i;
        break;
      }
      depth--;
    }
  }
  if (open < 0) return null;
  const closer = pairs[text[open]];
  depth = 0;
  for (let i = end; i < Math.min(text.length, end + BRACKET_REACH) && text[i] !== '\n'; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') {
      if (depth === 0) return c === closer ? { open, from: open + 1, to: i } : null;
      depth--;
    }
  }
  return null;
}

/**
 * Reads `segment` as author-year citations joined by commas ("Oerlemans, 2005a, 2005b",
 * "Huss 2012, Paul 2004"): whether any shows more than a lone surname and a year (a team, a
 * second author, a page, "see", more years); null when it is not such a list.
 */
function readCitedWorks(segment: string): { marked: boolean } | null {
  let at = 0;
  let count = 0;
  let marked = false;
  while (at < segment.length) {
    if (count > 0) {
      ITEM_SEPARATOR.lastIndex = at;
      if (!ITEM_SEPARATOR.test(segment)) break;
      at = ITEM_SEPARATOR.lastIndex;
    }
    BRACKETED_ONE.lastIndex = at;
    const match = BRACKETED_ONE.exec(segment);
    if (!match || !namesAuthors(match[2])) return null;
    const [, leadIn, authors, years, locator] = match;
    marked ||= !!leadIn || !!locator || OTHERS.test(` ${authors}`) || JOINED.test(authors);
    marked ||= !/^\d{4}$/.test(years);
    count++;
    at = BRACKETED_ONE.lastIndex;
  }
  return count > 0 && /^\s*\.?\s*$/.test(segment.slice(at)) ? { marked } : null;
}

/**
 * A year in brackets among citations: "(Stroeve et al., 2012)", "(Huss 2012; Paul, 2004)". A list
 * of lone names and years is weak: "(London, 1851; Paris, 1855)" may list places.
 */
function readBracketedCitation(
  text: string,
  brackets: { from: number; to: number },
  at: number,
): CitationStrength | null {
  const read = readBrackets(text, brackets.from, brackets.to);
  const own = read.segments.find(([start, end]) => start <= at && at < end);
  if (!own?.[2]) return null;
  return read.marked ? 'strong' : 'weak';
}

/** The segments of the last brackets read: their years are asked about one after another. */
let lastRead: { text: string; from: number; to: number; read: BracketsRead } | null = null;
interface BracketsRead {
  /** Each segment between semicolons: its start, its end, whether it is a list of citations. */
  segments: [number, number, boolean][];
  /** Whether any segment shows more than a lone surname and a year. */
  marked: boolean;
}

/** Reads the segments of the brackets `text[from, to)` (once for all the years inside them). */
function readBrackets(text: string, from: number, to: number): BracketsRead {
  if (lastRead?.text === text && lastRead.from === from && lastRead.to === to) return lastRead.read;
  const read: BracketsRead = { segments: [], marked: false };
  let segmentStart = from;
  for (const segment of text.slice(from, to).split(';')) {
    const segmentEnd = segmentStart + segment.length;
    const works = readCitedWorks(segment);
    read.segments.push([segmentStart, segmentEnd, works !== null]);
    read.marked ||= works?.marked ?? false;
    segmentStart = segmentEnd + 1;
  }
  lastRead = { text, from, to, read };
  return read;
}

/** The word before `at` on its line, unless a sentence mark or bracket stands between. */
function wordBefore(text: string, at: number): string | null {
  const lead = text.slice(Math.max(0, at - 40), at);
  const match = /([\p{L}\p{N}'’-]+)([^\p{L}\p{N}]*)$/u.exec(lead);
  if (!match || /[.!?:;()[\]\n]/.test(match[2])) return null;
  return match[1];
}

/** "Kwok (2018) showed", "Stroeve et al. (2012)", "Haeberli's (2015) review". */
function readNarrativeCitation(
  text: string,
  brackets: { open: number; from: number; to: number },
): CitationStrength | null {
  if (text[brackets.open] !== '(') return null;
  const years = ONLY_YEARS.exec(text.slice(brackets.from, brackets.to));
  if (!years) return null;
  // The line's start, looked for no further back than the name and the words before it can
  // reach (a text of one long line would make every citation scan back to its beginning).
  const reach = Math.max(0, brackets.open - NAME_REACH - CUE_REACH);
  let lineStart = brackets.open;
  while (lineStart > reach && text[lineStart - 1] !== '\n') lineStart--;
  const lead = text.slice(Math.max(lineStart, brackets.open - NAME_REACH), brackets.open);
  const after = text.slice(brackets.to + 1, brackets.to + 1 + NAME_REACH);
  // Reading the name is the costly part: first, whether anything could make it a citation.
  const couldCite =
    years[2] ||
    OTHERS_AT_END.test(lead) ||
    (/['’]s?\s*$/.test(lead) && WORK_AFTER.test(after)) ||
    CITED_ANYWHERE.test(
      text.slice(Math.max(lineStart, brackets.open - NAME_REACH - CUE_REACH), brackets.open),
    ) ||
    REPORTED_AFTER.test(after) ||
    /^\s*(?:,|;|and|&)/.test(after);
  if (!couldCite) return null;
  const name = NARRATIVE_NAME.exec(lead);
  if (!name || !namesAuthors(name[1])) return null;
  const nameStart = brackets.open - lead.length + name.index;
  const before = wordBefore(text, nameStart);
  if (before && NAME_ARTICLES.has(before.toLowerCase())) return null;
  if (before && /^\p{Lu}/u.test(before) && !NAME_OPENERS.has(before.toLowerCase())) return null;
  if (OTHERS.test(` ${name[1]}`) || years[2]) return 'strong';
  if (name[2] && WORK_AFTER.test(after)) return 'strong';
  if (CITED_BEFORE.test(text.slice(Math.max(lineStart, nameStart - CUE_REACH), nameStart)))
    return 'strong';
  CHAINED.lastIndex = 0;
  const chain = CHAINED.exec(after);
  return REPORTED_AFTER.test(after.slice(chain?.[0].length ?? 0)) ? 'weak' : null;
}

/** Whether the year `text[start, end)` cites a work by its authors, and how surely. */
export function readAuthorCitation(
  text: string,
  start: number,
  end: number,
): CitationStrength | null {
  if (!/^\d{4}$/.test(text.slice(start, end)) || /^[\p{L}\d]/u.test(text.slice(end, end + 1)))
    return null;
  const brackets = enclosingBrackets(text, start, end);
  if (!brackets) return null;
  return readBracketedCitation(text, brackets, start) ?? readNarrativeCitation(text, brackets);
}

/**
 * The years of `mentions` that cite works by their authors: every strong citation, and the weak
 * ones when the document cites strongly elsewhere or has a list of sources (`listsSources`).
 */
export function findAuthorCitations<M extends { start: number; end: number }>(
  text: string,
  mentions: readonly M[],
  listsSources: boolean,
): Set<M> {
  const read = mentions.map((m) => [m, readAuthorCitation(text, m.start, m.end)] as const);
  const evidence = listsSources || read.some(([, strength]) => strength === 'strong');
  return new Set(
    read.filter(([, s]) => s === 'strong' || (s === 'weak' && evidence)).map(([m]) => m),
  );
}
