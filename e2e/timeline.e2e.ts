import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { settle, windowSpan } from './timeline-window';

/**
 * The zoomable timeline, driven as a person would: wheel, buttons, keys, clusters; labels must
 * never overlap; screenshots at phone and desktop widths go to e2e/results/.
 * The test writes its own dataset into dist/ so the axis and clusters are predictable.
 */
const DATA = 'e2e-timeline.json';

function dataset() {
  const documents = ['doc1', 'doc2', 'doc3'].map((id) => ({
    id,
    title: `Document ${id}`,
    published: { value: null, precision: 'unknown' },
    paragraphs: [{ id: `${id}#p1`, start: 0, end: 4, depth: 0, text: 'Text' }],
  }));
  const cite = (doc: string) => ({
    document: doc,
    paragraph: `${doc}#p1`,
    start: 0,
    end: 4,
    text: 'Text',
  });
  const events = [];
  for (let year = 1905; year <= 2015; year += 10) {
    events.push({
      id: `y${year}`,
      title: `Landmark of ${year}`,
      date: `${year}`,
      start: `${year}-01-01`,
      end: `${year}-12-31`,
      precision: 'year',
      tags: [],
      citations: [cite('doc1')],
    });
  }
  // A dense stretch in 1956: 240 days, enough to cluster when the whole century shows.
  for (let i = 0; i < 240; i++) {
    const day = new Date(Date.UTC(1956, 0, 1 + i)).toISOString().slice(0, 10);
    events.push({
      id: `d${i}`,
      title: `Daily note ${i}`,
      date: day,
      start: day,
      end: day,
      precision: 'day',
      tags: [],
      citations: [cite(i % 2 ? 'doc2' : 'doc3')],
    });
  }
  events.push({
    id: 'range',
    title: 'A long war',
    date: '1939-09-01/1945-09-02',
    start: '1939-09-01',
    end: '1945-09-02',
    precision: 'day',
    isRange: true,
    tags: [],
    citations: [cite('doc1'), cite('doc2')],
  });
  return { format: 'sourceline/1', title: 'Timeline test', documents, events, unplaced: [] };
}

test.beforeAll(() => {
  const dist = new URL('../dist/', import.meta.url);
  mkdirSync(dist, { recursive: true });
  writeFileSync(new URL(DATA, dist), JSON.stringify(dataset()));
});

async function open(page: Page) {
  await page.goto(`./?data=${DATA}`);
  await expect(page.locator('[data-timeline][data-ready]')).toBeVisible();
}

const tickLabels = (page: Page) =>
  page
    .locator('svg.axis text:not(.context-label)')
    .evaluateAll((nodes) => nodes.map((n) => n.textContent ?? ''));

async function expectNoOverlaps(page: Page) {
  const boxes = await page
    .locator('.plot .label, .plot [data-cluster-count]')
    .evaluateAll((nodes) => {
      const plot = document.querySelector('.plot')!.getBoundingClientRect();
      return nodes
        .map((node) => node.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.right > plot.left && r.left < plot.right)
        .map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom }));
    });
  expect(boxes.length).toBeGreaterThan(0);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      const overlap =
        a.left < b.right - 0.5 &&
        b.left < a.right - 0.5 &&
        a.top < b.bottom - 0.5 &&
        b.top < a.bottom - 0.5;
      expect(overlap, `labels ${i} and ${j} overlap: ${JSON.stringify([a, b])}`).toBe(false);
    }
  }
}

