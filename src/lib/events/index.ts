import type {
  AnalyzedDocument,
  Curation,
  EventsResult,
  TimelineEvent,
  UnplacedMention,
  UnplacedReason,
} from '../types';
import { applyCuratedEvent, resolveCuration } from './apply-curation';
import { assembleEvent, assignIds } from './assemble';
import {
  groupCandidates,
  isDateline,
  mentionKey,
  mentionPlace,
  placeMentions,
  splitDocumentSentences,
  type Candidate,
  type PlacedMention,
} from './candidates';
import { dayKey, parseEdtf, type DateSpan } from './edtf';
import { findCommonTerms, mergeCandidates } from './merge';
import { isComparisonPoint } from './comparisons';
import { findSourceRecords } from './source-records';
import type { Sentence } from './sentences';
import { extractTerms } from './terms';

export type { Curation } from '../types';
export { CurationError, parseCuration } from './curation';
export { parseEdtf, type DateSpan } from './edtf';

/** Time order of events: start day, then end day, then id (so the order is total and stable). */
function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return (
    dayKey(a.start) - dayKey(b.start) ||
    dayKey(a.end) - dayKey(b.end) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** The mentions of a group that tells no happening (see `assembleEvent`), as unplaced mentions. */
function unplaceNoHappening(group: readonly Candidate[]): UnplacedMention[] {
  return group.flatMap((candidate) => unplaceAs('not-an-event', candidate.mentions));
}

/** Placed mentions taken off the timeline after all, for `reason`. */
function unplaceAs(reason: UnplacedReason, mentions: readonly PlacedMention[]): UnplacedMention[] {
  return mentions.map(({ document, paragraph, mention }) => ({
    ...mentionPlace(document, paragraph, mention),
    // Worded for readers in lib/messages (`unplacedReasons`).
    reason,
  }));
}

/**
 * Date mentions of all documents -> cited events. Each mention with the clause it dates becomes a
 * candidate; candidates that tell the same event merge (see `scoreMerge`); the editor's curation
 * pins, hides, names and dates on top. Every mention ends in exactly one event or in `unplaced`.
 */
export function buildEvents(
  analyzed: readonly AnalyzedDocument[],
  curation?: Curation,
): EventsResult {
  const sentences = new Map<string, Sentence[]>(
    analyzed.map((a) => [a.document.id, splitDocumentSentences(a)]),
  );
  const sentencesOf = (id: string) => sentences.get(id) ?? [];
  const { hidden, pinned } = curation
    ? resolveCuration(curation, analyzed, sentencesOf)
    : { hidden: new Map<string, string>(), pinned: new Map<string, string>() };

  const unplaced: UnplacedMention[] = [];
  const candidates: Candidate[] = [];
  analyzed.forEach((a, order) => {
    const placedAndNot = placeMentions(a, sentencesOf(a.document.id), hidden);
    for (const entry of placedAndNot.unplaced) unplaced.push(entry);
    const labelOf = (m: { document: string; mention: { start: number; end: number } }) =>
      pinned.get(mentionKey(m.document, m.mention));
    // Dates that record sources (a list of references, "Retrieved 5 June 2020") tell no event,
    // unless an editor pinned them to one.
    const records = findSourceRecords(a, placedAndNot.placed);
    const isRecord = (m: PlacedMention) => records.has(m) && labelOf(m) === undefined;
    // "the best quarter since 2019": a point of comparison, unless an editor pinned it.
    const comparisons = new Set(
      placedAndNot.placed.filter(
        (m) =>
          !isRecord(m) &&
          labelOf(m) === undefined &&
          isComparisonPoint(a.document.text, m.mention.start),
      ),
    );
    const placed = placedAndNot.placed.filter((m) => !isRecord(m) && !comparisons.has(m));
    if (placed.length < placedAndNot.placed.length) {
      unplaced.push(...unplaceAs('reference', placedAndNot.placed.filter(isRecord)));
      unplaced.push(...unplaceAs('comparison', [...comparisons]));
    }
    const grouped = groupCandidates(
      a.document.text,
      order,
      placed,
      labelOf,
      sentencesOf(a.document.id),
    );
    for (const candidate of grouped) {
      const pinnedHere = candidate.mentions.some((m) => labelOf(m) !== undefined);
      if (!pinnedHere && isDateline(a.document.text, candidate, a.document.meta.published))
        unplaced.push(...unplaceAs('reference', candidate.mentions));
      else candidates.push(candidate);
    }
  });

  const candidatePins = new Map<string, string>();
  for (const c of candidates) {
    const label = c.mentions
      .map((m) => pinned.get(mentionKey(m.document, m.mention)))
      .find(Boolean);
    if (label) candidatePins.set(c.key, label);
  }
  const curatedSpans = new Map<string, DateSpan>();
  for (const event of curation?.events ?? []) {
    const span = event.date ? parseEdtf(event.date) : null;
    if (span) curatedSpans.set(event.id, span);
  }
  const allSentenceTerms = analyzed.flatMap((a) =>
    sentencesOf(a.document.id).map((s) => extractTerms(a.document.text.slice(s.start, s.end))),
  );
  const groups = mergeCandidates(candidates, {
    common: findCommonTerms(allSentenceTerms),
    pinned: candidatePins,
    curatedSpans,
  });

  const curatedById = new Map((curation?.events ?? []).map((e) => [e.id, e]));
  const assembled: TimelineEvent[] = [];
  for (const group of groups) {
    const label = group.map((c) => candidatePins.get(c.key)).find(Boolean);
    const curated = label ? curatedById.get(label) : undefined;
    const event = assembleEvent(group, curated !== undefined);
    if (!event) unplaced.push(...unplaceNoHappening(group));
    else assembled.push(curated ? applyCuratedEvent(event, curated) : event);
  }
  const documentOrder = new Map(analyzed.map((a, i) => [a.document.id, i]));
  const events = assignIds([...assembled].sort(compareEvents)).sort(compareEvents);
  return {
    events,
    // In document order, then text order, as mentions are placed.
    unplaced: unplaced.sort(
      (a, b) =>
        (documentOrder.get(a.document) ?? 0) - (documentOrder.get(b.document) ?? 0) ||
        a.start - b.start ||
        a.end - b.end,
    ),
    eras: curation?.eras ?? [],
    ...(curation?.story ? { story: curation.story } : {}),
  };
}
