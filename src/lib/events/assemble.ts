import { titleMessages } from '../messages';
import type { Citation, Disagreement, TimelineEvent } from '../types';
import type { Candidate, PlacedMention } from './candidates';
import { contains, PRECISION_RANK, type DateSpan } from './edtf';
import { extractTerms } from './terms';
import { slugTitle, titleClause, type ClauseTitle } from './titles';

/** A citation with the span it gives and whether it only refines a date cited beside it. */
interface CitedMention {
  citation: Citation;
  span: DateSpan;
  /** A time of day whose day a date of its own clause gives ("21 July 1969 at 02:56"). */
  refinement: boolean;
  /** A time of day ("02:56", "that evening"): finer than a day, so it agrees with the day it falls in. */
  timeOfDay: boolean;
}

const isTimeOfDay = (m: PlacedMention) => m.mention.type === 'TIME';

/** True when `m` is a time of day on the very day its candidate also cites: it says that day again, finer. */
function refinesDate(m: PlacedMention, candidate: Candidate): boolean {
  const sameDay = (o: PlacedMention) => o.span.start === m.span.start && o.span.end === m.span.end;
  return isTimeOfDay(m) && candidate.mentions.some((o) => !isTimeOfDay(o) && sameDay(o));
}

/** Citations of a group in corpus order, each giving the date of its own mention. */
function citeCandidates(group: readonly Candidate[]): CitedMention[] {
  return [...group]
    .sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1])
    .flatMap((candidate) =>
      candidate.mentions.map((m) => ({
        citation: {
          document: m.document,
          paragraph: m.paragraph,
          start: m.mention.start,
          end: m.mention.end,
          text: m.mention.text,
          date: m.span.edtf,
          sentence: { start: candidate.sentence.start, end: candidate.sentence.end },
        },
        span: m.span,
        refinement: refinesDate(m, candidate),
        timeOfDay: isTimeOfDay(m),
      })),
    );
}

/** The spans that vote on the event's date: each statement once ("21 July 1969 at 02:56" is one). */
const findVotingSpans = (cited: readonly CitedMention[]) =>
  cited.filter((c) => !c.refinement).map((c) => c.span);

/**
 * The spans that speak for the event's date: the finest precision given, exact before approximate,
 * and among those the ranges if any (a single day inside a summit's range is a day of it, not a disagreement).
 */
function findDecisiveSpans(spans: readonly DateSpan[]): DateSpan[] {
  const finest = spans.reduce((min, s) => Math.min(min, PRECISION_RANK[s.precision]), Infinity);
  const atFinest = spans.filter((s) => PRECISION_RANK[s.precision] === finest);
  // "early 1949" agrees with "1949": an approximate date yields to exact ones of its precision.
  const exact = atFinest.filter((s) => !s.approximate);
  const candidates = exact.length ? exact : atFinest;
  const ranges = candidates.filter((s) => s.isRange);
  if (ranges.length) return ranges;
  // A week ("last week") is given at day precision but is seven days: a day inside it is finer
  // and agrees with it, so it yields like "1949" yields to "April 4, 1949".
  const finer = candidates.filter(
    (s) => !candidates.some((t) => t.edtf !== s.edtf && contains(s, t)),
  );
  return finer.length ? finer : candidates;
}

/** The date most decisive citations give (ties: the first cited). */
function chooseDecisiveSpan(spans: readonly DateSpan[]): DateSpan {
  const decisive = findDecisiveSpans(spans);
  const counts = new Map<string, number>();
  for (const span of decisive) counts.set(span.edtf, (counts.get(span.edtf) ?? 0) + 1);
  return decisive.reduce((best, span) =>
    (counts.get(span.edtf) ?? 0) > (counts.get(best.edtf) ?? 0) ? span : best,
  );
}

/**
 * Disagreements of an event: when its decisive citations give more than one date, each such date
 * with the indices of the citations giving it. Coarser citations ("2022") agree, they are not listed;
 * so does a time of day within the event's date (`eventSpan`): it is finer, not another date.
 */
function findDisagreements(cited: readonly CitedMention[], eventSpan: DateSpan): Disagreement[] {
  const decisive = new Set(findDecisiveSpans(findVotingSpans(cited)).map((s) => s.edtf));
  const byDate = new Map<string, number[]>();
  cited.forEach(({ citation, span, refinement, timeOfDay }, index) => {
    const gives =
      !refinement && decisive.has(span.edtf) && !(timeOfDay && contains(eventSpan, span));
    if (citation.date && gives)
      byDate.set(citation.date, [...(byDate.get(citation.date) ?? []), index]);
  });
  return byDate.size > 1
    ? [...byDate].map(([date, indices]) => ({ date, citations: indices }))
    : [];
}

/** A letter or digit: a clause with none around its date says nothing but the date. */
const HAS_WORDS = /[\p{L}\p{N}]/u;

/**
 * The title of the best-placed member: one whose date is the event's and whose clause tells a
 * happening and gives words, the one most other documents bear out (ties: the first cited).
 * Null when no member tells a happening (states, a document about itself), unless `anyClause`.
 */