test.describe('the zoomable timeline', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('zooming with the wheel, the buttons and the keys takes the axis from decades to years to months', async ({
    page,
  }) => {
    await open(page);
    const decades = await tickLabels(page);
    expect(decades.length).toBeGreaterThan(3);
    expect(decades.every((label) => /^\d{3}0$/.test(label))).toBe(true);

    const plot = page.locator('.plot');
    const box = (await plot.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.45, box.y + box.height / 2);
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -200);
    await settle(page);
    const wheeled = await tickLabels(page);
    expect(
      wheeled.some((label) => /^\d{3}[1-9]$/.test(label)),
      `years after wheel: ${wheeled}`,
    ).toBe(true);

    await page.getByRole('button', { name: 'Show the whole timeline', exact: true }).click();
    await settle(page);
    const whole = await windowSpan(page);
    // Clicks and presses in quick succession add up, even while the last zoom still runs.
    for (let i = 0; i < 3; i++)
      await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await settle(page);
    expect((await windowSpan(page)) / (whole / 8)).toBeCloseTo(1, 2);
    const years = await tickLabels(page);
    expect(
      years.some((label) => /^\d{3}[1-9]$/.test(label)),
      `years after buttons: ${years}`,
    ).toBe(true);

    await plot.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('+');
    await settle(page);
    expect((await windowSpan(page)) / (whole / 64)).toBeCloseTo(1, 2);
    const months = await tickLabels(page);
    expect(
      months.some((label) => /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$/.test(label)),
      `months: ${months}`,
    ).toBe(true);

    const before = await windowSpan(page);
    await page.keyboard.press('ArrowRight');
    await settle(page);
    expect(await windowSpan(page)).toBeCloseTo(before, -3);
    await page.keyboard.press('Home');
    await settle(page);
    expect((await tickLabels(page)).every((label) => /^\d{3}0$/.test(label))).toBe(true);
  });

  test('no two labels overlap at five zoom levels', async ({ page }) => {
    await open(page);
    // Zoom around the dense year, where labels and clusters compete for room.
    const cluster = (await page.locator('[data-cluster-count]').first().boundingBox())!;
    await page.mouse.move(cluster.x + cluster.width / 2, cluster.y + 200);
    for (let level = 0; level < 5; level++) {
      await expectNoOverlaps(page);
      for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -250);
      await settle(page);
    }
  });

  test('clicking a cluster zooms into its events', async ({ page }) => {
    await open(page);
    const cluster = page.locator('[data-cluster-count]').first();
    await expect(cluster).toBeVisible();
    const count = Number(await cluster.getAttribute('data-cluster-count'));
    expect(count).toBeGreaterThan(1);
    const before = await windowSpan(page);
    await cluster.click();
    await settle(page);
    expect(await windowSpan(page)).toBeLessThan(before / 4);
    const counts = await page
      .locator('[data-cluster-count]')
      .evaluateAll((nodes) => nodes.map((n) => Number(n.getAttribute('data-cluster-count'))));
    expect(Math.max(0, ...counts), 'the cluster split into smaller ones').toBeLessThan(count);
  });

  test('every labelled event is a button named with its title and date, carrying its documents', async ({
    page,
  }) => {
    await open(page);
    const war = page.getByRole('button', { name: /A long war, 1 September.* 1939/ });
    await expect(war).toBeVisible();
    await expect(war).toHaveAttribute('data-documents', 'doc1 doc2');
    await war.click();
    await expect(war).toHaveAttribute('aria-pressed', 'true');
  });

  test('Tab passes the timeline in one stop; arrows go from item to item along time', async ({
    page,
  }) => {
    await open(page);
    const items = page.locator('.items [data-item-id]');
    expect(await items.count()).toBeGreaterThan(5);
    await expect(page.locator('.items [tabindex="0"]')).toHaveCount(1);

    await page.locator('.plot').focus();
    await page.keyboard.press('Tab');
    const focused = () =>
      page.evaluate(() => {
        const active = document.activeElement as HTMLElement | null;
        const box = active?.getBoundingClientRect();
        return { id: active?.dataset.itemId ?? null, x: box ? box.x : NaN };
      });
    const first = await focused();
    expect(first.id, 'Tab from the plot reaches an item').not.toBeNull();
    const window = await page.locator('[data-timeline]').getAttribute('data-window');

    // Each arrow lands on another item no earlier in time; the plot does not pan.
    const seen = [first];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('ArrowRight');
      seen.push(await focused());
    }
    expect(new Set(seen.map((f) => f.id)).size).toBe(seen.length);
    for (let i = 1; i < seen.length; i++)
      expect(seen[i].x).toBeGreaterThanOrEqual(seen[i - 1].x - 1);
    await page.keyboard.press('ArrowLeft');
    expect((await focused()).id).toBe(seen[3].id);
    expect(await page.locator('[data-timeline]').getAttribute('data-window')).toBe(window);
    await expect(page.locator('.items [tabindex="0"]')).toHaveCount(1);

    // Tab leaves the items in one step, and Shift+Tab comes back to the one last visited.
    await page.keyboard.press('Tab');
    expect((await focused()).id).toBeNull();
    await page.keyboard.press('Shift+Tab');
    expect((await focused()).id).toBe(seen[3].id);
  });

  test('dragging the overview brush pans the timeline', async ({ page }) => {
    await open(page);
    await page.locator('.plot').focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('+');
    await settle(page);
    const brush = (await page.locator('.overview .brush').boundingBox())!;
    const [start] = ((await page.locator('[data-timeline]').getAttribute('data-window')) ?? '')
      .split(' ')
      .map(Number);
    await page.mouse.move(brush.x + brush.width / 2, brush.y + brush.height / 2);
    await page.mouse.down();
    await page.mouse.move(brush.x + brush.width / 2 + 200, brush.y + brush.height / 2, {
      steps: 5,
    });
    await page.mouse.up();
    await settle(page);
    const [after] = ((await page.locator('[data-timeline]').getAttribute('data-window')) ?? '')
      .split(' ')
      .map(Number);
    expect(after).toBeGreaterThan(start);
  });
});

test('a label cut short is read whole while pointed at', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('./');
  await expect(page.locator('[data-timeline][data-ready]')).toBeVisible();
  const cut = (label: import('@playwright/test').Locator) =>
    label.evaluate((node) => node.scrollWidth > node.clientWidth + 1);
  const labels = page.locator('.event:not(.flipped) .label');
  let target: import('@playwright/test').Locator | null = null;
  for (let i = 0; i < (await labels.count()) && !target; i++)
    if (await cut(labels.nth(i))) target = labels.nth(i);
  expect(target, 'the real dataset has a shortened label at 1440 px').not.toBeNull();
  await target!.hover();
  expect(await cut(target!)).toBe(false);
});

test.describe('screenshots of the real dataset', () => {
  for (const [width, height] of [
    [375, 812],
    [1440, 900],
  ]) {
    test(`the timeline at ${width} px wide, with nothing moving as it loads`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.addInitScript(() => {
        const shifts: string[] = [];
        (window as unknown as { __shifts: string[] }).__shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            sources?: { node?: Node }[];
          })[])
            for (const source of entry.sources ?? [])
              shifts.push(`${(source.node as Element | undefined)?.className} by ${entry.value}`);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto('./');
      await expect(page.locator('[data-timeline][data-ready]')).toBeVisible();
      await expect(page.locator('[data-timeline]')).toHaveClass(
        width < 600 ? /vertical/ : /zoomable/,
      );
      await expectNoOverlaps(page);
      // No layout shift on load: nothing already drawn is moved by what comes after it.
      await page.waitForTimeout(500);
      expect(
        await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts),
      ).toEqual([]);
      await page.screenshot({ path: `e2e/results/timeline-${width}.png`, fullPage: true });
      await page.locator('.plot').screenshot({ path: `e2e/results/timeline-${width}-plot.png` });
    });
  }
});
