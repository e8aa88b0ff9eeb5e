import { cite, dataset, day, openDataset, writeDatasets } from './datasets';
import { expect, test } from './fixtures';
import { settle, windowSpan } from './timeline-window';

/**
 * The timeline at the edges of what a dataset can hold: one day with more events than lanes, a
 * year-long span seen a week at a time, no events at all. The test writes its datasets into
 * dist/, as timeline.e2e.ts does.
 */
const DATASETS: Record<string, object> = {
  // Eight events on one day: more than a phone's two columns can label at any zoom.
  'e2e-same-day.json': dataset(
    'Extremes',
    Array.from({ length: 8 }, (_, i) => day(`s${i}`, `Same day ${i + 1}`, '2001-09-11')),
  ),
  // A year known only as a year, beside a day, so the window can be zoomed deep into the year.
  'e2e-long-span.json': dataset('Extremes', [
    {
      id: 'year',
      title: 'The whole year',
      date: '1848',
      start: '1848-01-01',
      end: '1848-12-31',
      precision: 'year',
      tags: [],
      citations: [cite],
    },
    day('late', 'A day late in the year', '1848-11-20'),
  ]),
  'e2e-no-events.json': dataset('Extremes', []),
};

test.beforeAll(() => writeDatasets(DATASETS));

test('on a phone, a cluster of one day zooms to a week, then opens its first event', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openDataset(page, 'e2e-same-day.json');
  // Eight events of one day: one cluster (its most notable may be labelled beside it).
  const cluster = page.locator('[data-cluster-count]');
  await expect(cluster).toHaveCount(1);
  await cluster.click();
  await settle(page);
  // Never narrower than the deepest zoom the buttons and keys reach.
  expect((await windowSpan(page)) / 86_400_000).toBeCloseTo(7, 3);
  await expect(cluster, 'still a cluster at the deepest zoom').toBeVisible();
  await cluster.click();
  const panel = page.getByRole('complementary', { name: 'Selected event' });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Same day 1');
  await expect(panel).toContainText('11 September 2001');
});

test('a span that began far before the window is still drawn across it', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openDataset(page, 'e2e-long-span.json', '&from=1848-11-17&to=1848-11-24');
  const bar = page.locator('[data-event-id="year"] .bar');
  const plot = (await page.locator('.plot').boundingBox())!;
  const box = (await bar.boundingBox())!;
  expect(box.x, 'the bar starts at or before the left edge').toBeLessThanOrEqual(plot.x + 1);
  expect(box.x + box.width, 'and runs across the plot').toBeGreaterThan(plot.x + plot.width / 2);
});

test('a dataset without events says so instead of drawing an axis of January 1970', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openDataset(page, 'e2e-no-events.json');
  await expect(page.locator('.plot')).toContainText('No events to show.');
  await expect(page.locator('.plot')).not.toContainText('1970');
  // Nothing to zoom into.
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeDisabled();
});
