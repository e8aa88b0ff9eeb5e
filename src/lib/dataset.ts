import { DATASET_FORMAT, type Dataset } from './types';

/** A dataset that cannot be read, with a message for the person who gave it. */
export class DatasetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatasetError';
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function expectArray(owner: Record<string, unknown>, key: string, where: string): unknown[] {
  const value = owner[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new DatasetError(`${where}.${key} must be a list.`);
  return value;
}

function expectString(owner: Record<string, unknown>, key: string, where: string): string {
  const value = owner[key];
  if (typeof value !== 'string') throw new DatasetError(`${where}.${key} must be text.`);
  return value;
}

/**
 * Checks that parsed JSON is a `sourceline/1` dataset: the fields the app relies on are present
 * and of the right type. Returns it typed; throws `DatasetError` saying what is wrong.
 */
export function parseDataset(json: unknown): Dataset {
  if (!isRecord(json)) throw new DatasetError('The dataset is not a JSON object.');
  if (json.format !== DATASET_FORMAT) {
    throw new DatasetError(
      `The dataset format is "${String(json.format)}"; this app reads "${DATASET_FORMAT}".`,
    );
  }
  const documents = expectArray(json, 'documents', 'dataset');
  const ids = new Set<string>();
  documents.forEach((document, i) => {
    if (!isRecord(document)) throw new DatasetError(`documents[${i}] must be an object.`);
    ids.add(expectString(document, 'id', `documents[${i}]`));
    expectString(document, 'title', `documents[${i}]`);
    expectArray(document, 'paragraphs', `documents[${i}]`);
  });
  expectArray(json, 'events', 'dataset').forEach((event, i) => {
    const where = `events[${i}]`;
    if (!isRecord(event)) throw new DatasetError(`${where} must be an object.`);
    for (const key of ['id', 'title', 'date', 'start', 'end']) expectString(event, key, where);
    expectArray(event, 'citations', where).forEach((citation, j) => {
      if (!isRecord(citation) || !ids.has(String(citation.document))) {
        throw new DatasetError(`${where}.citations[${j}] names a document the dataset lacks.`);
      }
    });
  });
  expectArray(json, 'unplaced', 'dataset');
  const dataset = json as unknown as Dataset;
  return {
    ...dataset,
    title: typeof json.title === 'string' ? json.title : 'Timeline',
    documents: dataset.documents ?? [],
    events: (dataset.events ?? []).map((event) => ({
      ...event,
      tags: event.tags ?? [],
      citations: event.citations ?? [],
    })),
    unplaced: dataset.unplaced ?? [],
  };
}
