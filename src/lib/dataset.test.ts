import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DatasetError, parseDataset } from './dataset';
import { DATASET_FORMAT } from './types';

const documents = [
  { id: 'a', title: 'Document A', paragraphs: [] },
  { id: 'b', title: 'Document B', paragraphs: [] },
];

function event(id: string, cited: string[] = ['a']) {
  return {
    id,
    title: `Event ${id}`,
    date: '1954',
    start: '1954-01-01',
    end: '1954-12-31',
    precision: 'year',
    tags: ['t'],
    citations: cited.map((document) => ({ document, paragraph: `${document}#p1` })),
  };
}

const dataset = (events: unknown[], extra: Record<string, unknown> = {}) => ({
  format: DATASET_FORMAT,
  title: 'A timeline',
  documents,
  events,
  ...extra,
});

function failure(json: unknown): string {
  try {
    parseDataset(json);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return (error as Error).message;
  }
  throw new Error('expected a DatasetError');
}

describe('parseDataset', () => {
  it('returns a valid dataset with its events, in order', () => {
    const events = [event('e1'), event('e2', ['a', 'b'])];
    const parsed = parseDataset(dataset(events));
    expect(parsed.title).toBe('A timeline');
    expect(parsed.events.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(parsed.documents).toHaveLength(2);
    expect(parsed.unplaced).toEqual([]);
  });

  it('fills in what may be left out: title, tags, citations, lists', () => {
    const bare = { ...event('e1'), tags: undefined, citations: undefined };
    const parsed = parseDataset({ format: DATASET_FORMAT, documents, events: [bare] });
    expect(parsed.title).toBe('Timeline');
    expect(parsed.events[0].tags).toEqual([]);
    expect(parsed.events[0].citations).toEqual([]);
    expect(parseDataset({ format: DATASET_FORMAT }).events).toEqual([]);
  });

  it('says what is wrong, and where', () => {
    expect(failure(null)).toBe('The dataset is not a JSON object.');
    expect(failure([])).toBe('The dataset is not a JSON object.');
    expect(failure({ ...dataset([]), format: 'other/2' })).toMatch(/"other\/2".*"sourceline\/1"/);
    expect(failure(dataset([], { documents: {} }))).toBe('dataset.documents must be a list.');
    expect(failure(dataset([], { documents: [{ id: 'a' }] }))).toBe(
      'documents[0].title must be text.',
    );
    expect(failure(dataset([], { events: 'none' }))).toBe('dataset.events must be a list.');
    expect(failure(dataset([event('e1'), 7]))).toBe('events[1] must be an object.');
    expect(failure(dataset([event('e1'), { ...event('e2'), start: 1954 }]))).toBe(
      'events[1].start must be text.',
    );
    expect(failure(dataset([{ ...event('e1'), citations: 'a' }]))).toBe(
      'events[0].citations must be a list.',
    );
    expect(failure(dataset([event('e1'), event('e2', ['a', 'zz'])]))).toBe(
      'events[1].citations[1] names a document the dataset lacks.',
    );
    expect(failure(dataset([], { unplaced: 3 }))).toBe('dataset.unplaced must be a list.');
  });

  it('finds a broken field in any event of any dataset, and names it', () => {
    const field = fc.constantFrom('id', 'title', 'date', 'start', 'end');
    const broken = fc.constantFrom(undefined, null, 3, [], {});
    fc.assert(
      fc.property(fc.nat({ max: 40 }), fc.nat(), field, broken, (count, at, key, value) => {
        const events = Array.from({ length: count + 1 }, (_, i) => event(`e${i}`));
        const i = at % events.length;
        events[i] = { ...events[i], [key]: value };
        expect(failure(dataset(events))).toBe(`events[${i}].${key} must be text.`);
      }),
    );
  });
});
