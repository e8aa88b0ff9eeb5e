import { DatasetError, parseDataset } from '../lib/dataset';
import type { FileKind } from '../lib/formats/detect';
import { readEventsCsv } from '../lib/formats/events-csv';
import type { RowProblem } from '../lib/formats/problems';
import { readTimelineJs } from '../lib/formats/timelinejs';
import { readTimelineJsCsv } from '../lib/formats/timelinejs-csv';
import { ingestMessages } from '../lib/messages';
import type { Dataset } from '../lib/types';

/** A timeline opened from a file, or why it could not be. */
export type OpenedTimeline = { dataset: Dataset; problems: RowProblem[] } | { error: string };

/**
 * Reads a timeline file of a known kind into a dataset: a sourceline/1 dataset as it is (checked),
 * TimelineJS JSON or CSV, or a CSV of events, the last three with a report of rows not read.
 */
export function openTimeline(name: string, text: string, kind: FileKind): OpenedTimeline {
  const title = name.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ');
  if (kind === 'timelinejs-csv') return readTimelineJsCsv(text, title);
  if (kind === 'events-csv') return readEventsCsv(text, title);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { error: ingestMessages.notJson(name) };
  }
  if (kind === 'sourceline') {
    try {
      return { dataset: parseDataset(json), problems: [] };
    } catch (error) {
      if (error instanceof DatasetError) return { error: `${name}: ${error.message}` };
      throw error;
    }
  }
  if (kind === 'timelinejs-json') return readTimelineJs(json, title);
  return { error: ingestMessages.unknownJson(name) };
}
