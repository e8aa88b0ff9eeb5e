import type { Locator, Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { cite, dataset, day, writeDatasets } from './datasets';
import { expect, test } from './fixtures';

// A phone held upright: the timeline runs down the page and the panel lies over the view.
test.use({ viewport: { width: 375, height: 812 }, hasTouch: true });

const panelOf = (page: Page) => page.getByRole('complementary', { name: 'Selected event' });
const chosenBar = (page: Page) => page.getByRole('group', { name: 'Chosen event' });
const drawnEvent = (page: Page, id: string) =>
  page.locator(`[data-timeline] [data-event-id="${id}"]`);

/** Whether a tap at the middle of `target` reaches it (nothing lies over it). */
async function isOnTop(target: Locator): Promise<boolean> {
  return target.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return hit !== null && element.contains(hit);
  });
}

/** Opens the list and chooses an event in it by its title. */
async function chooseInList(page: Page, title: string) {
  await page.goto('./?view=list');
  await page.getByRole('heading', { level: 3, name: title }).getByRole('button').click();
  await expect(panelOf(page).getByRole('heading', { level: 2 })).toHaveText(title);
}

/** Top and bottom, in px from the top of the viewport, of the first element `selector` finds. */
async function edgesOf(page: Page, selector: string): Promise<{ top: number; bottom: number }> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not laid out`);
  return { top: box.y, bottom: box.y + box.height };
}

/** How far the page, and the scroller of the views inside it, could be scrolled down. */
async function scrollRoom(page: Page): Promise<{ page: number; views: number }> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const views = document.querySelector<HTMLElement>('.views-area');
    return {
      page: root.scrollHeight - root.clientHeight,
      views: views ? views.scrollHeight - views.clientHeight : 0,
    };
  });
}

/** The distinct tops, rounded to px, of the header buttons of the given names: one per row. */
async function rowsOf(page: Page, names: RegExp[]): Promise<number[]> {
  const header = page.locator('header').first();
  const tops = new Set<number>();
  for (const name of names) {
    const box = await header.getByRole('button', { name }).boundingBox();
    if (!box) throw new Error(`no header button ${name}`);
    tops.add(Math.round(box.y));
  }
  return [...tops];
}

const ACTIONS = [/^Share/, /^Export/, /Present/, /^Your documents$/];

test.describe('the first view of a phone held upright', () => {
  test('the whole timeline fits on the screen under the header, with nothing to scroll', async ({
    page,
  }) => {
    for (const [width, height] of [
      [375, 812],
      [320, 568],
      [390, 844],
      [414, 896],
    ]) {
      await page.setViewportSize({ width, height });
      await page.goto('./');
      await expect(page.locator('[data-timeline][data-ready]')).toBeVisible();
      const at = `at ${width}x${height}`;
      const header = await edgesOf(page, 'header');
      const toolbar = await edgesOf(page, '[data-timeline] .toolbar');
      const plot = await edgesOf(page, '[data-timeline] .plot');
      const overview = await edgesOf(page, '[data-timeline] .overview');
      expect(toolbar.top, at).toBeGreaterThanOrEqual(header.bottom);
      expect(overview.top, at).toBeGreaterThan(plot.bottom - 1);
      expect(overview.bottom, at).toBeLessThanOrEqual(height);
      // The plot takes the room that is left, not a sliver of it.
      expect(plot.bottom - plot.top, at).toBeGreaterThan(200);
      expect(await scrollRoom(page), at).toEqual({ page: 0, views: 0 });
      if (width === 375) await page.screenshot({ path: 'e2e/results/phone-first-view.png' });
    }
  });

  test('Share, Export, Present and Your documents share one row of the header', async ({
    page,
  }) => {
    for (const width of [320, 360, 375, 390, 414]) {
      await page.setViewportSize({ width, height: 812 });
      await page.goto('./');
      await expect(page.locator('[data-timeline][data-ready]')).toBeVisible();
      expect(await rowsOf(page, ACTIONS), `rows at ${width} px`).toHaveLength(1);
      // The views and the actions: two rows at most, each button whole on one line.
      const all = [/^Timeline$/, /^List$/, /^Documents$/, ...ACTIONS];
      expect((await rowsOf(page, all)).length, `rows at ${width} px`).toBeLessThanOrEqual(2);
      for (const name of all) {
        const box = await page.locator('header').getByRole('button', { name }).boundingBox();
        expect(box?.height, `${name} at ${width} px`).toBeLessThan(40);
      }
    }
  });

  test('the help line suits the pointer: what a finger does on a touch screen, the wheel and keys with a mouse', async ({
    page,
    browser,
  }) => {
    await page.goto('./');
    await expect(page.locator('[data-timeline][data-ready]')).toBeVisible();
    // What this emulates: Chromium takes a context with touch for a coarse pointer.
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    const help = page.locator('[data-timeline] .help');
    await expect(help).toContainText('Pinch to zoom, drag to move.');
    expect((await help.boundingBox())?.height, 'one line').toBeLessThan(20);
    await expect(help.getByText(/^Scroll or pinch to zoom/)).toHaveCSS('position', 'absolute');
    const described = /Keys: \+ and − zoom, arrows move or step through events, Home shows all\./;
    await expect(page.locator('[data-timeline] .plot')).toHaveAccessibleDescription(described);

    const desktop = await browser.newContext({
      baseURL: new URL('/', page.url()).href,
      viewport: { width: 1280, height: 720 },
      hasTouch: false,
    });
    const mouse = await desktop.newPage();
    await mouse.goto('./');
    await expect(mouse.locator('[data-timeline][data-ready]')).toBeVisible();
    expect(await mouse.evaluate(() => matchMedia('(pointer: fine)').matches)).toBe(true);
    const keys = mouse.locator('[data-timeline] .help').getByText(/^Scroll or pinch to zoom/);
    expect((await keys.boundingBox())?.width).toBeGreaterThan(200);
    await expect(mouse.getByText('Pinch to zoom, drag to move.', { exact: true })).toBeHidden();
    await expect(mouse.locator('[data-timeline] .plot')).toHaveAccessibleDescription(described);
    await desktop.close();
  });

  test('on a screen too short for the plot, the page scrolls as a whole to the overview', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 480 });
    await page.goto('./?event=soviet-request-to-join');
    await panelOf(page).getByRole('button', { name: 'Show on timeline' }).click();
    await expect(chosenBar(page)).toBeVisible();
    const plot = await edgesOf(page, '[data-timeline] .plot');
    expect(plot.bottom - plot.top).toBeGreaterThanOrEqual(200);
    // The views do not scroll inside the page: dragging the header scrolls it.
    expect((await scrollRoom(page)).views).toBe(0);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(page.locator('[data-timeline] .overview')).toBeInViewport({ ratio: 1 });
    // The chosen event stays at the foot of the screen, clear of the overview.
    const bar = await edgesOf(page, '.panel-area.folded');
    expect(bar.bottom).toBeLessThanOrEqual(480);
    expect((await edgesOf(page, '[data-timeline] .overview')).bottom).toBeLessThanOrEqual(bar.top);
  });
});

test('every drawn event has a mark to see and tap, a range of a few days at the scale of decades too', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.locator('[data-timeline][data-ready]')).toBeVisible();
  const marks = await page
    .locator('[data-timeline] .event')
    .evaluateAll((events) =>
      events.map((event) => event.querySelector('.dot, .bar')!.getBoundingClientRect().height),
    );
  expect(marks.length).toBeGreaterThan(5);
  expect(Math.min(...marks)).toBeGreaterThanOrEqual(4);
});

test('an event chosen in the list is shown on the timeline, still chosen, its sources a tap away', async ({
  page,
}) => {
  await chooseInList(page, 'Soviet Union asks to join NATO');
  await page.screenshot({ path: 'e2e/results/phone-list-panel.png' });
  await panelOf(page).getByRole('button', { name: 'Show on timeline' }).click();

  // The timeline, not the panel, fills the screen; the event is drawn there, chosen, in sight.
  await expect(page).toHaveURL(/event=soviet-request-to-join/);
  await expect(page).not.toHaveURL(/view=list/);
  await expect(panelOf(page)).toBeHidden();
  const event = drawnEvent(page, 'soviet-request-to-join');
  await expect(event).toBeInViewport();
  expect(await isOnTop(event)).toBe(true);
  await expect(page.getByRole('button', { name: 'Timeline', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // A bar at the foot names the chosen event and opens its sources again.
  const bar = chosenBar(page);
  await expect(bar).toContainText('Soviet Union asks to join NATO');
  await expect(bar).toContainText('March 1954');
  await page.screenshot({ path: 'e2e/results/phone-shown-on-timeline.png' });
  await bar.getByRole('button', { name: /Sources/ }).click();
  await expect(panelOf(page).getByRole('heading', { level: 2 })).toHaveText(
    'Soviet Union asks to join NATO',
  );
  await expect(bar).toBeHidden();

  // Its × lets the choice go, as the panel's does.
  await panelOf(page).getByRole('button', { name: 'Show on timeline' }).click();
  await chosenBar(page).getByRole('button', { name: 'Close' }).click();
  await expect(page).not.toHaveURL(/event=/);
  await expect(chosenBar(page)).toBeHidden();
});

test('the views in the header are in reach over the panel, and show their view', async ({
  page,
}) => {
  await chooseInList(page, 'Soviet Union asks to join NATO');
  const timeline = page.getByRole('button', { name: 'Timeline', exact: true });
  expect(await isOnTop(timeline)).toBe(true);
  await timeline.click();
  await expect(drawnEvent(page, 'soviet-request-to-join')).toBeInViewport();
  await expect(panelOf(page)).toBeHidden();
  await expect(chosenBar(page)).toBeVisible();
});

test('an open panel leaves Share and Export in reach', async ({ page }) => {
  await page.goto('./?event=madrid-summit');
  await expect(panelOf(page)).toBeVisible();
  const share = page.getByRole('button', { name: /^Share/ });
  const exporting = page.getByRole('button', { name: /^Export/ });
  expect(await isOnTop(share)).toBe(true);
  expect(await isOnTop(exporting)).toBe(true);
  await share.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  // What it shares is the view with the event chosen.
  await expect(dialog.locator('input, textarea').first()).toHaveValue(/event=madrid-summit/);
});

test('back from a document opens again the sources it was read from', async ({ page }) => {
  await page.goto('./?event=madrid-summit');
  await panelOf(page)
    .getByRole('button', { name: /Read in document/ })
    .first()
    .click();
  await expect(page.locator('.paragraph.target')).toBeInViewport();
  await expect(panelOf(page)).toBeHidden();
  // While the document is read, the chosen event waits at the foot of the screen.
  await expect(chosenBar(page)).toBeVisible();
  expect(await isOnTop(page.locator('.paragraph.target'))).toBe(true);
  await page.goBack();
  await expect(page).not.toHaveURL(/view=reader/);
  await expect(panelOf(page).getByRole('heading', { level: 2 })).toBeVisible();
  await expect(panelOf(page).getByRole('heading', { level: 2 })).toBeInViewport();
});

test('the next event is read from its top, not where the last one was left', async ({ page }) => {
  // Events with many sources each, so that the panel scrolls a long way for every one.
  const sources = Array.from({ length: 30 }, () => cite);
  writeDatasets({
    'e2e-phone-long.json': dataset('Long sources', [
      day('first', 'The first event', '2001-01-01', { citations: sources }),
      day('second', 'The second event', '2002-01-01', { citations: sources }),
    ]),
  });
  await page.goto('./?data=e2e-phone-long.json&event=first');
  const panel = panelOf(page);
  const next = panel.getByRole('button', { name: /Next/ });
  await next.scrollIntoViewIfNeeded();
  await expect(panel.getByRole('heading', { level: 2 })).not.toBeInViewport();
  await next.click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('The second event');
  await expect(panel.getByRole('heading', { level: 2 })).toBeInViewport();
});

test('a view opens at its top, not where the last view was scrolled', async ({ page }) => {
  await page.goto('./?view=list');
  await expect(page.locator('[data-list-event]').first()).toBeVisible();
  await page.locator('[data-list-event]').last().scrollIntoViewIfNeeded();
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await expect(page.locator('[data-timeline][data-ready]')).toBeVisible();
  await expect(page.locator('[data-timeline] .toolbar')).toBeInViewport();
});

test('with the keyboard, Show on timeline lands on the event there, and Enter opens it again', async ({
  page,
}) => {
  await page.goto('./?view=list');
  const item = page
    .getByRole('heading', { level: 3, name: 'Soviet Union asks to join NATO' })
    .getByRole('button');
  await item.focus();
  await page.keyboard.press('Enter');
  await expect(panelOf(page).getByRole('heading', { level: 2 })).toBeFocused();
  const show = panelOf(page).getByRole('button', { name: 'Show on timeline' });
  for (let i = 0; i < 10 && !(await show.evaluate((b) => b === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(show).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(drawnEvent(page, 'soviet-request-to-join')).toBeFocused();
  // From there the arrows step along the timeline, and Enter opens the sources again.
  await page.keyboard.press('Enter');
  await expect(panelOf(page).getByRole('heading', { level: 2 })).toBeFocused();
});

for (const scheme of ['light', 'dark'] as const)
  test(`screenshots of the phone flow in ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await chooseInList(page, 'Soviet Union asks to join NATO');
    await page.screenshot({ path: `e2e/results/phone-${scheme}-panel.png` });
    await panelOf(page).getByRole('button', { name: 'Show on timeline' }).click();
    await expect(drawnEvent(page, 'soviet-request-to-join')).toBeInViewport();
    await page.screenshot({ path: `e2e/results/phone-${scheme}-timeline.png` });
    await chosenBar(page)
      .getByRole('button', { name: /Sources/ })
      .click();
    await panelOf(page)
      .getByRole('button', { name: /Read in document/ })
      .first()
      .click();
    await expect(page.locator('.paragraph.target')).toBeInViewport();
    await page.screenshot({ path: `e2e/results/phone-${scheme}-reader.png` });
  });

test('typing a search does not push the view down', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('[data-timeline][data-ready]')).toBeVisible();
  const header = page.locator('header').first();
  const before = (await header.boundingBox())?.height;
  await page.getByRole('searchbox').fill('summit');
  await expect(
    page.getByRole('status').filter({ hasText: /\d+ of \d+ events? match/ }),
  ).toBeVisible();
  expect((await header.boundingBox())?.height).toBe(before);
});

test.describe('with axe', () => {
  // The app's Content Security Policy forbids inline scripts; axe is injected as one.
  test.use({ bypassCSP: true });
  test('axe finds no serious or critical violation with the chosen event folded', async ({
    page,
  }) => {
    await chooseInList(page, 'Soviet Union asks to join NATO');
    await panelOf(page).getByRole('button', { name: 'Show on timeline' }).click();
    await expect(chosenBar(page)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
