import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/** Writes datasets (file name -> dataset) into dist/, where the built app can load them. */
export function writeDatasets(datasets: Record<string, object>): void {
  const dist = new URL('../dist/', import.meta.url);
  mkdirSync(dist, { recursive: true });
  for (const [name, data] of Object.entries(datasets))
    writeFileSync(new URL(name, dist), JSON.stringify(data));
}

/** Opens the app on a dataset written by `writeDatasets` and waits until it is drawn. */
export async function openDataset(page: Page, name: string, query = ''): Promise<void> {
  await page.goto(`./?data=${name}${query}`);
  await expect(page.locator('[data-timeline][data-ready]')).toBeVisible();
}

/** The one document of a test dataset, and a citation of it. */
const doc = {
  id: 'doc',
  title: 'The only document',
  published: { value: null, precision: 'unknown' },
  paragraphs: [{ id: 'doc#p1', start: 0, end: 4, depth: 0, text: 'Text' }],
};
export const cite = { document: 'doc', paragraph: 'doc#p1', start: 0, end: 4, text: 'Text' };

/** A `sourceline/1` dataset of one document with `events`. */
export function dataset(title: string, events: object[]) {
  return { format: 'sourceline/1', title, documents: [doc], events, unplaced: [] };
}

/** An event of one day, citing the document. */
export const day = (id: string, title: string, date: string, extra: object = {}) => ({
  id,
  title,
  date,
  start: date,
  end: date,
  precision: 'day',
  tags: [],
  citations: [cite],
  ...extra,
});
