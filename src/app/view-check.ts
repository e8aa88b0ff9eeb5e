/**
 * Checks a view state read from the URL against the dataset it will show: ids that name
 * nothing are dropped and reported, so a stale or edited link still opens a sensible view.
 */
import { readerMessages } from '../lib/messages';
import type { Dataset, TimelineEvent } from '../lib/types';
import type { UrlProblem, ViewState } from '../lib/url-state';

const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/** The ignored parameters as short phrases for the notice. */
export function describeProblems(problems: readonly UrlProblem[]): string[] {
  return [...new Set(problems.map((p) => `“${shorten(p.param)}”`))];
}

/** The state with references to missing events, documents, paragraphs and tags removed. */
export function checkAgainstDataset(
  state: ViewState,
  dataset: Dataset,
): { state: ViewState; problems: string[] } {
  const problems: string[] = [];
  const next: ViewState = { ...state, hidden: [...state.hidden], tags: [...state.tags] };
  const missing = (name: string, value: string) =>
    problems.push(readerMessages.notFound(`“${name}=${shorten(value)}”`));
  const documents = new Map(dataset.documents.map((d) => [d.id, d]));
  if (next.event && !dataset.events.some((e) => e.id === next.event)) {
    missing('event', next.event);
    next.event = null;
  }
  if (next.document && !documents.has(next.document)) {
    missing('doc', next.document);
    next.document = null;
    next.paragraph = null;
  }
  const paragraphs = next.document ? (documents.get(next.document)?.paragraphs.length ?? 0) : 0;
  if (next.paragraph && next.paragraph > paragraphs) {
    missing('p', String(next.paragraph));
    next.paragraph = null;
  }
  const unknownDocs = next.hidden.filter((id) => !documents.has(id));
  if (unknownDocs.length) missing('hide', unknownDocs.join(','));
  next.hidden = next.hidden.filter((id) => documents.has(id));
  // The dataset's tags, read only when the link names some (a pass over every event).
  const tags = next.tags.length ? tagsOf(dataset.events) : new Set<string>();
  const unknownTags = next.tags.filter((tag) => !tags.has(tag));
  if (unknownTags.length) missing('tag', unknownTags.join(','));
  next.tags = next.tags.filter((tag) => tags.has(tag));
  return { state: next, problems };
}

/** Every tag of the events, once each, in the order they first occur. */
export function tagsOf(events: readonly TimelineEvent[]): Set<string> {
  const tags = new Set<string>();
  // Index loops: this runs over every event at load, before the code is optimised, where an
  // iterator per event costs more than the rest of the loop.
  for (let i = 0; i < events.length; i++) {
    const list = events[i].tags;
    for (let j = 0; j < list.length; j++) tags.add(list[j]);
  }
  return tags;
}
