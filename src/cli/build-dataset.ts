import { buildTimeline } from '../lib/build';
import { parseCuration } from '../lib/events';
import type { Dataset } from '../lib/types';
import { loadCorpus } from './corpus';

/**
 * Reads a data folder and builds its dataset. A bad document is skipped with a warning; a
 * curation file with an error stops the build (the error names the file and line).
 */
export async function buildDatasetFromDir(
  dir: string,
): Promise<{ dataset: Dataset; warnings: string[] }> {
  const { documents, warnings, curation: curationFile } = await loadCorpus(dir);
  const curation = curationFile
    ? parseCuration(curationFile.text, curationFile.file, documents)
    : undefined;
  const dataset = buildTimeline(documents, {
    title: curation?.title,
    description: curation?.description,
    curation,
    warnings,
  });
  return { dataset, warnings };
}
