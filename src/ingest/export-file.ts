import { formatCurationYaml } from '../lib/formats/curation-yaml';
import { withDataset } from '../lib/formats/single-file';
import { writeTimelineJs } from '../lib/formats/timelinejs';
import { writeTimelineJsCsv } from '../lib/formats/timelinejs-csv';
import type { Dataset } from '../lib/types';
import type { ExportFormat, WorkerRequest } from './protocol';

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'timeline';

/** The file to download for a format: a blob and its name. Runs in the worker. */
export async function exportBlob(
  format: ExportFormat,
  dataset: Dataset,
  request: Extract<WorkerRequest, { type: 'export' }>,
) {
  const base = slug(request.name);
  if (format === 'single-html') {
    // The app's own single-file build, fetched from where the app is served: nothing is sent.
    const template = await fetch(request.template ?? 'sourceline.html').then((r) => r.text());
    return {
      blob: new Blob([withDataset(template, dataset)], { type: 'text/html' }),
      fileName: `${base}.html`,
    };
  }
  if (format === 'curation') {
    const draft = { ...request.curation, title: request.curation.title ?? request.name };
    return {
      blob: new Blob([formatCurationYaml(draft)], { type: 'text/yaml' }),
      fileName: 'curation.yaml',
    };
  }
  if (format === 'timelinejs-json')
    return {
      blob: new Blob([JSON.stringify(writeTimelineJs(dataset), null, 2)], {
        type: 'application/json',
      }),
      fileName: `${base}.timelinejs.json`,
    };
  if (format === 'timelinejs-csv')
    return {
      blob: new Blob([writeTimelineJsCsv(dataset)], { type: 'text/csv' }),
      fileName: `${base}.timelinejs.csv`,
    };
  return {
    blob: new Blob([JSON.stringify(dataset)], { type: 'application/json' }),
    fileName: `${base}.timeline.json`,
  };
}
