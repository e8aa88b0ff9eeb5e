/**
 * Curation in the browser: rename, re-date, tag, merge, split, hide, as edits to the curation
 * file (`data/curation.yaml`, see src/lib/events/README.md). The draft has the file's shape, so
 * `formatCurationYaml` writes the very file `parseCuration` reads and the build applies. Every
 * citation an edit touches is pinned by quoting the words of its date, extended until the quote
 * matches one place of its document and never reaching another date. Pure.
 */
import { parseEdtf } from './events/edtf';
import { findQuote } from './events/quotes';
import type { Dataset, TimelineEvent } from './types';

/** The draft as the file `data/curation.yaml`, and back: see formats/curation-yaml.ts. */
export { draftFromCuration, formatCurationYaml } from './formats/curation-yaml';

/** A place quoted in the curation file. */
export interface DraftQuote {
  document: string;
  quote: string;
}

/** A hidden date mention, with why. */
export interface DraftHide extends DraftQuote {
  reason?: string;
}

/** An event as the curation file names it. */
export interface DraftEvent {
  id: string;
  title?: string;
  date?: string;
  tags?: string[];
  era?: string;
  cite: DraftQuote[];
}

/** The curation file, unparsed: what the browser edits, saves and writes out. */
export interface CurationDraft {
  title?: string;
  description?: string;
  /** Eras with EDTF start and end. */
  eras?: { id: string; title: string; start: string; end: string }[];
  events: DraftEvent[];
  hide: DraftHide[];
  story?: string[];
}

/** One edit a person makes to the timeline. `citation` indexes the event's citations. */
export type CurationOp =
  | { op: 'rename'; event: string; title: string }
  | { op: 'redate'; event: string; date: string }
  | { op: 'tag'; event: string; tags: string[] }
  | { op: 'merge'; event: string; other: string }
  | { op: 'split'; event: string; citation: number }
  | { op: 'hide'; event: string; citation: number; reason?: string }
  | { op: 'unhide'; document: string; quote: string }
  | { op: 'reset'; event: string };

/** Why an edit cannot be made; the UI words each reason (see `ingestMessages.curationErrors`). */
export type CurationOpProblem =
  | 'unknown-event'
  | 'bad-date'
  | 'empty-title'
  | 'single-citation'
  | 'same-event'
  | 'no-quote'
  /** Found after the rebuild: the edit changed nothing (e.g. split within one date expression). */
  | 'no-effect';

/** An edit that cannot be made. */
export class CurationOpError extends Error {
  constructor(readonly reason: CurationOpProblem) {
    super(reason);
    this.name = 'CurationOpError';
  }
}

/** What an edit reads besides the draft: the current build and the documents' texts. */
export interface CurationContext {
  dataset: Pick<Dataset, 'events' | 'unplaced'>;
  textOf: (document: string) => string | undefined;
}

/** A draft with nothing in it. */
export const emptyDraft = (): CurationDraft => ({ events: [], hide: [] });

/** Every date mention of a document (cited or not), sorted: the limits a quote must stay within. */
function mentionSpans(
  dataset: CurationContext['dataset'],
  document: string,
): { start: number; end: number }[] {
  const spans = [
    ...dataset.events.flatMap((e) => e.citations.filter((c) => c.document === document)),
    ...dataset.unplaced.filter((u) => u.document === document),
  ];
  return spans.sort((a, b) => a.start - b.start);
}

const WORD_LIMIT = 16;

/**
 * Quotes the words of a date mention, widened a word at a time (right, then left) until the quote
 * matches exactly one place in the text, never overlapping a neighbouring mention. Null when no
 * such quote exists.
 */
export function quoteMention(
  text: string,
  mention: { start: number; end: number },
  neighbours: readonly { start: number; end: number }[],
): string | null {
  let low = 0;
  let high = text.length;
  for (const n of neighbours) {
    if (n.end <= mention.start) low = Math.max(low, n.end);
    if (n.start >= mention.end) high = Math.min(high, n.start);
  }
  let [start, end] = [mention.start, mention.end];
  for (let step = 0; step <= WORD_LIMIT * 2; step++) {
    const quote = text.slice(start, end).trim();
    if (quote && findQuote(text, quote).length === 1) return quote;
    const right = nextWordEnd(text, end, high);
    const left = previousWordStart(text, start, low);
    if (step % 2 === 0 && right > end) end = right;
    else if (left < start) start = left;
    else if (right > end) end = right;
    else return null;
  }
  return null;
}

function nextWordEnd(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && /\s/.test(text[i])) i++;
  while (i < limit && !/\s/.test(text[i])) i++;
  return i;
}

function previousWordStart(text: string, from: number, limit: number): number {
  let i = from;
  while (i > limit && /\s/.test(text[i - 1])) i--;
  while (i > limit && !/\s/.test(text[i - 1])) i--;
  return i;
}

/** The quotes of an event's citations, in citation order. */
function quoteCitations(event: TimelineEvent, context: CurationContext): DraftQuote[] {
  return event.citations.map((citation) => {
    const text = context.textOf(citation.document);
    const spans = mentionSpans(context.dataset, citation.document).filter(
      (s) => s.start !== citation.start || s.end !== citation.end,
    );
    const quote = text ? quoteMention(text, citation, spans) : null;
    if (!quote) throw new CurationOpError('no-quote');
    return { document: citation.document, quote };
  });
}

const findEvent = (context: CurationContext, id: string) => {
  const event = context.dataset.events.find((e) => e.id === id);
  if (!event) throw new CurationOpError('unknown-event');
  return event;
};

/**
 * The draft with `event` written in as an editor's entry citing every citation it has now (an
 * existing entry keeps its title, date, tags and era), so later edits cannot lose a citation.
 */
