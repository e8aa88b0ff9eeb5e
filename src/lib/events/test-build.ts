/**
 * One document through the whole pipeline, for tests of what the events stage makes of a kind of
 * text (tables, headings). Test-only: nothing in the app imports this.
 */
import { analyzeDocument } from '../build';
import { readDocument } from '../documents';
import { buildEvents } from './index';

/** The events (date, title) and unplaced mentions (text, reason) of `text` saved as `file`. */
export function buildOne(file: string, text: string) {
  const document = readDocument(file, new TextEncoder().encode(text), 'published: 2020-01-01\n');
  const { events, unplaced } = buildEvents([analyzeDocument(document)]);
  return {
    events: events.map((e) => [e.date, e.title]),
    unplaced: unplaced.map((u) => [u.text, u.reason]),
  };
}
