/**
 * The NATO corpus of `data/` for tests (read through Vite, as the app reads it), built once into
 * a dataset with its curation file. Test-only: nothing in the app imports this.
 */
import { buildTimeline } from './build';
import { readDocument } from './documents';
import { parseCuration } from './events';
import type { Dataset, SourceDocument } from './types';

const texts = import.meta.glob('/data/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const metas = import.meta.glob('/data/*.meta.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
/** Text of `data/curation.yaml`. */
export const natoCurationText = Object.values(
  import.meta.glob('/data/curation.yaml', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
)[0];

/** The documents of `data/`, in file order. */
export const natoDocuments: SourceDocument[] = Object.keys(texts)
  .sort()
  .map((path) =>
    readDocument(
      path.replace(/^.*\//, ''),
      new TextEncoder().encode(texts[path]),
      metas[path.replace(/\.txt$/, '.meta.yaml')],
    ),
  );

let built: Dataset | null = null;

/** The NATO dataset as `npm run build` makes it (built on first use). */
export function buildNatoDataset(): Dataset {
  if (built) return built;
  const curation = parseCuration(natoCurationText, 'data/curation.yaml', natoDocuments);
  built = buildTimeline(natoDocuments, {
    title: curation.title,
    description: curation.description,
    curation,
  });
  return built;
}
