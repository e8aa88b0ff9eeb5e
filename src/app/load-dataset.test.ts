import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATASET_FORMAT } from '../lib/types';
import { loadDataset } from './load-dataset';

const URL = 'https://example.org/timeline.json';
const dataset = { format: DATASET_FORMAT, title: 'A timeline', documents: [], events: [] };

/** Answers every request with `body` and `status`, or fails like a network error. */
function serve(body: string | Error, status = 200) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      if (body instanceof Error) throw body;
      return new Response(body, { status });
    }),
  );
}

const reason = (url = URL) =>
  loadDataset(url).then(
    () => 'loaded',
    (e: Error) => e.message,
  );

describe('loadDataset', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads and checks a dataset, a byte-order mark before it included', async () => {
    serve('\uFEFF' + JSON.stringify(dataset));
    await expect(loadDataset(URL)).resolves.toMatchObject({ title: 'A timeline' });
  });

  it('says what went wrong in plain words', async () => {
    serve(new TypeError('Failed to fetch'));
    expect(await reason()).toBe(`could not reach ${URL}.`);
    serve('Not Found', 404);
    expect(await reason()).toBe(`${URL} answered 404. Not Found`);
    serve('{"format": ');
    expect(await reason()).toBe(`${URL} is not JSON.`);
    // A host that answers any path with its start page: the address is the likely mistake.
    serve('<!doctype html><html><body>Welcome</body></html>');
    expect(await reason()).toBe(
      `${URL} is a web page, not a sourceline dataset: is the address right?`,
    );
    serve(JSON.stringify({ format: 'other/2' }));
    expect(await reason()).toMatch(/format/);
  });
});
