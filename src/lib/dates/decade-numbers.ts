/**
 * "the 30s" and "the thirties" as numbers, not decades: "temperatures in the 30s", "highs in the
 * eighties", "in the 30s Celsius", "prices in the 90s". Only a measure says so (a unit right
 * after, or a measured noun just before "in the"): "In the 30s, the economy collapsed" stays a
 * decade, and so does "the '30s" (its apostrophe stands for the century).
 */

/** A unit right after the number. */
const UNIT_AFTER =
  /^[ \u00a0]*(?:°|%|(?:degrees?|Celsius|Fahrenheit|centigrade|percent|per[ \u00a0]cent|mph|kph|km\/h|knots|cents|[CF])(?![\w/]))/;

/** Nouns that name what a number measures ("temperatures", "highs", "prices", "approval"). */
const MEASURED = new Set(
  (
    'temperature temperatures temp temps highs lows degrees thermometer mercury readings ' +
    'price prices priced score scores grade grades rating ratings polling approval winds ' +
    'gusts speed speeds aged'
  ).split(' '),
);
/** Measured only after an article: "a high in the 80s", not "a career high in the 90s". */
const MEASURED_AFTER_ARTICLE = new Set(['high', 'low']);

/** Words that put a number in a range: "in the 30s", "at the 90s". */
const IN = new Set(['in', 'at', 'around', 'near']);
/** Words that move a number into a range: "fell into the 30s", "topped the 90s". */
const INTO = new Set('into reached reach reaching hit hitting topped neared'.split(' '));
/** Verbs by which "to" moves a measure ("dropped to the 30s"; "from the 20s to the 30s" is not). */
const MOVED = new Set(
  (
    'fell fallen dropped dipped sank rose risen climbed soared plunged slipped range ranges ' +
    'ranged ranging'
  ).split(' '),
);
/**
 * Words by which a measure stands in a range ("highs will be in the 80s", "stayed in the
 * 30s"): after "in", only these may stand between the noun and "in" ("prices rose in the 30s"
 * is the decade).
 */
const LINKING = new Set(
  (
    'be is are was were been being stay stays stayed remain remains remained hover hovers ' +
    'hovered hovering range ranges ranged ranging sit sits sat stood mostly generally still ' +
    'only well expected forecast'
  ).split(' '),
);
/** Words between "in" and the number that the decade may carry ("in the mid-thirties"). */
const SKIPPED = new Set('the early mid middle late low high upper lower'.split(' '));
/** How many words before "in" are looked at for the measured noun ("temperatures on Tuesday will be in"). */
const REACH = 5;

/** A word of the clause before the number, lower case, and where it starts. */
interface Word {
  w: string;
  at: number;
}

/** The last words (and numbers, "20s") of the clause that ends at `pos`. */
function wordsBefore(text: string, pos: number): Word[] {
  const from = Math.max(0, pos - 80);
  const lead = text.slice(from, pos);
  const cut = Math.max(
    ...['.', '!', '?', ';', ':', ',', '(', '\n'].map((p) => lead.lastIndexOf(p)),
  );
  const words: Word[] = [];
  for (const m of lead.slice(cut + 1).matchAll(/[A-Za-z0-9]+/g))
    words.push({ w: m[0].toLowerCase(), at: from + cut + 1 + (m.index ?? 0) });
  return words;
}

/**
 * True when the decade-like expression at `start`..`end` ("the 30s", "the thirties", "the
 * mid-thirties" from "mid") is a number a measure gives, not a decade.
 */
export function isMeasureAt(text: string, start: number, end: number): boolean {
  if (UNIT_AFTER.test(text.slice(end, end + 16))) return true;
  const words = wordsBefore(text, start);
  while (words.length > 0 && SKIPPED.has(words[words.length - 1].w)) words.pop();
  const into = words.pop()?.w ?? '';
  const last = words[words.length - 1];
  if (IN.has(into)) {
    // "temperatures in the 30s" or "highs will be in the 80s", not "prices rose in the 30s".
    if (!isMeasured(words, words.length - 1) && !LINKING.has(last?.w)) return false;
  } else if (into === 'to' && /^(?:\d0s|[a-z]+ties)$/.test(last?.w ?? '')) {
    // "rose from the 20s to the 30s": the second end is what the first is.
    return isMeasureAt(text, last.at, last.at);
  } else if (into === 'to' || into === 'from') {
    if (!MOVED.has(last?.w)) return false;
  } else if (!INTO.has(into)) return false;
  for (let k = words.length - 1; k >= 0 && k >= words.length - REACH; k--)
    if (isMeasured(words, k)) return true;
  return false;
}

function isMeasured(words: readonly Word[], k: number): boolean {
  const w = words[k]?.w;
  if (MEASURED.has(w)) return true;
  return MEASURED_AFTER_ARTICLE.has(w) && (words[k - 1]?.w === 'a' || words[k - 1]?.w === 'the');
}
