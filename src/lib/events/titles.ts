import { dropFrontedPhrase } from './grammar/fronted-phrases';
import { startsWithSubject } from './grammar/noun-phrases';
import { recoverSubject } from './grammar/recover-subject';
import { bare, hasVerb, RELATIVES } from './grammar/word-classes';
import { findDocumentTopic, namesOnlyTime, statesOnly } from './happenings';
import { STOPWORDS } from './terms';
import { opensAside, stripAsides } from './title-asides';
import { chooseClause } from './title-clause';
import { cutAtPhrase } from './title-cut';
import { markDates, type DateContext } from './title-dates';
import { subjectAcrossComma, subjectBeforeAside, subjectFromLead } from './title-subjects';
import { cleanWords, contentCount, isEdgeWord, trimEdges } from './title-words';

/** What a title may use besides its clause (all optional; texts have their dates blanked). */
export interface TitleContext extends DateContext {
  /** This sentence before the clause (the clause starts after an earlier date of the sentence). */
  lead?: string;
  /** The sentence before this one in the same paragraph: where "they" or "it" may point. */
  previous?: string;
  /** The paragraph's sentences before `previous`: read when they name only one subject that fits. */
  earlier?: string;
  /** This sentence after the clause: read when the clause holds nothing but its date. */
  rest?: string;
}

/**
 * Makes a short, neutral title from the clause a date dates: `clause` has the date expressions
 * blanked with spaces at `dateAt` (offset in the clause). Keeps the clause the date belongs to
 * (subject, verb, object), not the subordinate or coordinate clauses around it; drops asides,
 * quotes and evaluative words; at most nine words. A fronted "when" clause gives the time of the
 * main clause, which is the title ("When he died in 395 the empire was divided" -> "Empire was
 * divided"). A pronoun subject becomes the subject it stands for when that is clear.
 */
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
  const { segments, cleaned, anchor, from, ...chosen } = chooseClause(
    text,
    clause,
    dateAt,
    context.lead ?? '',
  );
  let words = dropFrontedPhrase(chosen.words);
  words = recoverSubject(
    words,
    [
      context.lead ?? '',
      ...segments.slice(0, Math.max(from, 0)).flatMap((s) => [...s.words, ',']),
    ].join(' '),
    context.previous ?? '',
    context.earlier ?? '',
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
  // "Polonium had been announced": a subject and its verb say enough.
  const whole = contentCount(kept) >= 2 && startsWithSubject(kept);
  if (!whole && contentCount(kept) < (anchor >= 0 && segments[anchor].kind !== 'plain' ? 2 : 3)) {
    // The clause has too few words: the plain clause that says most.
    const best = cleaned
      .map((w, index) => ({ w, index }))
      .filter(
        ({ index }) =>
          segments[index].kind === 'plain' &&
          index !== from &&
          !segments[index].words.slice(0, 2).some((w) => RELATIVES.has(bare(w))) &&
          // "... was a ferry, first recorded in 1284": a state does not stand in for a happening.
          (statesOnly(words) || !statesOnly(segments[index].words)),
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
    const before = titleClause(context.lead, context.lead.length, {
      previous: context.previous,
      earlier: context.earlier,
    });
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
