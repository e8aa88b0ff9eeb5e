import {
  BLANK,
  bare,
  dropFrontedPhrase,
  findLeadSubject,
  findNounStart,
  hasVerb,
  isMidAdverb,
  isVerb,
  RELATIVES,
  MARK,
  opensFrontedPhrase,
  PREPOSITIONS,
  recoverSubject,
  splitClauses,
  startsWithSubject,
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
  /(?:\b(?:in|on|at|by|for|from|since|during|until|till|around|about|before|after|of|over|within|throughout|as of|back in|(?:starting|beginning|ending) (?:in|on)|shortly after)\s+){0,2}(?:\b(?:the|early|late|mid)\s+)*$/i;

const MAX_WORDS = 9;

/**
 * Removes quoted passages, bracketed asides and the date expressions (blanked to spaces). An
 * aside cut by the clause's edge goes too ("December 8 in Asian time zones), Japan attacked",
 * "the legacy reader (reported"), and a quote mark left without its pair.
 */
function stripAsides(text: string): string {
  // An aside that holds the date leaves the date where it was: "in Korea (1950-1953)".
  const drop = (aside: string) => (aside.includes(MARK) ? ` ${MARK} ` : ' ');
  return text
    .replace(/[“"][^“”"]{0,200}[”"]/g, drop)
    .replace(/‘[^‘’]{0,40}’(?!\w)/g, drop)
    .replace(/\([^()]*\)|\[[^[\]]*\]/g, drop)
    .replace(/^[^()[\]]*[)\]]/, drop)
    .replace(/[([][^()[\]]*$/, drop)
    .replace(/[“”"]/g, ' ')
    .replace(/[‘’']/g, "'");
}

/** True when `text` opens a bracket it does not close. */
const opensAside = (text: string) =>
  (text.match(/[([]/g)?.length ?? 0) > (text.match(/[)\]]/g)?.length ?? 0);

const PARTICLES = new Set(['over', 'up', 'down', 'off', 'out', 'away', 'back']);
const isParticle = (words: readonly string[], i: number) =>
  i > 0 &&
  PARTICLES.has(words[i].toLowerCase()) &&
  (isVerb(words, i - 1) || /^\p{Ll}{3,}ly$/u.test(words[i - 1]));

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

/** Words that mark a time of day or a time zone after a removed date ("on Monday evening", "5:34 AM Baghdad time"). */
const DAY_PART =
  /^\s*(?:[Mm]orning|[Aa]fternoon|[Ee]vening|[Nn]ight|(?:local|\p{Lu}\p{Ll}+)\s+time|UTC|GMT|[A-Z]{2,3}T)\b/u;
/** A date written relative to a happening ("eight days after"): the happening named next belongs to it. */
const RELATIVE_DATE = /\b(?:after|before|since|following)$/i;
/**
 * Length of the happening a relative date is counted from, at the start of `text`: "Fort Sumter",
 * "the invasion", "the fall of Paris". Names, or up to two nouns after a determiner.
 */
function anchorLength(text: string): number {
  const words = [...text.matchAll(/\S+/g)];
  let k = 0;
  const end = (w: string) => /[,;:.!?)]$/.test(w);
  if (/^(?:the|his|her|its|their)$/i.test(words[0]?.[0] ?? '')) k++;
  const nouns = words.map((m) => m[0].replace(/[,;:.!?)]+$/, ''));
  const start = k;
  while (k < words.length && k - start < 4) {
    const w = nouns[k];
    const name = /^\p{Lu}/u.test(w);
    const linked = /^of$/i.test(w) && /^\p{Lu}/u.test(nouns[k + 1] ?? '') && k > start;
    if (
      !linked &&
      (STOPWORDS.has(w.toLowerCase()) || isVerb(nouns, k) || !/^[\p{L}'’-]+$/u.test(w))
    )
      break;
    if (!name && !linked && k - start >= 2) break;
    k++;
    if (end(words[k - 1][0])) break;
  }
  if (k === start) return 0;
  const last = words[k - 1];
  return last.index + last[0].replace(/[,;:.!?)]+$/, '').length;
}

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
    // "2007 also saw a sharp increase": the date is the subject and stays (its words marked, so
    // they count as the date, not as a subject, everywhere else).
    const subject =
      isDate && written && /\d/.test(written) && isDateSubject(clause, at, to, context);
    if (isDate && RELATIVE_DATE.test(context.dateText ?? '')) to += anchorLength(clause.slice(to));
    const text = !isDate
      ? BLANK
      : until
        ? `${MARK} until ${written}`
        : subject
          ? written
              .split(/\s+/)
              .map((w) => MARK + w)
              .join(' ')
          : MARK;
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

/** True when the date opens its sentence and a verb follows it: "1945 marked the end of the war". */
function isDateSubject(clause: string, at: number, end: number, context: TitleContext): boolean {
  if (clause.slice(0, at).trim() || context.lead?.trim()) return false;
  const next = clause.slice(end).trim().split(/\s+/);
  const verb = next.findIndex((w) => !isMidAdverb(w));
  return verb >= 0 && isVerb(next, verb) && !/^(?:was|were|is|are)$/i.test(next[verb]);
}

/** The words of a title: no date marks, no judging words; a judging verb ("were humiliating") ends it. */
function cleanWords(words: readonly string[]): string[] {
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
  if (!/^\p{L}/u.test(subject.words[0] ?? '') || !cleanWords(subject.words).length) return words;
  const between = segments.slice(1, from);
  if (between.some((s) => hasVerb(s.words) && !RELATIVES.has(bare(s.words[0] ?? '')))) return words;
  return [...subject.words, ...words];
}

/** Index of the first word that is no date mark and no adverb ("however", "also"): where a verb would stand. */
function firstWordAt(words: readonly string[]): number {
  let i = 0;
  while (
    i < words.length &&
    (words[i].startsWith(MARK) ||
      words[i] === BLANK ||
      !bare(words[i]) ||
      isMidAdverb(words[i]) ||
      bare(words[i]) === 'however')
  )
    i++;
  return i;
}

/**
 * "An undated NSA publication declassified in 2005, however, revealed ...": the clause of "4
 * August" starts at its verb, and its subject opens the sentence before the clause (`lead`).
 * Only when every part of the clause before is an aside (no verb).
 */
function subjectFromLead(
  words: string[],
  segments: readonly Segment[],
  from: number,
  lead: string,
): string[] {
  const at = firstWordAt(words);
  if (
    !lead.trim() ||
    !isVerb(words, at) ||
    words[at] !== segments[from]?.words[firstWordAt(segments[from].words)]
  )
    return words;
  if (segments.slice(0, Math.max(from, 0)).some((s) => hasVerb(s.words))) return words;
  const subject = findLeadSubject(lead);
  return subject.length ? [...subject, ...words] : words;
}

/**
 * "Liberty Arsenal in Liberty, Missouri was seized ...": a comma inside a place name ("Liberty,
 * Missouri") cut the subject; the clause opens with the last part of the name and a verb, and the
 * sentence with a noun phrase (no verb, no preposition first) ending in a name.
 */
function subjectAcrossComma(
  words: string[],
  segments: readonly Segment[],
  from: number,
  lead: string,
): string[] {
  if (from !== 1 || lead.trim() || words[0] !== segments[from].words[0]) return words;
  const before = segments[0].words;
  const verb = words.findIndex((_, k) => isVerb(words, k));
  if (verb < 1 || verb > 2 || !words.slice(0, verb).every((w) => /^\p{Lu}/u.test(w))) return words;
  if (segments[0].kind !== 'plain' || before.length > 6 || hasVerb(before)) return words;
  if (!/^\p{Lu}/u.test(before[0]) || opensFrontedPhrase(before)) return words;
  if (!/^\p{Lu}/u.test(before[before.length - 1]) || (isEdgeWord(before[0]) && before.length < 2))
    return words;
  return [...before, ',', ...words];
}

/**
 * "Redmoor, who won the league in 2021": a relative clause set off by a comma tells of the noun
 * before it, which becomes its subject. Empty when no noun ends what precedes.
 */
function findAntecedentNoun(
  segments: readonly (Segment & { first: boolean })[],
  from: number,
  lead: string,
): string[] {
  const segment = segments[from];
  if (!segment?.first || !/^(?:who|which)$/.test(bare(segment.words[0] ?? ''))) return [];
  if (from === 0 && !lead.trim()) return [];
  const before = [
    ...lead.replace(/(?<!\d),|,(?!\d)/g, ' , ').split(/\s+/),
    ...segments.slice(0, from).flatMap((s, k) => (k > 0 && s.first ? [',', ...s.words] : s.words)),
  ].filter(Boolean);
  while (before.length && !bare(before[before.length - 1])) before.pop();
  // "the conversion of Jacques Soustelle, who went": the person, not the conversion.
  const start = findNounStart(before, before.length, false);
  if (start === before.length || before.length - start > 5) return [];
  // "reports to Congress, which showed": the noun after a preposition may not be the one meant.
  if (PREPOSITIONS.has(bare(before[start - 1] ?? ''))) return [];
  return before.slice(start);
}

/** Words that open a phrase: a title cut before one ends where a phrase ends. */
const PHRASE_OPENERS = new Set([
  ...[...PREPOSITIONS].filter((w) => w !== 'of'),
  ...`and or but nor to which who whom whose where while as than after before since until because
  following including behind beyond among amid around along alongside inside outside beside besides
  past via throughout except below above beneath per versus off`.split(/\s+/),
]);
/** Heads of connectives of several words ("in order to", "due to"): never the last words of a title. */
const CONNECTIVE_HEAD =
  /^(?:in order|so as|as well|such|rather|due|according|prior|instead|because|ahead|thanks|apart|regardless)$/;

/**
 * The first nine words, cut back to the end of a phrase when the ninth is inside one ("... able
 * to return to their burnt-out [city]" -> "... able to return"), unless that would lose the verb
 * or leave fewer than two words that say something.
 */
function cutAtPhrase(words: readonly string[]): string[] {
  if (words.length <= MAX_WORDS) return [...words];
  const endsPhrase = (k: number) => {
    const word = bare(words[k]);
    // A participle after a noun opens a phrase too ("the area | controlled by the Legion").
    // "that" opens a relative clause after a noun, but after "said" it is what was said.
    const opens =
      !/[\p{L}\p{N}]/u.test(words[k]) ||
      /[,;:]$/.test(words[k - 1]) ||
      (PHRASE_OPENERS.has(word) && !/^(?:and|or)$/.test(word)) ||
      // "and" joins clauses or verbs here, not two words of a noun ("air and naval").
      (/^(?:and|or)$/.test(word) &&
        (isVerb(words, k + 1) || startsWithSubject(words.slice(k + 1)))) ||
      (word === 'that' && !isVerb(words, k - 1) && !isParticle(words, k - 1)) ||
      // "of" ties a noun to the next: a cut before it may drop at most three words.
      (word === 'of' && k >= MAX_WORDS - 3) ||
      // The predicate after a subject of nine words.
      (k === MAX_WORDS && isVerb(words, k) && !hasVerb(words.slice(0, k)));
    const head = [words[k - 2], words[k - 1]].filter(Boolean).map(bare);
    return opens && !CONNECTIVE_HEAD.test(head.join(' ')) && !CONNECTIVE_HEAD.test(head[1] ?? '');
  };
  const cut = words.slice(0, MAX_WORDS);
  if (endsPhrase(MAX_WORDS)) return cut;
  for (let k = MAX_WORDS - 1; k >= 2; k--) {
    const head = words.slice(0, k);
    const kept = trimEdges(head);
    // Not "extended over [much]": what is left must not end on a preposition.
    const clean = !PHRASE_OPENERS.has(bare(kept[kept.length - 1] ?? ''));
    if (endsPhrase(k) && clean && contentCount(kept) >= 2 && (hasVerb(kept) || !hasVerb(cut)))
      return head;
  }
  return cut;
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
  // "At 5:34 AM Baghdad time on March 20, 2003 (": the clause was cut inside an aside that holds
  // another date; the clause goes on after the aside closes.
  const goesOn = opensAside(clause) && !!context.rest && !opensAside(context.rest);
  const text = stripAsides(markDates(goesOn ? clause + context.rest : clause, dateAt, context));
  if (goesOn) context = { ...context, rest: '' };
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
  // Not when the date's part is a clause of its own ("..., and she died in Stockholm the next
  // year"), nor when what precedes is a phrase set before the main clause that follows ("Having
  // lured the enemy into the hills, in January 1968, the rebels broke the truce").
  const frontedBefore =
    anchor === 1 &&
    !context.lead?.trim() &&
    opensFrontedPhrase(segments[0].words) &&
    startsWithSubject(segments[2]?.words ?? []);
  if (
    anchor > 0 &&
    segments[anchor].first &&
    contentCount(cleaned[anchor]) < 3 &&
    contentCount(cleaned[anchor - 1]) >= 3 &&
    segments[anchor].kind !== 'coord' &&
    !frontedBefore
  ) {
    // ... unless what precedes is an aside after the subject ("The strike, the longest in
    // years, ended on Friday").
    let subjected = subjectBeforeAside(words, segments, anchor);
    if (subjected === words)
      subjected = subjectAcrossComma(words, segments, anchor, context.lead ?? '');
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
  // "Redmoor, who won the league in 2021, ...": the relative clause tells of the noun before it.
  const antecedent = from === anchor ? findAntecedentNoun(segments, from, context.lead ?? '') : [];
  if (antecedent.length) words = [...antecedent, ...words.slice(1)];
  const extend =
    anchor >= 0 && from === anchor && segments[anchor].kind !== 'sub' && !antecedent.length;
  for (let k = from + 1; extend && k < segments.length; k++) {
    const segment = segments[k];
    const more = cleaned[k];
    if (words.length >= MAX_WORDS || segment.kind !== 'plain' || !segment.first) break;
    // "..., during which communists were arrested": a relative clause tells of something else.
    if (segment.words.slice(0, 2).some((w) => RELATIVES.has(bare(w)))) break;
    const listGoesOn =
      /^\p{Lu}/u.test(more[0] ?? '') &&
      more.length <= 4 &&
      !PREPOSITIONS.has(bare(segment.words[0]));
    if (contentCount(cleanWords(words)) >= 3 && !listGoesOn) break;
    // "NATO, through its programs, has pooled ...": an aside between a subject and its verb; "In
    // 481 BC, after four years of preparation, Xerxes began ...": a phrase before the main clause.
    const after = segments[k + 1];
    if (
      contentCount(cleanWords(words)) === 0 &&
      opensFrontedPhrase(segment.words) &&
      !hasVerb(segment.words) &&
      after?.first &&
      after.kind === 'plain' &&
      startsWithSubject(after.words)
    )
      continue;
    if (
      !hasVerb(words) &&
      PREPOSITIONS.has(bare(segment.words[0])) &&
      after?.first &&
      after.kind === 'plain' &&
      isVerb(after.words, 0)
    )
      continue;
    // The comma between the chunks stays ("Poland, Hungary and the Czech Republic"), unless a verb follows its subject.
    if (isVerb(segment.words, 0)) {
      // A clause with its subject and verb is whole ("he launched the campaign").
      if (hasVerb(words) && !isVerb(words, firstWordAt(words))) break;
      words = [...words, ...segment.words];
    } else {
      if (cleanWords(words).length > 0 && more.length > 0) words.push(',');
      words = [...words, ...more];
    }
  }
  words = dropFrontedPhrase(words);
  words = recoverSubject(
    words,
    [
      context.lead ?? '',
      ...segments.slice(0, Math.max(from, 0)).flatMap((s) => [...s.words, ',']),
    ].join(' '),
    context.previous ?? '',
  );
  words = subjectBeforeAside(words, segments, from);
  words = subjectFromLead(words, segments, from, context.lead ?? '');
  words = subjectAcrossComma(words, segments, from, context.lead ?? '');
  // "Room 3 covers the flood of 1936": the flood is the happening; "Room 3 covers the 1920s": none.
  const topic = findDocumentTopic(words);
  const aboutDocument = topic !== null && namesOnlyTime(topic, isEdgeWord);
  if (topic && !aboutDocument) words = topic;
  let kept = cleanWords(words);
  let told = words;
  if (contentCount(kept) < (anchor >= 0 && segments[anchor].kind !== 'plain' ? 2 : 3)) {
    // The clause has too few words: the plain clause that says most.
    const best = cleaned
      .map((w, index) => ({ w, index }))
      .filter(
        ({ index }) =>
          segments[index].kind === 'plain' &&
          index !== from &&
          !segments[index].words.slice(0, 2).some((w) => RELATIVES.has(bare(w))),
      )
      .sort((a, b) => contentCount(b.w) - contentCount(a.w) || a.index - b.index)[0];
    if (best && contentCount(best.w) > contentCount(kept))
      [kept, told] = [best.w, segments[best.index].words];
  }
  kept = trimEdges(cutAtPhrase(kept));
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
    const words = trimEdges(cutAtPhrase(cleaned[from + 1]));
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