function titleGroup(
  group: readonly Candidate[],
  span: DateSpan,
  anyClause: boolean,
): string | null {
  const ordered = [...group].sort(
    (a, b) =>
      Number(b.span.edtf === span.edtf) - Number(a.span.edtf === span.edtf) ||
      a.order[0] - b.order[0] ||
      a.order[1] - b.order[1],
  );
  // Titles are made on demand: most groups need their first one only.
  const titles: (ClauseTitle | undefined)[] = [];
  const clauseAt = (i: number): ClauseTitle => {
    const c = ordered[i];
    // A date alone ("1917" over a section, "The 1990s" as a heading) tells nothing that happened.
    if (!HAS_WORDS.test(c.text)) return (titles[i] ??= { title: '', happening: false });
    return (titles[i] ??= titleClause(c.text, c.mentions[0].mention.start - c.clause.start, {
      ...c.titleContext,
      dateText: c.mentions[0].mention.text,
      otherDates: c.mentions.slice(1).map((m) => m.mention.start - c.clause.start),
    }));
  };
  const titleAt = (i: number): string =>
    anyClause || clauseAt(i).happening ? clauseAt(i).title : '';
  const full = (title: string) => title.split(' ').length >= 3;
  // Told by several documents: among the full titles at the event's date, the one the other
  // documents' clauses bear out most. "When Armstrong stepped onto the Moon ..., my grandfather
  // says the room went silent" gives way to "Armstrong became the first person to step onto the
  // lunar surface".
  if (new Set(group.map((c) => c.document)).size > 1) {
    const support = (title: string, member: Candidate) => {
      const stems = new Set(extractTerms(title).map((t) => t.stem));
      const others = group.filter(
        (c) => c.document !== member.document && c.terms.some((t) => stems.has(t.stem)),
      );
      return new Set(others.map((c) => c.document)).size;
    };
    let best = -1;
    let chosen: string | undefined;
    ordered.forEach((member, i) => {
      if (member.span.edtf !== span.edtf || !full(titleAt(i))) return;
      const score = support(titleAt(i), member);
      if (score > best) [best, chosen] = [score, titleAt(i)];
    });
    if (chosen) return chosen;
  }
  for (let i = 0; i < ordered.length; i++) if (full(titleAt(i))) return titleAt(i);
  for (let i = 0; i < ordered.length; i++) if (titleAt(i)) return titleAt(i);
  if (!anyClause && !ordered.some((_, i) => clauseAt(i).happening)) return null;
  return titleMessages.dated(group[0].mentions[0].mention.text);
}

/** The date part of an automatic id: `1954-03-31`, `1950s`, `1900s`, `499bce`. */
export function slugDate(span: Pick<DateSpan, 'start' | 'precision'>): string {
  const first = Number(span.start.slice(0, span.start.indexOf('-', 1)));
  // A narrowed decade ("late 1930s" starts 1937) still names its decade.
  const unit = span.precision === 'decade' ? 10 : span.precision === 'century' ? 100 : 1;
  const year = Math.floor(first / unit) * unit;
  const era = year <= 0 ? `${1 - year}bce` : String(year);
  if (span.precision === 'decade' || span.precision === 'century') {
    // BCE units are counted in BC years: the 400s BCE are 499..400 BC (`400sbce`).
    if (first <= 0) return `${Math.floor((1 - first) / unit) * unit}sbce`;
    return `${era}s`;
  }
  if (year <= 0) return era;
  return span.start.slice(0, span.precision === 'day' ? 10 : span.precision === 'month' ? 7 : 4);
}

/**
 * Turns a merged group of candidates into an event (no id yet; see `assignIds`), or null when none
 * of its clauses tells a happening ("he was a boy in 1957", "Room 3 covers the 1920s"); a group an
 * editor curated (`curated`) is an event whatever its clauses say.
 */
export function assembleEvent(group: readonly Candidate[], curated = false): TimelineEvent | null {
  const cited = citeCandidates(group);
  const span = chooseDecisiveSpan(findVotingSpans(cited));
  const title = titleGroup(group, span, curated);
  if (title === null) return null;
  const citations = cited.map((c) => c.citation);
  const disagreements = findDisagreements(cited, span);
  return {
    id: '',
    title,
    date: span.edtf,
    start: span.start,
    end: span.end,
    precision: span.precision,
    ...(span.isRange ? { isRange: true } : {}),
    ...(span.approximate ? { approximate: true } : {}),
    tags: [],
    citations,
    ...(disagreements.length ? { disagreements } : {}),
  };
}

/**
 * Gives every event without an id one from its date and title (`1954-03-31-soviet-note`),
 * deduplicated deterministically (`-2`, `-3` in the order given). Curated ids are kept.
 */
export function assignIds(events: readonly TimelineEvent[]): TimelineEvent[] {
  const taken = new Set(events.map((e) => e.id).filter(Boolean));
  return events.map((event) => {
    if (event.id) return event;
    const base = [slugDate(event), slugTitle(event.title, 3)].filter(Boolean).join('-');
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return { ...event, id };
  });
}
