import { contains, dayKey, overlaps, PRECISION_RANK, type DateSpan } from './edtf';
import type { Term } from './terms';

/** What the merge rule looks at in a candidate. */
export interface Mergeable {
  key: string;
  /** The document it comes from (a document does not disagree with itself); default: its own. */
  document?: string;
  span: DateSpan;
  terms: readonly Term[];
  text: string;
}

/** Day number of an ISO day (days since 1970-01-01; UTC arithmetic, no clock). */
function dayNumber(iso: string): number {
  const [y, m, d] = iso.split(/(?!^)-/).map(Number);
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y);
  return Math.round(date.getTime() / 86400000);
}

/** Days from the first to the last day of a span. */
function countDays(span: DateSpan): number {
  return dayNumber(span.end) - dayNumber(span.start) + 1;
}

/** Days two spans have in common (0 when none). */
function sharedDays(a: DateSpan, b: DateSpan): number {
  const start = dayKey(a.start) > dayKey(b.start) ? a.start : b.start;
  const end = dayKey(a.end) < dayKey(b.end) ? a.end : b.end;
  return dayKey(start) > dayKey(end) ? 0 : countDays({ ...a, start, end });
}

/** Ranges longer than this are periods ("the past 10 years"), not the dates of one event. */
const LONG_RANGE_DAYS = 31;

/**
 * Compatible dates: the spans share a day and their precisions are at most two steps apart
 * (a day and its year meet; a day and its decade do not: too loose to say "the same event").
 * A long range meets a point only if it lies inside it: a day inside a decade-long period is not it.
 * Two ranges meet when they share at least half of the longer one: the Blitz (1940-41) is not
 * the war (1939-45) it was part of.
 */
export function areDatesCompatible(a: DateSpan, b: DateSpan): boolean {
  if (!overlaps(a, b) || Math.abs(PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision]) > 2)
    return false;
  if (a.isRange && b.isRange) return sharedDays(a, b) * 2 >= Math.max(countDays(a), countDays(b));
  if (a.isRange === b.isRange) return true;
  const [range, other] = a.isRange ? [a, b] : [b, a];
  return countDays(range) <= LONG_RANGE_DAYS || contains(other, range);
}

/** How far apart two sources may put one day and still be telling the same event: a day. */
export const NEAR_DAYS = 1;

/**
 * Dates that miss each other by at most `NEAR_DAYS`: two single days ("January 26, 1967" and
 * "27 January 1967"). Sources do disagree like this (local time and UTC, a slip of memory); such a
 * pair may merge on strong words only, and the event then reports the disagreement.
 */
export function areDatesNear(a: DateSpan, b: DateSpan): boolean {
  const singleDay = (s: DateSpan) => s.precision === 'day' && !s.isRange && s.start === s.end;
  if (!singleDay(a) || !singleDay(b) || a.start === b.start) return false;
  return Math.abs(dayNumber(a.start) - dayNumber(b.start)) <= NEAR_DAYS;
}

/**
 * Key terms two candidates share, leaving out the corpus's very common words ("NATO"). With
 * `sameWords`, synonyms do not meet ("collapsed" and "failed" share no term): see `scoreMerge`.
 */
