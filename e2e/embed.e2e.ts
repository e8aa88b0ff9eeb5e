import { readFileSync, writeFileSync } from 'node:fs';
import type { FrameLocator, Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { openDataset, writeDatasets } from './datasets';
import { blogPage, startHost } from './host-server';

/**
 * The embed (`?embed=1`) inside a blog post on another origin, in a sandboxed frame: it shows
 * the timeline, an event's citation is one click away, the wheel scrolls the page unless Ctrl is
 * held, and nothing is requested from any host but the app's own. Also the Share dialog, and the
 * <sourceline-timeline> custom element on a plain page.
 */
const dataset = JSON.parse(readFileSync(new URL('../dist/timeline.json', import.meta.url), 'utf8'));
const citationText = (id: string) => {
  const event = dataset.events.find((e: { id: string }) => e.id === id);
  return event.citations[0].text as string;
};
const RECOMMENDED = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

function frameHtml(src: string, sandbox: string, width: number | string = '100%', height = 480) {
  return `<iframe src="${src}" title="Timeline" width="${width}" height="${height}" style="border:1px solid #ccc" sandbox="${sandbox}"></iframe>`;
}

/** Clicks an event on the timeline inside `frame`, zooming into clusters while it is hidden. */
async function clickEvent(frame: FrameLocator | Page, id: string) {
  const event = frame.locator(`button[data-event-id="${id}"]`);
  for (let i = 0; i < 6 && !(await event.isVisible()); i++) {
    await frame
      .getByRole('button', { name: /zoom in to see them/ })
      .first()
      .click();
    await frame.locator('[data-timeline][data-ready]').waitFor();
    await new Promise((r) => setTimeout(r, 500));
  }
  await event.click();
}

test('the embed in a sandboxed frame on another origin shows a citation one click away and asks no other host', async ({
  page,
  baseURL,
  requests,
}) => {
  const app = new URL(baseURL ?? '').origin;
  const host = await startHost({
    '/post': blogPage(frameHtml(`${app}/?embed=1`, RECOMMENDED, '100%', 520)),
  });
  try {
    await page.setViewportSize({ width: 900, height: 700 });
    await page.goto(`${host.origin}/post`);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('[data-timeline][data-ready]')).toBeVisible();
    // Minimal chrome: no search box or view switcher, a link to the full view in a new tab.
    await expect(frame.getByRole('searchbox')).toHaveCount(0);
    const full = frame.locator('a[data-full-view]');
    await expect(full).toHaveAttribute('target', '_blank');
    await expect(full).toHaveAttribute('rel', 'noopener');

    const historyBefore = await page.evaluate(() => history.length);
    await clickEvent(frame, 'nato-founded');
    const panel = frame.getByRole('complementary', { name: 'Selected event' });
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('NATO founded');
    await expect(panel.locator('mark.cited').first()).toHaveText(citationText('nato-founded'));
    // The full-view link carries the selection (and the window, if the click zoomed) without embed.
    await expect(full).toHaveAttribute(
      'href',
      new RegExp(`^${app}/\\?event=nato-founded(&from=[^&]+&to=[^&]+)?$`),
    );
    // Selecting in the frame adds nothing to the host page's back button.
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);

    const origins = new Set(requests.map((url) => new URL(url).origin));
    expect([...origins].sort()).toEqual([app, host.origin].sort());
    expect(requests.filter((url) => url.startsWith(host.origin))).toEqual([`${host.origin}/post`]);
  } finally {
    await host.close();
  }
});

test('in the embed the wheel scrolls the page, Ctrl + wheel zooms, and a hint says so', async ({
  page,
  baseURL,
}) => {
  const app = new URL(baseURL ?? '').origin;
  const host = await startHost({ '/post': blogPage(frameHtml(`${app}/?embed=1`, RECOMMENDED)) });
  try {
    await page.setViewportSize({ width: 900, height: 700 });
    await page.goto(`${host.origin}/post`);
    const frame = page.frameLocator('iframe');
    const timeline = frame.locator('[data-timeline][data-ready]');
    await expect(timeline).toBeVisible();
    const before = await timeline.getAttribute('data-window');
    const box = (await frame.locator('.plot').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 240);
    await expect(frame.locator('[data-wheel-hint]')).toBeVisible();
    await expect(frame.locator('[data-wheel-hint]')).toContainText('Ctrl + scroll');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await timeline.getAttribute('data-window')).toBe(before);

    await page.evaluate(() => window.scrollTo(0, 0));
    const box2 = (await frame.locator('.plot').boundingBox())!;
    await page.mouse.move(box2.x + box2.width / 2, box2.y + box2.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(() => timeline.getAttribute('data-window')).not.toBe(before);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // A mouse wheel turned with Ctrl zooms as much as a plain wheel does in the full view.
    const span = (w: string | null) => {
      const [start, end] = (w ?? '').split(' ').map(Number);
      return end - start;
    };
    await page.waitForTimeout(300);
    const ratio = span(before) / span(await timeline.getAttribute('data-window'));
    expect(ratio).toBeGreaterThan(1.2);
    expect(ratio).toBeLessThan(3);
  } finally {
    await host.close();
  }
});

