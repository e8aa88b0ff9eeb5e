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
