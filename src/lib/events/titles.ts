import {
  BLANK,
  bare,
  hasVerb,
  isVerb,
  MARK,
  PREPOSITIONS,
  recoverSubject,
  splitClauses,
  type Segment,
} from './clauses';
import { findDocumentTopic, namesOnlyTime, statesOnly } from './happenings';
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
/** Prepositions and modifiers that belong to a removed date expression ("in", "the late"). */
const DATE_LEAD =
  /(?:\b(?:in|on|at|by|for|from|since|during|until|till|around|about|before|after|of|over|within|throughout|as of|back in|starting in|shortly after)\s+){0,2}(?:\b(?:the|early|late|mid)\s+)*$/i;

const MAX_WORDS = 9;

/** Removes quoted passages, bracketed asides and the date expressions (blanked to spaces). */
function stripAsides(text: string): string {
  // An aside that holds the date leaves the date where it was: "in Korea (1950-1953)".
  const drop = (aside: string) => (aside.includes(MARK) ? ` ${MARK} ` : ' ');
  return text
    .replace(/[“"][^“”"]{0,200}[”"]/g, drop)
    .replace(/‘[^‘’]{0,40}’(?!\w)/g, drop)
    .replace(/\([^()]*\)|\[[^[\]]*\]/g, drop)
    .replace(/[‘’']/g, "'");
}

const PARTICLES = new Set(['over', 'up', 'down', 'off', 'out', 'away', 'back']);
const isParticle = (words: readonly string[], i: number) =>
  i > 0 && PARTICLES.has(words[i].toLowerCase()) && isVerb(words, i - 1);

/** True for a word that says nothing at the edge of a title ("and", "the", "in", a comma). */
const isEdgeWord = (w: string) =>
  EDGE_WORDS.has(w.toLowerCase().replace(/[^\p{L}'-]/gu, '')) || !/\p{L}|\d/u.test(w);

/** Cuts leading and trailing words that say nothing ("and", "the", "in"). */
function trimEdges(words: string[]): string[] {
  let from = 0;
  let to = words.length;
  while (from < to && isEdgeWord(words[from])) from++;
  // "took over", "set up": a particle after its verb stays.
  while (to > from && isEdgeWord(words[to - 1]) && !isParticle(words, to - 1)) to--;
  return words.slice(from, to);
}

const contentCount = (words: readonly string[]) =>
  words.filter((w) => !EDGE_WORDS.has(w.toLowerCase())).length;

/** What a title may use besides its clause (all optional; texts have their dates blanked). */
export interface TitleContext {
  /** This sentence before the clause (the clause starts after an earlier date of the sentence). */
  lead?: string;
  /** The sentence before this one in the same paragraph: where "they" or "it" may point. */
  previous?: string;
  /** This sentence after the clause: read when the clause holds nothing but its date. */
  rest?: string;
  /** Offsets in the clause of the candidate's other date expressions (their "on", "in" go too). */
  otherDates?: readonly number[];
  /** The date as written ("1453"): kept after "until", "the empire lasted until 1453". */
  dateText?: string;
}

/** Words that mark a time of day after a removed date ("on Monday evening"). */
const DAY_PART = /^\s*(?:morning|afternoon|evening|night)\b/i;

/**
 * Replaces the date by `MARK` (after "until", the date stays written: the event is an end) and the
 * candidate's other dates by `BLANK`, each without the words that belonged to it ("in", "on the", "evening").
 */
function markDates(clause: string, dateAt: number, context: TitleContext): string {
  const edits: { from: number; to: number; text: string }[] = [];
  const mark = (at: number, isDate: boolean) => {
    const lead = DATE_LEAD.exec(clause.slice(0, at))?.[0] ?? '';
    let to = at;
    while (to < clause.length && clause[to] === ' ') to++;
    to += DAY_PART.exec(clause.slice(to))?.[0].length ?? 0;
    const written = context.dateText?.replace(/,/g, '');
    const until = isDate && /\b(?:until|till)\s+$/i.test(lead) && written && /\d/.test(written);
    const text = !isDate ? BLANK : until ? `${MARK} until ${written}` : MARK;
    edits.push({ from: at - lead.length, to, text: ` ${text} ` });
  };
  mark(dateAt, true);
  for (const at of context.otherDates ?? []) if (at !== dateAt) mark(at, false);
  edits.sort((a, b) => a.from - b.from);
  let out = '';
  let done = 0;
  for (const edit of edits) {
    if (edit.from < done) continue;
    out += clause.slice(done, edit.from) + edit.text;
    done = edit.to;
  }
  return out + clause.slice(done);
}

/** The words of a title: no date marks, no judging words; a judging verb ("were humiliating") ends it. */
function cleanWords(words: readonly string[]): string[] {
  const out: string[] = [];
  // An article whose judging word was dropped: "an [aggressive] campaign" must read "a campaign".
  let bareArticle = false;
  for (const word of words) {
    if (word === MARK || word === BLANK) continue;
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
  return trimEdges(out);
}

/**
 * Makes a short, neutral title from the clause a date dates: `clause` has the date expressions
 * blanked with spaces at `dateAt` (offset in the clause). Keeps the clause the date belongs to
 * (subject, verb, object), not the subordinate or coordinate clauses around it; drops asides,
 * quotes and evaluative words; at most nine words. A fronted "when" clause gives the time of the
 * main clause, which is the title ("When he died in 395 the empire was divided" -> "Empire was
 * divided"). A pronoun subject becomes the subject it stands for when that is clear.
 */
/** Words that open a relative clause set off by commas ("The schools, which had closed, ..."). */
const RELATIVES = new Set(['which', 'who', 'whose', 'whom']);

/**
 * "The schools, which had closed in March, reopened in June": the date's clause begins with its
 * verb because an aside stands between it and its subject. The subject is the sentence's first
 * chunk when that is a short phrase without a verb and every chunk between is an aside (no verb,
 * or a relative clause).
 */
function subjectBeforeAside(
  words: string[],
  segments: readonly (Segment & { chunk: number; first: boolean })[],
  from: number,
): string[] {
  let i = 0;
  while (i < words.length && (words[i].startsWith(MARK) || words[i] === BLANK)) i++;
  if (from <= 0 || !segments[from].first || !isVerb(words, i)) return words;
  const subject = segments[0];

  if (subject.kind !== 'plain' || subject.words.length > 5 || hasVerb(subject.words)) return words;
  if (!/^\p{L}/u.test(subject.words[0] ?? '')) return words;
  const between = segments.slice(1, from);
  if (between.some((s) => hasVerb(s.words) && !RELATIVES.has(bare(s.words[0] ?? '')))) return words;
  return [...subject.words, ...words];
}

export function makeTitle(clause: string, dateAt: number, context: TitleContext = {}): string {
  return titleClause(clause, dateAt, context).title;
}

/** A title, and whether its clause tells a happening (not a state, not the document about itself). */
export interface ClauseTitle {
  title: string;
  happening: boolean;
}

/** `makeTitle`, also saying whether the clause tells a happening (see `happenings.ts`). */
export function titleClause(
  clause: string,
  dateAt: number,
  context: TitleContext = {},
): ClauseTitle {
  const text = stripAsides(markDates(clause, dateAt, context));
  // Not inside "25,000", nor after an initial ("John S. Mosby").
  const chunks = text.split(/(?<!\d),|,(?!\d)|[;:–—!?]|\s-\s|(?<!\b\p{Lu})\.(?=\s|$)/u);
  const segments = chunks.flatMap((chunk, c) =>
    splitClauses(chunk.split(/\s+/).filter(Boolean)).map((s, k) => ({
      ...s,
      chunk: c,
      first: k === 0,
    })),
  );
  const cleaned = segments.map((s) => cleanWords(s.words));
  let anchor = segments.findIndex((s) => s.words.some((w) => w.startsWith(MARK)));
  // A fronted "when" clause tells the time of the main clause after it: that is the event.
  const next = segments[anchor + 1];
  if (
    anchor >= 0 &&
    segments[anchor].opener === 'when' &&
    segments[anchor].kind === 'sub' &&
    !segments.slice(0, anchor).some((s) => hasVerb(s.words)) &&
    next?.kind === 'plain' &&
    hasVerb(next.words) &&
    contentCount(cleaned[anchor + 1]) >= 2
  )
    anchor++;
  let from = anchor;
  let words = anchor >= 0 ? [...segments[anchor].words] : [];
  // "It was founded after the war, in 1949, in ...": a date set off by commas dates what precedes it.
  if (
    anchor > 0 &&
    segments[anchor].first &&
    contentCount(cleaned[anchor]) < 3 &&
    contentCount(cleaned[anchor - 1]) >= 3
  ) {
    // ... unless what precedes is an aside after the subject ("The strike, the longest in
    // years, ended on Friday").
    const subjected = subjectBeforeAside(words, segments, anchor);
    if (subjected !== words) words = subjected;
    else {
      from = anchor - 1;
      words = [...segments[from].words];
    }
  }
  // A clause cut where the next date begins ("went public in 1987 and was acquired by X in"): what
  // follows the last "and" belongs to that date.
  const cutAtDate =
    /\b(?:in|on|at|by|from|since|during|until|till|around|before|after|of)\s*$/i.test(clause);
  if (from === anchor && anchor === segments.length - 1 && cutAtDate) {
    const at = words.findIndex((w) => w.startsWith(MARK));
    let last = words.length - 1;
    while (last > at && !/^(?:and|or|but)$/i.test(words[last])) last--;
    if (at >= 0 && last > at && contentCount(cleanWords(words.slice(0, last))) >= 1)
      words = words.slice(0, last);
  }
  const extend = anchor >= 0 && from === anchor && segments[anchor].kind !== 'sub';
  for (let k = from + 1; extend && k < segments.length; k++) {
    const segment = segments[k];
    const more = cleaned[k];
    if (words.length >= MAX_WORDS || segment.kind !== 'plain' || !segment.first) break;
    const listGoesOn = /^\p{Lu}/u.test(more[0] ?? '') && more.length <= 4;
    if (contentCount(cleanWords(words)) >= 3 && !listGoesOn) break;
    // "NATO, through its programs, has pooled ...": an aside between a subject and its verb.
    const after = segments[k + 1];
    if (
      PREPOSITIONS.has(bare(segment.words[0])) &&
      after?.first &&
      after.kind === 'plain' &&
      isVerb(after.words, 0)
    )
      continue;
    // The comma between the chunks stays ("Poland, Hungary and the Czech Republic"), unless a verb follows its subject.
    if (isVerb(segment.words, 0)) words = [...words, ...segment.words];
    else {
      if (cleanWords(words).length > 0 && more.length > 0) words.push(',');
      words = [...words, ...more];
    }
  }
  words = recoverSubject(
    words,
    [
      context.lead ?? '',
      ...segments.slice(0, Math.max(from, 0)).flatMap((s) => [...s.words, ',']),
    ].join(' '),
    context.previous ?? '',
  );
  words = subjectBeforeAside(words, segments, from);
  // "Room 3 covers the flood of 1936": the flood is the happening; "Room 3 covers the 1920s": none.
  const topic = findDocumentTopic(words);
  const aboutDocument = topic !== null && namesOnlyTime(topic, isEdgeWord);
  if (topic && !aboutDocument) words = topic;
  let kept = cleanWords(words);
  let told = words;
  if (contentCount(kept) < (anchor >= 0 && segments[anchor].kind === 'sub' ? 2 : 3)) {
    // The clause has too few words: the plain clause that says most.
    const best = cleaned
      .map((w, index) => ({ w, index }))
      .filter(({ index }) => segments[index].kind === 'plain' && index !== from)
      .sort((a, b) => contentCount(b.w) - contentCount(a.w) || a.index - b.index)[0];
    if (best && contentCount(best.w) > contentCount(kept))
      [kept, told] = [best.w, segments[best.index].words];
  }
  kept = trimEdges(kept.slice(0, MAX_WORDS));
  // A clause that holds nothing but its date dates what the sentence says next.
  if (kept.length === 0 && context.rest) {
    const next = titleClause(context.rest, 0, { lead: clause });
    if (next.title.includes(' ')) return next;
  }
  // ... or, at the end of its sentence ("..., probably in September."), what it said before.
  if (kept.length === 0 && context.lead?.trim()) {
    const before = titleClause(context.lead, context.lead.length, { previous: context.previous });
    if (before.title.includes(' ')) return before;
  }
  let happening = !aboutDocument && !statesOnly(told);
  // "He had been a boy in 1957 when Sputnik beeped across the sky": the state gives the time of
  // the "when" clause after it, and that clause is the happening.
  const then = segments[from + 1];
  if (!happening && !aboutDocument && then?.opener === 'when' && hasVerb(then.words)) {
    const words = trimEdges(cleaned[from + 1].slice(0, MAX_WORDS));
    if (contentCount(words) >= 2) [kept, happening] = [words, true];
  }
  if (kept.length === 0) return { title: '', happening };
  const title = kept
    .join(' ')
    .replace(/\s+([,;:])/g, '$1')
    .replace(/\s+'s\b/g, "'s")
    .replace(/^'s\s+/, '')
    .replace(/[,;:]+$/, '');
  return { title: title.charAt(0).toUpperCase() + title.slice(1), happening };
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