test('the embed still shows with allow-scripts only, when the host sends CORS headers', async ({
  page,
  baseURL,
}) => {
  const app = new URL(baseURL ?? '').origin;
  // With no allow-same-origin the frame's origin is opaque: its module script and dataset are
  // cross-origin requests, which a static host with `Access-Control-Allow-Origin: *` answers.
  await page.route(`${app}/**`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'access-control-allow-origin': '*' },
    });
  });
  const host = await startHost({
    '/post': blogPage(frameHtml(`${app}/?embed=1&event=warsaw-pact`, 'allow-scripts')),
  });
  try {
    await page.goto(`${host.origin}/post`);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('[data-timeline][data-ready]')).toBeVisible();
    const panel = frame.getByRole('complementary', { name: 'Selected event' });
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Warsaw Pact founded');
    await clickEvent(frame, 'nato-founded');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('NATO founded');
  } finally {
    await host.close();
  }
});

test('screenshots of the embed at 320 and 800 px wide', async ({ page, baseURL }) => {
  const app = new URL(baseURL ?? '').origin;
  const src = `${app}/?embed=1&from=1940-01-01&to=1970-01-01`;
  const host = await startHost({
    '/narrow': blogPage(frameHtml(src, RECOMMENDED, 320, 560), 340),
    '/narrow-event': blogPage(
      frameHtml(`${src}&event=soviet-request-to-join`, RECOMMENDED, 320, 560),
      340,
    ),
    '/wide': blogPage(frameHtml(src, RECOMMENDED, 800, 480), 820),
  });
  try {
    await page.setViewportSize({ width: 900, height: 800 });
    for (const [path, name] of [
      ['/narrow', 'embed-320.png'],
      ['/wide', 'embed-800.png'],
    ]) {
      await page.goto(`${host.origin}${path}`);
      const frame = page.frameLocator('iframe');
      await expect(frame.locator('[data-timeline][data-ready]')).toBeVisible();
      await page.waitForTimeout(500);
      await page.locator('iframe').screenshot({ path: `e2e/results/${name}` });
    }
    // At 320 px the panel covers the timeline (not the bar); closing it shows the timeline.
    await page.goto(`${host.origin}/narrow-event`);
    const frame = page.frameLocator('iframe');
    const panel = frame.getByRole('complementary', { name: 'Selected event' });
    await expect(panel.locator('mark.cited').first()).toBeVisible();
    await expect(frame.getByRole('button', { name: 'Share' })).toBeVisible();
    await page.waitForTimeout(300);
    await page.locator('iframe').screenshot({ path: 'e2e/results/embed-320-panel.png' });
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(panel).toBeHidden();
    await expect(frame.locator('[data-timeline][data-ready]')).toBeVisible();
  } finally {
    await host.close();
  }
});

test('the Share dialog gives the link and the iframe code of the view, copies, and gives focus back', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?event=madrid-summit&tag=summit');
  await expect(page.locator('[data-timeline][data-ready]')).toBeVisible();
  const share = page.getByRole('button', { name: 'Share / Embed' });
  await share.click();
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('[data-share-link]')).toBeFocused();
  const origin = new URL(page.url()).origin;
  await expect(dialog.locator('[data-share-link]')).toHaveValue(
    `${origin}/?event=madrid-summit&tag=summit`,
  );
  const code = dialog.locator('[data-share-code]');
  await expect(code).toHaveValue(
    /<iframe src="[^"]*\?event=madrid-summit&amp;tag=summit&amp;embed=1"/,
  );
  await expect(code).toHaveValue(/height="600"/);
  await expect(code).toHaveValue(/title="NATO, as five documents tell it: timeline with sources"/);
  // The whole code shows without scrolling the box.
  expect(await code.evaluate((el) => el.scrollHeight <= el.clientHeight)).toBe(true);
  await expect(code).toHaveValue(
    /sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"/,
  );
  await dialog.locator('[data-share-height]').selectOption('640');
  await expect(code).toHaveValue(/height="640"/);

  await dialog.getByRole('button', { name: 'Copy' }).nth(1).click();
  await expect(dialog.getByRole('status').nth(1)).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await code.inputValue());

  // Focus stays in the dialog while it is open, both ways round.
  for (const key of [...Array(8).fill('Tab'), ...Array(8).fill('Shift+Tab')]) {
    await page.keyboard.press(key);
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
  }
  // Escape closes the dialog only (the event stays open) and focus returns to Share.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(share).toBeFocused();
  await expect(page.getByRole('complementary', { name: 'Selected event' })).toContainText(
    'NATO summit in Madrid',
  );
});

