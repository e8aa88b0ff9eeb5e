import type { Page } from '@playwright/test';
import { cite, dataset, day, openDataset, writeDatasets } from './datasets';
import { expect, test } from './fixtures';

/**
 * Problems found by using the app as its readers do (a historian checking sources, a blogger
 * embedding, a teacher presenting) on datasets unlike the NATO one: short titles, a long
 * history with dense stretches, dates before Christ. The test writes its datasets into dist/.
 */
const year = (id: string, title: string, y: number) => {
  const digits = `${y < 0 ? '-' : ''}${String(Math.abs(y)).padStart(4, '0')}`;
  return {
    id,
    title,
    date: digits,
    start: `${digits}-01-01`,
    end: `${digits}-12-31`,
    precision: 'year',
    tags: [],
    citations: [cite],
  };
};

/** A long history: a busy stretch around 500 BC and another around AD 1900, little between. */
function longHistory() {
  const events = [];
  for (let i = 0; i < 60; i++) events.push(year(`a${i}`, `Ancient event ${i + 1}`, -520 + i));
  events.push(year('middle', 'Alone in the middle', 1000));
  for (let i = 0; i < 120; i++) events.push(year(`m${i}`, `Modern event ${i + 1}`, 1890 + i));
  return dataset('A long history', events);
}

const DATASETS: Record<string, object> = {
  // Short titles (one word, three letters) and an approximate date: "c." is part of the label.
  'e2e-users-short.json': dataset('Short titles', [
    day('boy', 'Boy', '2024-03-04'),
    day('ended', 'Ended', '2024-03-11'),
    day('reopened', 'Reopened', '2024-03-13'),
    day('met', 'Minister met union leaders', '2024-03-14', { approximate: true }),
  ]),
  'e2e-users-long.json': longHistory(),
};

test.beforeAll(() => writeDatasets(DATASETS));

/** True when the label's text is cut with an ellipsis (wider than its box). */
const labelCut = (page: Page, id: string) =>
  page
    .locator(`[data-event-id="${id}"] .label`)
    .evaluate((label) => label.scrollWidth > label.clientWidth + 0.5);

test('short titles are labelled whole where there is room, "c." included', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openDataset(page, 'e2e-users-short.json');
  for (const id of ['boy', 'ended', 'reopened', 'met']) {
    await expect(page.locator(`[data-event-id="${id}"] .label`)).toBeVisible();
    expect(await labelCut(page, id), `label of ${id} is cut`).toBe(false);
  }
});

test('the selected event’s label is as whole as it was before it was chosen', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('./');
  await expect(page.locator('[data-timeline][data-ready]')).toBeVisible();
  expect(await labelCut(page, 'madrid-summit')).toBe(false);
  await page.locator('[data-event-id="madrid-summit"]').hover();
  expect(await labelCut(page, 'madrid-summit'), 'the pointed label is cut').toBe(false);
  await page.locator('[data-event-id="madrid-summit"]').click();
  await page.mouse.move(0, 0);
  await expect(page.locator('[data-event-id="madrid-summit"]')).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect(await labelCut(page, 'madrid-summit'), 'the chosen label is cut').toBe(false);
});

test('stepping to the next event from the panel brings it out of its cluster', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openDataset(page, 'e2e-users-long.json', '&event=a29');
  const panel = page.getByRole('complementary', { name: 'Selected event' });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Ancient event 30');
  // At the whole span the busy stretch is clusters: the next event is inside one.
  await expect(page.locator('[data-event-id="a30"]')).toHaveCount(0);
  await panel.getByRole('button', { name: /Next/ }).click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Ancient event 31');
  await expect(page.locator('[data-event-id="a30"][aria-pressed="true"]')).toBeVisible();
  await expect(page).toHaveURL(/from=.*to=/);
});

test('presenting a busy stretch, the strip shows the slide’s event, not a cluster', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const dialog = page.getByRole('dialog', { name: 'Presentation' });
  for (const id of ['a30', 'm60']) {
    await page.goto(`./?data=e2e-users-long.json&present=${id}`);
    await expect(dialog).toHaveAttribute('data-present-event', id);
    const mark = dialog.locator(`[data-event-id="${id}"][aria-pressed="true"]`);
    await expect(mark, `${id} is drawn on the strip`).toBeVisible();
  }
  // The last slide's window stays inside the timeline's span: no empty century after it.
  await page.keyboard.press('End');
  await expect(dialog).toHaveAttribute('data-present-event', 'm119');
  await expect(dialog.locator('[data-event-id="m119"][aria-pressed="true"]')).toBeVisible();
  const window = await dialog.locator('[data-timeline]').getAttribute('data-window');
  const end = Number(window?.split(' ')[1]);
  expect(new Date(end).getUTCFullYear()).toBeLessThan(2100);
});