function pin(
  draft: CurationDraft,
  event: TimelineEvent,
  context: CurationContext,
): { draft: CurationDraft; entry: DraftEvent } {
  const existing = draft.events.find((e) => e.id === event.id);
  const entry: DraftEvent = {
    ...(existing ?? { id: event.id }),
    cite: quoteCitations(event, context),
  };
  const events = existing
    ? draft.events.map((e) => (e === existing ? entry : e))
    : [...draft.events, entry];
  return { draft: { ...draft, events }, entry };
}

const replaceEntry = (draft: CurationDraft, entry: DraftEvent): CurationDraft => ({
  ...draft,
  events: draft.events.map((e) => (e.id === entry.id ? entry : e)),
});

const withoutEvent = (draft: CurationDraft, id: string): CurationDraft => {
  const story = draft.story?.filter((s) => s !== id);
  return { ...draft, events: draft.events.filter((e) => e.id !== id), ...(story ? { story } : {}) };
};

function uniqueId(draft: CurationDraft, context: CurationContext, base: string): string {
  const taken = new Set([
    ...draft.events.map((e) => e.id),
    ...context.dataset.events.map((e) => e.id),
  ]);
  let id = `${base}-split`;
  for (let n = 2; taken.has(id); n++) id = `${base}-split-${n}`;
  return id;
}

/** Applies one edit and returns the new draft; throws `CurationOpError` when it cannot be made. */
export function applyCurationOp(
  draft: CurationDraft,
  op: CurationOp,
  context: CurationContext,
): CurationDraft {
  if (op.op === 'unhide') {
    return {
      ...draft,
      hide: draft.hide.filter((h) => h.document !== op.document || h.quote !== op.quote),
    };
  }
  if (op.op === 'reset') {
    findEvent(context, op.event);
    return withoutEvent(draft, op.event);
  }
  const event = findEvent(context, op.event);
  switch (op.op) {
    case 'rename': {
      const title = op.title.replace(/\s+/g, ' ').trim();
      if (!title) throw new CurationOpError('empty-title');
      const { draft: next, entry } = pin(draft, event, context);
      return replaceEntry(next, { ...entry, title });
    }
    case 'redate': {
      const span = parseEdtf(op.date.trim());
      if (!span) throw new CurationOpError('bad-date');
      const { draft: next, entry } = pin(draft, event, context);
      return replaceEntry(next, { ...entry, date: op.date.trim() });
    }
    case 'tag': {
      const tags = [...new Set(op.tags.map((t) => t.trim()).filter(Boolean))];
      const { draft: next, entry } = pin(draft, event, context);
      const rest: DraftEvent = { ...entry };
      delete rest.tags;
      return replaceEntry(next, tags.length ? { ...rest, tags } : rest);
    }
    case 'merge': {
      if (op.other === op.event) throw new CurationOpError('same-event');
      const other = findEvent(context, op.other);
      const { draft: withOther, entry: absorbed } = pin(draft, other, context);
      const { draft: next, entry } = pin(withoutEvent(withOther, other.id), event, context);
      const story = next.story?.includes(event.id)
        ? next.story
        : next.story?.map((s) => (s === other.id ? event.id : s));
      return {
        ...replaceEntry(next, { ...entry, cite: [...entry.cite, ...absorbed.cite] }),
        ...(story ? { story } : {}),
      };
    }
    case 'split': {
      if (event.citations.length < 2) throw new CurationOpError('single-citation');
      const { draft: next, entry } = pin(draft, event, context);
      const moved = entry.cite[op.citation];
      if (!moved) throw new CurationOpError('unknown-event');
      const kept = replaceEntry(next, { ...entry, cite: entry.cite.filter((q) => q !== moved) });
      return {
        ...kept,
        events: [...kept.events, { id: uniqueId(kept, context, event.id), cite: [moved] }],
      };
    }
    case 'hide': {
      const [quote] = quoteCitations(
        { ...event, citations: [event.citations[op.citation]].filter(Boolean) },
        context,
      );
      if (!quote) throw new CurationOpError('unknown-event');
      const reason = op.reason?.trim();
      const hidden = { ...quote, ...(reason ? { reason } : {}) };
      if (event.citations.length === 1) {
        return { ...withoutEvent(draft, event.id), hide: [...draft.hide, hidden] };
      }
      const { draft: next, entry } = pin(draft, event, context);
      const kept = replaceEntry(next, {
        ...entry,
        cite: entry.cite.filter((_, i) => i !== op.citation),
      });
      return { ...kept, hide: [...kept.hide, hidden] };
    }
  }
}

/** The ids an edit promises to show after the rebuild (an edit that shows none had no effect). */
export function expectedIds(before: CurationDraft, after: CurationDraft, op: CurationOp): string[] {
  if (op.op === 'split') {
    const known = new Set(before.events.map((e) => e.id));
    return [op.event, ...after.events.filter((e) => !known.has(e.id)).map((e) => e.id)];
  }
  if (op.op === 'merge' || op.op === 'rename' || op.op === 'redate' || op.op === 'tag')
    return [op.event];
  return [];
}

/** The draft without anything quoting `document` (removed from the project); emptied events go. */
export function dropDocument(draft: CurationDraft, document: string): CurationDraft {
  const events = draft.events
    .map((e) => ({ ...e, cite: e.cite.filter((q) => q.document !== document) }))
    .filter((e) => e.cite.length > 0);
  const ids = new Set(events.map((e) => e.id));
  const story = draft.story?.filter((id) => ids.has(id));
  return {
    ...draft,
    events,
    hide: draft.hide.filter((h) => h.document !== document),
    ...(story ? { story } : {}),
  };
}
