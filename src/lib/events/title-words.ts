import { BLANK, isVerb, MARK } from './grammar/word-classes';
import { STOPWORDS } from './terms';

/** Which words of a clause a title keeps: none that judge, none that say nothing at its edges. */

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
export const EDGE_WORDS = new Set([
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
  'whilst',
  'whereas',
  'unless',
  'whenever',
  // Hedges: a title of "probably" alone says nothing.
  'probably',
  'perhaps',
  'possibly',
  'maybe',
  'likely',
  'reportedly',
  'apparently',
]);

const PARTICLES = new Set(['over', 'up', 'down', 'off', 'out', 'away', 'back']);
export const isParticle = (words: readonly string[], i: number) =>
  i > 0 &&
  PARTICLES.has(words[i].toLowerCase()) &&
  (isVerb(words, i - 1) || /^\p{Ll}{3,}ly$/u.test(words[i - 1]));

/** True for a word that says nothing at the edge of a title ("and", "the", "in", a comma). */
export const isEdgeWord = (w: string) =>
  EDGE_WORDS.has(w.toLowerCase().replace(/[^\p{L}'-]/gu, '')) || !/\p{L}|\d/u.test(w);

/**
 * Words of the stop list that open a name when written with a capital before another capitalized
 * word: "the Seven Years' War", "the New Deal", "the Old Bailey", "the October Revolution", "the
 * Late Bronze Age", "the Summer Olympics".
 */
const CAPITAL_NAME_STARTS = new Set(
  `one two three four five six seven eight nine ten new old first last early late mid
  january february march april may june july august september october november december
  spring summer autumn fall winter`.split(/\s+/),
);
const opensName = (words: readonly string[], i: number) =>
  CAPITAL_NAME_STARTS.has(words[i].toLowerCase()) &&
  /^\p{Lu}/u.test(words[i]) &&
  /^\p{Lu}/u.test(words[i + 1] ?? '');

/** Cuts leading and trailing words that say nothing ("and", "the", "in"); a name stays whole. */
export function trimEdges(words: string[]): string[] {
  let from = 0;
  let to = words.length;
  while (from < to && isEdgeWord(words[from]) && !opensName(words, from)) from++;
  // "took over", "set up": a particle after its verb stays.
  while (to > from && isEdgeWord(words[to - 1]) && !isParticle(words, to - 1)) to--;
  return words.slice(from, to);
}

export const contentCount = (words: readonly string[]) =>
  words.filter((w) => !EDGE_WORDS.has(w.toLowerCase())).length;

/** The words of a title: no date marks, no judging words; a judging verb ("were humiliating") ends it. */
export const cleanWords = (words: readonly string[]): string[] => trimEdges(dropJudging(words));

/** `cleanWords` without trimming the edges: a name keeps its "First" ("First Battle of the Marne"). */
export function dropJudging(words: readonly string[]): string[] {
  const out: string[] = [];
  // An article whose judging word was dropped: "an [aggressive] campaign" must read "a campaign".
  let bareArticle = false;
  for (const word of words) {
    // "a [spring] offensive": the article of a removed date is mended like a judging word's.
    if (word === MARK || word === BLANK) {
      bareArticle ||= /^an?$/i.test(out.at(-1) ?? '');
      continue;
    }
    if (/^[-–—]+$/.test(word)) continue;
    if (word.startsWith(MARK)) {
      out.push(word.slice(1));
      continue;
    }
    if (!EVALUATIVE.has(word.toLowerCase())) {
      if (bareArticle && /^\p{Ll}/u.test(word)) {
        const article = out[out.length - 1];
        out[out.length - 1] = /^[aeiou]/i.test(word) ? article[0] + 'n' : article[0];
      }
      bareArticle = false;
      out.push(word);
    } else if (
      /(?:ing|ed)$/i.test(word) &&
      /^(?:was|were|is|are|be|been)$/i.test(out.at(-1) ?? '')
    ) {
      out.pop();
      break;
    } else bareArticle ||= /^an?$/i.test(out.at(-1) ?? '');
  }
  return out;
}

/** The words of a title as one string: punctuation against its word, the first letter a capital. */
export function joinTitle(words: readonly string[]): string {
  const title = words
    .join(' ')
    .replace(/\s+([,;:])/g, '$1')
    .replace(/\s+'s\b/g, "'s")
    .replace(/^'s\s+/, '')
    .replace(/[,;:]+$/, '');
  return title.charAt(0).toUpperCase() + title.slice(1);
}
