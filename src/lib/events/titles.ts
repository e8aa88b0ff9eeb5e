import { STOPWORDS } from './terms';

/**
 * Words that judge rather than tell ("illegal", "so-called"): an automatic title drops them so
 * it does not adopt a document's reading of events. The citation still quotes them.
 */
const EVALUATIVE = new Set(
  `aggressive alleged allegedly bloodthirsty bloody brutal catastrophic cunning dangerous decisive deliberate
  disastrous dubious evil fascist heroic horrific humiliating illegal imperialist incredible insidious
  legitimate mercilessly nightmarish notorious outrageous puppet reactionary so-called supposed supposedly
  terrifying terrible truly undoubtedly vain vicious violent heavy staunch famous infamous obviously clearly
  really notably finally ironically categorically`.split(/\s+/),
);

/** Words a title must not start or end with. */
const EDGE_WORDS = new Set([
  ...[...STOPWORDS].filter((w) => !/^(north|south|east|west)/.test(w)),
  'however',
  'indeed',
  'then',
  'thus',
  'so',
  'yet',
  'also',
  'even',
  'back',
]);
/** Prepositions and modifiers that belong to a removed date expression ("in", "the late"). */
const DATE_LEAD =
  /(?:\b(?:in|on|at|by|for|from|since|during|until|till|around|about|before|after|of|as of|back in|starting in|shortly after)\s+){0,2}(?:\b(?:the|early|late|mid)\s+)*$/i;

const MAX_WORDS = 9;

/** Removes quoted passages, bracketed asides and the date expressions (blanked to spaces). */
function stripAsides(text: string): string {
  return text
    .replace(/[“"][^“”"]{0,200}[”"]/g, ' ')
    .replace(/‘[^‘’]{0,40}’(?!\w)/g, ' ')
    .replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ')
    .replace(/[‘’']/g, "'");
}

/** Cuts leading and trailing words that say nothing ("and", "the", "in"). */
function trimEdges(words: string[]): string[] {
  let from = 0;
  let to = words.length;
  const isEdge = (w: string) =>
    EDGE_WORDS.has(w.toLowerCase().replace(/[^\p{L}'-]/gu, '')) || !/\p{L}|\d/u.test(w);
  while (from < to && isEdge(words[from])) from++;
  while (to > from && isEdge(words[to - 1])) to--;
  return words.slice(from, to);
}

const contentCount = (words: readonly string[]) =>
  words.filter((w) => !EDGE_WORDS.has(w.toLowerCase())).length;

/**
 * Makes a short, neutral title from the clause a date dates: `clause` has the date expressions
 * blanked with spaces at `dateAt` (offset in the clause). Keeps the part of the clause around the
 * date (subject, verb, object), drops asides, quotes and evaluative words, at most nine words.
 */
export function makeTitle(clause: string, dateAt: number): string {
  const before = clause.slice(0, dateAt).replace(DATE_LEAD, ' ');
  const text = stripAsides(before + ' \u0000 ' + clause.slice(dateAt));
  // Not inside "25,000", nor after an initial ("John S. Mosby").
  const chunks = text.split(/(?<!\d),|,(?!\d)|[;:–—!?]|\s-\s|(?<!\b\p{Lu})\.(?=\s|$)/u);
  const cleaned = chunks.map((chunk) =>
    trimEdges(
      chunk
        .replace('\u0000', ' ')
        .split(/\s+/)
        .filter((w) => w && !EVALUATIVE.has(w.toLowerCase())),
    ),
  );
  const anchor = chunks.findIndex((chunk) => chunk.includes('\u0000'));
  // "In 1997, NATO invited Poland, Hungary and ...": the date's own chunk continues in the next ones.
  let words = anchor >= 0 ? cleaned[anchor] : [];
  // "It was founded after the war, in 1949, in ...": a date set off by commas dates what precedes it.
  if (anchor > 0 && contentCount(words) < 3 && contentCount(cleaned[anchor - 1]) >= 3)
    words = cleaned[anchor - 1];
  for (
    let next = anchor + 1;
    anchor >= 0 &&
    words !== cleaned[anchor - 1] &&
    next < cleaned.length &&
    words.length < MAX_WORDS;
    next++
  ) {
    const more = cleaned[next];
    const listGoesOn = /^\p{Lu}/u.test(more[0] ?? '') && more.length <= 4;
    if (contentCount(words) >= 3 && !listGoesOn) break;
    // The comma between the chunks stays: "Poland, Hungary and the Czech Republic".
    if (words.length > 0 && more.length > 0) words = [...words.slice(0, -1), `${words.at(-1)},`];
    words = [...words, ...more];
  }
  if (contentCount(words) < 3) {
    const best = cleaned
      .map((w, index) => ({ w, index }))
      .sort((a, b) => contentCount(b.w) - contentCount(a.w) || a.index - b.index)[0];
    if (best && contentCount(best.w) > contentCount(words)) words = best.w;
  }
  words = trimEdges(words.slice(0, MAX_WORDS));
  if (words.length === 0) return '';
  const title = words
    .join(' ')
    .replace(/\s+'s\b/g, "'s")
    .replace(/^'s\s+/, '')
    .replace(/[,;:]+$/, '');
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** A URL-safe slug of the first few content words of a title: `Soviet note sent` -> `soviet-note-sent`. */
export function slugTitle(title: string, words = 4): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !STOPWORDS.has(w))
    .slice(0, words)
    .join('-');
}