export function findSharedTerms(
  a: readonly Term[],
  b: readonly Term[],
  common: ReadonlySet<string>,
  sameWords = false,
): Term[] {
  const other = new Map(b.map((term) => [term.stem, term]));
  return a.flatMap((term) => {
    const match = other.get(term.stem);
    if (!match || common.has(term.stem)) return [];
    if (sameWords && (term.own ?? term.stem) !== (match.own ?? match.stem)) return [];
    return [{ stem: term.stem, name: term.name || match.name }];
  });
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** A candidate's words, normalised once: the rule compares them for every pair it scores. */
const normalisedText = new WeakMap<Mergeable, string>();
function normaliseOnce(candidate: Mergeable): string {
  let text = normalisedText.get(candidate);
  if (text === undefined) normalisedText.set(candidate, (text = normalise(candidate.text)));
  return text;
}

/**
 * The merge rule: two candidates tell the same event when their dates are compatible and their
 * clauses speak of the same thing: the same words (a repeated caption), two or more shared key
 * terms ("Madrid" + "summit"; three when a decade meets a finer date), or one shared name under
 * the very same date ("Turkey", 1952). Synonyms ("the talks failed", "the talks collapsed") count as
 * one term only under the very same date. Two days a day apart (`areDatesNear`) tell one event only
 * on strong words: three shared key terms, one of them a name ("Apollo" + "fire" + "kill"); a
 * half point less than the same words under one date, so agreeing sources merge first.
 * Returns a strength (0 = do not merge) so stronger pairs merge first.
 */
export function scoreMerge(a: Mergeable, b: Mergeable, common: ReadonlySet<string>): number {
  if (!areDatesCompatible(a.span, b.span)) {
    if (!areDatesNear(a.span, b.span)) return 0;
    const shared = findSharedTerms(a.terms, b.terms, common, true);
    return shared.length >= 3 && shared.some((term) => term.name) ? shared.length - 0.5 : 0;
  }
  const sameDate = a.span.edtf === b.span.edtf;
  if (sameDate && normaliseOnce(a) === normaliseOnce(b)) return 100;
  // Other words for one happening ("failed", "collapsed") tell it only under the very same date:
  // "the reports had begun in 2005" is no "beginning of the conflict" on November 23.
  const shared = findSharedTerms(a.terms, b.terms, common, !sameDate);
  // A decade or century next to a finer date is a loose fit: ask for one more shared term.
  const loose =
    a.span.precision !== b.span.precision &&
    Math.max(PRECISION_RANK[a.span.precision], PRECISION_RANK[b.span.precision]) >=
      PRECISION_RANK.decade;
  if (shared.length >= (loose ? 3 : 2)) return shared.length;
  return shared.length === 1 && shared[0].name && sameDate ? 1 : 0;
}

/**
 * Stems used in more than `share` of the corpus's sentences (and in more than five): they tell
 * every event of this corpus, so they cannot tell two events apart.
 */
export function findCommonTerms(
  sentenceTerms: readonly (readonly Term[])[],
  share = 0.1,
): Set<string> {
  const counts = new Map<string, number>();
  for (const terms of sentenceTerms)
    for (const term of terms) counts.set(term.stem, (counts.get(term.stem) ?? 0) + 1);
  // In a short text the subject recurs in most sentences yet still tells events apart.
  const limit = Math.max(MIN_COMMON_COUNT, share * sentenceTerms.length);
  return new Set([...counts].filter(([, count]) => count > limit).map(([stem]) => stem));
}

const MIN_COMMON_COUNT = 5;

/** The days every member of a group can mean; null once the members no longer share a day. */
type Core = { start: number; end: number } | null;

const intersect = (a: Core, b: Core): Core => {
  if (!a || !b) return null;
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return start <= end ? { start, end } : null;
};
const coreOf = (span: DateSpan): Core => ({
  start: dayNumber(span.start),
  end: dayNumber(span.end),
});

/** What a group's members say about its date. */
interface GroupDates {
  /** The days every member can mean; null when they share none (disputed, or pinned apart). */
  core: Core;
  /** Per document, the days all its members can mean: one document does not disagree with itself. */
  byDocument: Map<string, Core>;
  /** True once documents put the event on different days (a near pair, see `areDatesNear`). */
  disputed: boolean;
}

/**
 * The dates of two groups joined, or null when they cannot be one event: the groups must share a
 * day, unless they are joined by a near pair (or one is already disputed), and then every
 * document must still agree with itself and the documents' days lie at most `NEAR_DAYS` apart,
 * so "1969" cannot chain July 20 and July 24 even through disputes.
 */
function joinDates(a: GroupDates, b: GroupDates, near: boolean): GroupDates | null {
  // The smaller group's documents are checked against the larger's, whose map is then extended
  // in place: a group that grows one member at a time is not copied each time.
  const [large, small] = a.byDocument.size >= b.byDocument.size ? [a, b] : [b, a];
  const changes: [string, Core][] = [];
  for (const [document, core] of small.byDocument) {
    const mine = large.byDocument.get(document);
    const both = mine === undefined ? core : intersect(mine, core);
    if (!both) return null;
    changes.push([document, both]);
  }
  const core = intersect(a.core, b.core);
  if (!core) {
    if (!near && !a.disputed && !b.disputed) return null;
    const changed = new Map(changes);
    const cores = [...large.byDocument]
      .filter(([document]) => !changed.has(document))
      .map(([, c]) => c)
      .concat(changes.map(([, c]) => c))
      .filter((c): c is NonNullable<Core> => c !== null);
    const gap = Math.max(...cores.map((c) => c.start)) - Math.min(...cores.map((c) => c.end));
    if (gap > NEAR_DAYS) return null;
  }
  for (const [document, both] of changes) large.byDocument.set(document, both);
  return core
    ? { core, byDocument: large.byDocument, disputed: false }
    : { core: null, byDocument: large.byDocument, disputed: true };
}

/**
 * How many of the candidates after it in time order, in one term's list, a candidate is paired
 * with. Past a few dozen, more candidates sharing a term on the same days only repeat what the
 * pairs before them join (a chain joins them all): a diary saying "the council met today" on
 * one day six thousand times would otherwise make 18 million pairs.
 */
const MAX_NEIGHBOURS = 48;

/**
 * The only pairs `scoreMerge` can accept: candidates that share a key term that is not common,
 * or the very same words, and whose dates overlap or lie at most `NEAR_DAYS` apart. Found through
 * an index of terms and a sweep in time order within each term's list, so the work follows the
 * pairs that exist rather than the square of the number of candidates. Pairs `[i, j]` with
 * i < j, each once.
 */
export function findPairsToScore(
  candidates: readonly Mergeable[],
  common: ReadonlySet<string>,
): [number, number][] {
  const lists = new Map<string, number[]>();
  const add = (key: string, i: number) => {
    const list = lists.get(key);
    if (list) list.push(i);
    else lists.set(key, [i]);
  };
  candidates.forEach((candidate, i) => {
    add(`=${normaliseOnce(candidate)}`, i);
    for (const stem of new Set(candidate.terms.map((term) => term.stem)))
      if (!common.has(stem)) add(`#${stem}`, i);
  });
  const starts = candidates.map((c) => dayNumber(c.span.start));
  // Reach `NEAR_DAYS` past the end: near days may merge too (`areDatesNear`).
  const ends = candidates.map((c) => dayNumber(c.span.end) + NEAR_DAYS);
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  for (const list of lists.values()) {
    if (list.length < 2) continue;
    const byStart = [...list].sort((a, b) => starts[a] - starts[b] || a - b);
    for (let x = 0; x < byStart.length; x++) {
      const i = byStart[x];
      const last = Math.min(byStart.length, x + 1 + MAX_NEIGHBOURS);
      for (let y = x + 1; y < last && starts[byStart[y]] <= ends[i]; y++) {
        const j = byStart[y];
        const [lo, hi] = i < j ? [i, j] : [j, i];
        const id = lo * candidates.length + hi;
        if (!seen.has(id)) {
          seen.add(id);
          pairs.push([lo, hi]);
        }
      }
    }
  }
  return pairs;
}

/** Options for `mergeCandidates`: the editor's decisions, which the machine may extend but not undo. */
export interface MergeOptions {
  common: ReadonlySet<string>;
  /** Candidate key -> curated event id: candidates an editor pinned to an event. */
  pinned?: ReadonlyMap<string, string>;
  /** Curated event id -> the date the editor gave it. */
  curatedSpans?: ReadonlyMap<string, DateSpan>;
}

/**
 * Merges candidates into events with union-find. Pinned candidates start in their curated group;
 * then pairs merge strongest first, and only while all members of the merged group still share
 * a day (so "1954" cannot chain "March 19" and "March 31" into one blob) and no two curated events
 * are joined. A near pair (`areDatesNear`) may join documents that disagree by a day; see
 * `joinDates` for what such a disputed group may still take in. Returns groups of candidates, each in input order.
 */
export function mergeCandidates<C extends Mergeable>(
  candidates: readonly C[],
  options: MergeOptions,
): C[][] {
  const parent = candidates.map((_, i) => i);
  // Iterative, with path halving: a recursive find overflows the stack on long chains (50 MB).
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const dates: GroupDates[] = candidates.map((c) => ({
    core: coreOf(c.span),
    byDocument: new Map([[c.document ?? c.key, coreOf(c.span)]]),
    disputed: false,
  }));
  const labels: (string | undefined)[] = candidates.map((c) => options.pinned?.get(c.key));
  const union = (i: number, j: number, joined: GroupDates) => {
    const [a, b] = [find(i), find(j)];
    parent[b] = a;
    dates[a] = joined;
    labels[a] = labels[a] ?? labels[b];
  };
  // A curated group keeps the plain rule: what joins it must share a day with all of it.
  const joinCurated = (a: GroupDates, b: GroupDates): GroupDates => ({
    ...a,
    core: intersect(a.core, b.core),
    disputed: false,
  });
  const firstOfLabel = new Map<string, number>();
  candidates.forEach((_, i) => {
    const label = labels[i];
    if (label === undefined) return;
    const first = firstOfLabel.get(label);
    if (first === undefined) firstOfLabel.set(label, i);
    else union(first, i, joinCurated(dates[find(first)], dates[find(i)]));
  });
  for (const [label, first] of firstOfLabel) {
    const span = options.curatedSpans?.get(label);
    if (span) dates[find(first)].core = coreOf(span);
  }
  const pairs: { i: number; j: number; score: number }[] = [];
  for (const [i, j] of findPairsToScore(candidates, options.common)) {
    const score = scoreMerge(candidates[i], candidates[j], options.common);
    if (score > 0) pairs.push({ i, j, score });
  }
  pairs.sort((p, q) => q.score - p.score || p.i - q.i || p.j - q.j);
  for (const { i, j } of pairs) {
    const [a, b] = [find(i), find(j)];
    if (a === b || (labels[a] !== undefined && labels[b] !== undefined)) continue;
    if (labels[a] !== undefined || labels[b] !== undefined) {
      const joined = joinCurated(dates[a], dates[b]);
      if (joined.core) union(a, b, joined);
      continue;
    }
    const near = !areDatesCompatible(candidates[i].span, candidates[j].span);
    const joined = joinDates(dates[a], dates[b], near);
    if (joined) union(a, b, joined);
  }
  const groups = new Map<number, C[]>();
  candidates.forEach((candidate, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(candidate);
    else groups.set(root, [candidate]);
  });
  return [...groups.values()];
}
