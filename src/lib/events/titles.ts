import { titleMessages } from '../messages';
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
import { readDateHeading } from './title-heading';
import { titleName } from './title-names';
import { readTableRow } from './title-table';
import { cleanWords, contentCount, isEdgeWord, joinTitle, trimEdges } from './title-words';

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
  /** The header row of the table whose row the sentence is, if it has one (`readTableHeaders`). */
  header?: string;
  /** The name of the date's column when the row dates other happenings too ("Signed"). */
  column?: string;
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
  return titleStructured(clause, dateAt, context) ?? titleProse(clause, dateAt, context);
}

/**
 * The title of a sentence that is a table row or a heading beside its date: the cell that tells
 * the row (none when its other cells are numbers or dates: no happening), or the heading's name
 * ("## [3.1.0] - 2024-02-14" -> "Version 3.1.0"). Null for prose.
 */
function titleStructured(
  clause: string,
  dateAt: number,
  context: TitleContext,
): ClauseTitle | null {
  const lead = context.lead ?? '';
  const line = lead + clause + (context.rest ?? '');
  const at = lead.length + dateAt;
  const row = readTableRow(line, at, context.header);
  if (!row) {
    const parts = readDateHeading(line, at);
    return parts && titleName(parts);
  }
  const { dateCell, titleCell } = row;
  // "| Trafalgar | Fought off Cape Trafalgar on 21 October 1805 |", "| 1911 | Collided with HMS
  // Hawke on 20 September 1911 |": a cell that is a clause around a date of the candidate's.
  const dates = [at, ...(context.otherDates ?? []).map((other) => lead.length + other)];
  for (const cell of [dateCell, titleCell]) {
    if (!cell || !/\p{L}/u.test(cell.text)) continue;
    const [own, ...others] = dates
      .filter((date) => date >= cell.start && date < cell.start + cell.text.length)
      .map((date) => date - cell.start);
    if (own === undefined) continue;
    const prose = titleProse(cell.text, own, {
      ...(cell === dateCell ? { dateText: context.dateText } : {}),
      otherDates: others,
    });
    if (prose.title.includes(' ')) return prose;
  }
  const told = titleCell && titleName([titleCell.text]);
  if (!told) return { title: '', happening: false };
  return context.column
    ? { ...told, title: titleMessages.tableColumn(told.title, context.column) }
    : told;
}

/** The title of a clause of prose: see `makeTitle`. */
function titleProse(clause: string, dateAt: number, context: TitleContext = {}): ClauseTitle {
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
    // Whether the next date cut the clause: the sentence goes on with it (blanked to spaces),
    // not with a semicolon that ended the clause.
    !goesOn && /^\s/.test(context.rest ?? ''),
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
    const next = titleProse(context.rest, 0, { lead: clause });
    if (next.title.includes(' ')) return next;
  }
  // ... or, at the end of its sentence ("..., probably in September."), what it said before.
  if (kept.length === 0 && context.lead?.trim()) {
    const before = titleProse(context.lead, context.lead.length, {
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
  return { title: joinTitle(kept), happening };
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
