import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';

/**
 * Presentation mode, as a teacher uses it: open it, step through the story with the keyboard
 * (arrows, Page Down as a clicker sends, space), each slide showing its event, key citation and
 * source, each step with its URL; leave with Escape onto the last event shown.
 */
interface Event {
  id: string;
  title: string;
  citations: { document: string; text: string }[];
}
const dataset = JSON.parse(readFileSync(new URL('../dist/timeline.json', import.meta.url), 'utf8'));
const byId = new Map<string, Event>(dataset.events.map((e: Event) => [e.id, e]));
const story: Event[] = dataset.story.map((id: string) => byId.get(id));
const titleOf = new Map<string, string>(
  dataset.documents.map((d: { id: string; title: string }) => [d.id, d.title]),
);

const presentation = (page: Page) => page.getByRole('dialog', { name: 'Presentation' });

async function expectSlide(page: Page, n: number) {
  const dialog = presentation(page);
  const event = story[n - 1];
  await expect(dialog).toHaveAttribute('data-present-event', event.id);
  await expect(dialog.locator('[data-present-counter]')).toHaveText(`${n} / ${story.length}`);
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(event.title);
  await expect(dialog.locator('blockquote mark')).toHaveText(event.citations[0].text);
  await expect(dialog.locator('figcaption')).toContainText(
    titleOf.get(event.citations[0].document)!,
  );
  await expect(page).toHaveURL(new RegExp(`[?&]present=${n}(&|$)`));
  // The timeline strip shows the event, selected.
  await expect(dialog.locator(`[data-event-id="${event.id}"][aria-pressed="true"]`)).toBeVisible();
}

test('a teacher steps through five slides with the keyboard and leaves with Escape', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./');
  await expect(page.locator('[data-timeline][data-ready]')).toBeVisible();
  const historyBefore = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: /Present/ }).click();
  const dialog = presentation(page);
  await expect(dialog).toBeVisible();
  // The title slide: the dataset's title, description and number of documents.
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(dataset.title);
  await expect(dialog).toContainText(dataset.description);
  await expect(dialog).toContainText(
    `${dataset.documents.length} documents · ${story.length} events`,
  );
  await expect(page).toHaveURL(/[?&]present=0(&|$)/);

  const keys = ['ArrowRight', 'PageDown', ' ', 'ArrowDown', 'ArrowRight'];
  for (const [i, key] of keys.entries()) {
    await page.keyboard.press(key);
    await expectSlide(page, i + 1);
  }
  await page.keyboard.press('PageUp');
  await expectSlide(page, 4);
  await page.screenshot({ path: 'e2e/results/present-1280x720.png' });
  // Each step replaced the URL: no history entries were added.
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page).not.toHaveURL(/present=/);
  // The last event shown is selected in the app.
  await expect(
    page.getByRole('complementary', { name: 'Selected event' }).getByRole('heading', { level: 2 }),
  ).toHaveText(story[3].title);
});

test('a link to a step opens the presentation there; buttons and swipes step too', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`./?present=${story[2].id}`);
  await expectSlide(page, 3);
  const dialog = presentation(page);
  await dialog.getByRole('button', { name: 'Next' }).click();
  await expectSlide(page, 4);
  await dialog.getByRole('button', { name: 'Previous' }).click();
  await expectSlide(page, 3);

  // A swipe to the left is the next slide, to the right the previous one.
  const slide = (await dialog.locator('.slide').boundingBox())!;
  const y = slide.y + slide.height / 2;
  await page.mouse.move(slide.x + slide.width * 0.8, y);
  await page.mouse.down();
  await page.mouse.move(slide.x + slide.width * 0.3, y, { steps: 5 });
  await page.mouse.up();
  await expectSlide(page, 4);

  await page.goto('./?present=2');
  await expectSlide(page, 2);
  await page.screenshot({ path: 'e2e/results/present-slide-2.png' });
  await dialog.getByRole('button', { name: 'Exit' }).click();
  await expect(dialog).toBeHidden();
});

test('autoplay moves on by itself and pauses', async ({ page }) => {
  await page.goto('./?present=1');
  await expectSlide(page, 1);
  const dialog = presentation(page);
  await dialog.getByRole('combobox', { name: 'Seconds per slide' }).selectOption('5');
  await dialog.getByRole('button', { name: /Play/ }).click();
  await expect(dialog.getByRole('button', { name: /Pause/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(dialog).toHaveAttribute('data-present-event', story[1].id, { timeout: 8000 });
  await expectSlide(page, 2);
  await dialog.getByRole('button', { name: /Pause/ }).click();
  await page.waitForTimeout(5500);
  await expectSlide(page, 2);
});

test('under reduced motion the timeline jumps to each event', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?present=1');
  await expectSlide(page, 1);
  const strip = presentation(page).locator('[data-timeline]');
  const before = await strip.getAttribute('data-window');
  await page.keyboard.press('ArrowRight');
  // No animation: the next frame already shows the new window.
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
  const after = await strip.getAttribute('data-window');
  expect(after).not.toBe(before);
  await page.waitForTimeout(500);
  expect(await strip.getAttribute('data-window')).toBe(after);
});

test('on a wide title slide the strip draws no cluster of fewer than two events', async ({
  page,
}) => {
  // A projector's width at heights where the strip has few lanes and clusters form.
  for (const height of [600, 700, 800]) {
    await page.setViewportSize({ width: 1920, height });
    await page.goto('./?present=0');
    const strip = presentation(page).locator('[data-timeline][data-ready]');
    await expect(strip).toBeVisible();
    await page.waitForTimeout(300);
    const counts = await strip
      .locator('[data-cluster-count]')
      .evaluateAll((nodes) => nodes.map((node) => Number(node.getAttribute('data-cluster-count'))));
    expect(
      counts.filter((count) => count < 2),
      `clusters at 1920x${height}: ${counts}`,
    ).toEqual([]);
  }
});

test.describe('accessibility', () => {
  test.use({ bypassCSP: true });

  test('axe finds no serious or critical violation on a slide, the title slide and the Export dialog', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('./?present=2');
    await expectSlide(page, 2);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Home');
    await expect(presentation(page).locator('[data-present-counter]')).toHaveText('Title');
    await page.waitForTimeout(400);
    await page.screenshot({ path: 'e2e/results/present-title-1280x720.png' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Export' }).click();
    await expect(page.getByRole('dialog', { name: 'Export this view' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