test('the Share dialog works inside the embed too, giving links without embed for the full view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto('./?embed=1&event=nato-founded');
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  await expect(dialog.locator('[data-share-link]')).toHaveValue(/\/\?event=nato-founded$/);
  const box = (await dialog.boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(360);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

/** A dataset of `ids.length` documents, one event each, as the build writes an untitled one. */
function documentsDataset(title: string, ids: string[]) {
  return {
    format: 'sourceline/1',
    title,
    documents: ids.map((id) => ({
      id,
      title: `The ${id.replace(/-/g, ' ')} piece`,
      published: { value: null, precision: 'unknown' },
      paragraphs: [{ id: `${id}#p1`, start: 0, end: 4, depth: 0, text: '1950' }],
    })),
    events: ids.map((id, i) => ({
      id: `event-of-${id}`,
      title: `Event of ${id}`,
      date: `${1950 + i}`,
      start: `${1950 + i}-01-01`,
      end: `${1950 + i}-12-31`,
      precision: 'year',
      tags: [],
      citations: [{ document: id, paragraph: `${id}#p1`, start: 0, end: 4, text: '1950' }],
    })),
    unplaced: [],
  };
}

test('the frame title of a timeline without a title of its own names its documents', async ({
  page,
}) => {
  writeDatasets({ 'untitled.json': documentsDataset('Timeline', ['asia', 'berlin', 'cuba']) });
  await openDataset(page, 'untitled.json');
  await page.getByRole('button', { name: 'Share / Embed' }).click();
  const code = page.getByRole('dialog', { name: 'Share this view' }).locator('[data-share-code]');
  await expect(code).toHaveValue(
    /title="Timeline with sources: The asia piece and 2 more documents"/,
  );
});

test('<sourceline-timeline> on a plain page shows the timeline and its citations in the page font', async ({
  page,
  requests,
}) => {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>Element</title><style>body{font-family:Georgia,serif;color:rgb(60,20,90);color-scheme:light;margin:2rem}</style>
<script src="./sourceline-timeline.js"></script></head><body>
<h1>A course page</h1>
<sourceline-timeline src="timeline.json" event="nato-founded" from="1940-01-01" to="1960-12-31"></sourceline-timeline>
</body></html>`;
  writeFileSync(new URL('../dist/e2e-element.html', import.meta.url), html);
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto('./e2e-element.html');
  const element = page.locator('sourceline-timeline');
  await expect(element.locator('[data-timeline][data-ready]')).toBeVisible();
  const panel = element.getByRole('complementary', { name: 'Selected event' });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('NATO founded');
  await expect(panel.locator('mark.cited').first()).toHaveText(citationText('nato-founded'));
  // The window comes from the attributes: 1940-1960.
  const window = (await element.locator('[data-timeline]').getAttribute('data-window'))!;
  const [start, end] = window.split(' ').map(Number);
  expect(new Date(start).getUTCFullYear()).toBe(1940);
  expect(new Date(end).getUTCFullYear()).toBe(1960);
  // Page font and colour are inherited into the shadow root.
  const style = await panel.locator('.cited-by').evaluate((el) => getComputedStyle(el).fontFamily);
  expect(style).toContain('Georgia');
  const color = await element.locator('p.title').evaluate((el) => getComputedStyle(el).color);
  expect(color).toBe('rgb(60, 20, 90)');

  // Selecting another event fires an event on the element.
  const selected = page.evaluate(
    () =>
      new Promise<string>((resolve) =>
        document
          .querySelector('sourceline-timeline')!
          .addEventListener('sourceline-select', (e) =>
            resolve((e as CustomEvent<{ id: string }>).detail.id),
          ),
      ),
  );
  await clickEvent(page, 'turkey-joins');
  expect(await selected).toBe('turkey-joins');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Turkey joins NATO');
  await page.screenshot({ path: 'e2e/results/element.png' });
  const origins = new Set(requests.map((url) => new URL(url).origin));
  expect(origins.size).toBe(1);
});

test.describe('accessibility', () => {
  test.use({ bypassCSP: true });

  test('axe finds no serious or critical violation in the embed at 320 px, with the panel, and in the Share dialog', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 560 });
    await page.goto('./?embed=1');
    await expect(page.locator('[data-timeline][data-ready]')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto('./?embed=1&event=madrid-summit');
    await expect(page.getByRole('complementary', { name: 'Selected event' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(page.getByRole('dialog', { name: 'Share this view' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
