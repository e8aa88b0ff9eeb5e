import type { Page } from '@playwright/test';
import { cite, dataset, day, openDataset, writeDatasets } from './datasets';
import { expect, test } from './fixtures';
import { settle } from './timeline-window';

/**
 * The timeline at its edges, as a reader meets them: a label the end of the plot cuts ends in
 * an ellipsis, the focus ring surrounds a label shown whole, and an event chosen in the List
 * is brought into view when the reader comes back to the Timeline.
 */
const DATA = 'e2e-timeline-edges.json';

function edges() {
  const events: object[] = [
    day('early', 'The first charter', '1900-03-01'),
    day('middle', 'A title far too long for the room its label is given on the axis', '1925-01-01'),
    day('late', 'The last treaty', '2000-06-01'),
    {
      ...day('long', 'The long negotiation over the northern border', '1960-01-01'),
      date: '1960-01-01/1975-12-31',
      end: '1975-12-31',
      isRange: true,
      citations: [cite],
    },
  ];
  // Forty events in one month: a cluster when the whole century shows.
  for (let i = 0; i < 40; i++)
    events.push(
      day(`dense-${i}`, `Dense day ${i}`, `1950-05-${String(1 + (i % 28)).padStart(2, '0')}`),
    );
  return dataset('Edges', events);
}

test.beforeAll(() => writeDatasets({ [DATA]: edges() }));
test.use({ viewport: { width: 1440, height: 900 } });

/** Where the plot's inside ends on the right (px from the page's left). */
const plotRight = (page: Page) =>
  page
    .locator('.plot')
    .evaluate((plot) => plot.getBoundingClientRect().left + plot.clientLeft + plot.clientWidth);

/** The label's box, and how far its text runs when not cut (both px from the page's left). */
const labelOf = (page: Page, id: string) =>
  page.locator(`[data-event-id="${id}"] .label`).evaluate((label) => {
    const text = document.createRange();
    text.selectNodeContents(label);
    return {
      right: label.getBoundingClientRect().right,
      textRight: text.getBoundingClientRect().right,
      overflow: getComputedStyle(label).textOverflow,
    };
  });

test('a label the right edge of the plot would cut ends in an ellipsis there, pointed at or not', async ({
  page,
}) => {
  // The range begins near the right edge and runs past it: its label has less room than it needs.
  await openDataset(page, DATA, '&from=1945-01-01&to=1962-06-01');
  const edge = await plotRight(page);
  const resting = await labelOf(page, 'long');
  expect(resting.textRight, 'the title is longer than the room left').toBeGreaterThan(edge);
  // The label's own box, where the ellipsis is drawn, ends inside the plot: the text is cut by
  // the label (with "…"), not by the plot's edge (bare).
  expect(resting.right).toBeLessThanOrEqual(edge + 0.5);
  expect(resting.overflow).toBe('ellipsis');

  // Pointed at on its words (a hover on the bar's centre, far off screen, would scroll the plot).
  const words = (await page.locator('[data-event-id="long"] .label').boundingBox())!;
  await page.mouse.move(words.x + 30, words.y + words.height / 2);
  // Raised over its neighbours: the box that places the event on the plot.
  await expect(page.locator('[data-event-id="long"]').locator('..')).toHaveCSS('z-index', '1');
  const pointed = await labelOf(page, 'long');
  expect(pointed.textRight).toBeGreaterThan(edge);
  expect(pointed.right, 'shown whole up to the edge, no further').toBeLessThanOrEqual(edge + 0.5);
});

test('no tick or period of the axis is cut by the end of the plot ("196" for 1962)', async ({
  page,
}) => {
  for (const window of ['&from=1945-01-01&to=1962-06-01', '&from=1950-04-20&to=1950-06-02']) {
    await openDataset(page, DATA, window);
    const edge = await plotRight(page);
    const texts = await page.locator('svg.axis text').evaluateAll((nodes) =>
      nodes.map((node) => ({
        text: node.textContent,
        right: node.getBoundingClientRect().right,
      })),
    );
    expect(texts.length).toBeGreaterThan(3);
    expect(texts.filter((text) => text.right > edge + 0.5)).toEqual([]);
  }
});

test('the focus ring surrounds the label shown whole, not the room it was given', async ({
  page,
}) => {
  await openDataset(page, DATA);
  const item = page.locator('[data-event-id="middle"]');
  const cut = await item
    .locator('.label')
    .evaluate((label) => label.scrollWidth > label.clientWidth + 1);
  expect(cut, 'the long title is cut in its room').toBe(true);
  // From the keyboard, as a person reaches it: Tab to the plot, then the item.
  await page.locator('.plot').focus();
  await page.keyboard.press('Tab');
  await item.focus();
  const shown = await item.evaluate((button) => {
    const label = button.querySelector('.label') as HTMLElement;
    const mark = button.querySelector('.dot, .bar') as HTMLElement;
    // The element that draws the ring, and the ring's outer box.
    const ring = [button, label].find((node) => getComputedStyle(node).outlineStyle !== 'none');
    if (!ring) return null;
    const style = getComputedStyle(ring);
    const out = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
    const box = ring.getBoundingClientRect();
    const text = document.createRange();
    text.selectNodeContents(label);
    return {
      focusVisible: button.matches(':focus-visible'),
      ring: { left: box.left - out, right: box.right + out },
      text: text.getBoundingClientRect().toJSON(),
      mark: mark.getBoundingClientRect().toJSON(),
      cut: label.scrollWidth > label.clientWidth + 1,
    };
  });
  expect(shown, 'a focus ring is drawn').not.toBeNull();
  expect(shown!.focusVisible).toBe(true);
  expect(shown!.cut, 'the label is shown whole while focused').toBe(false);
  expect(shown!.ring.left).toBeLessThanOrEqual(shown!.mark.left + 0.5);
  expect(shown!.ring.right, 'the ring reaches past the end of the text').toBeGreaterThanOrEqual(
    shown!.text.right - 0.5,
  );
});

/** Chooses an event in the List view, then comes back to the Timeline. */
async function chooseInList(page: Page, id: string) {
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await page.locator(`[data-list-event="${id}"] h3 button`).click();
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await expect(page.locator('[data-timeline][data-ready]')).toBeVisible();
}

/** Fails unless the event is drawn inside the plot, marked as selected. */
async function expectDrawnAndSelected(page: Page, id: string) {
  const event = page.locator(`[data-event-id="${id}"]`);
  await expect(event).toHaveAttribute('aria-pressed', 'true');
  await settle(page);
  const mark = (await event.locator('.dot, .bar').boundingBox())!;
  const plot = (await page.locator('.plot').boundingBox())!;
  expect(mark.x).toBeGreaterThanOrEqual(plot.x);
  expect(mark.x).toBeLessThanOrEqual(plot.x + plot.width);
}

test('an event chosen in the List inside a cluster is drawn and selected back on the Timeline', async ({
  page,
}) => {
  await openDataset(page, DATA);
  await expect(page.locator('[data-cluster-count]').first()).toBeVisible();
  await expect(page.locator('[data-event-id="dense-17"]'), 'hidden in its cluster').toHaveCount(0);
  await chooseInList(page, 'dense-17');
  await expectDrawnAndSelected(page, 'dense-17');
});

test('an event chosen in the List outside the window is drawn and selected back on the Timeline', async ({
  page,
}) => {
  await openDataset(page, DATA, '&from=1899-01-01&to=1901-01-01');
  await expect(page.locator('[data-event-id="late"]'), 'outside the window').toHaveCount(0);
  await chooseInList(page, 'late');
  await expectDrawnAndSelected(page, 'late');
});

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  test('a keyboard user zooming on an event stays on it while the events around it move', async ({
    page,
  }) => {
    // The NATO timeline: zooming in and out rearranges its lanes, which moves the items around.
    const open = async () => {
      await page.goto('./');
      await expect(page.locator('[data-timeline][data-ready]')).toBeVisible();
    };
    await open();
    const ids = await page
      .locator('[data-timeline] [data-event-id]')
      .evaluateAll((items) => items.slice(0, 6).map((item) => item.getAttribute('data-event-id')));
    expect(ids.length).toBeGreaterThan(3);
    const focusOf = (id: string | null) =>
      page.evaluate((id) => {
        const item = document.querySelector(`[data-timeline] [data-event-id="${id}"]`);
        if (!item) return 'not drawn';
        return item === document.activeElement
          ? 'focused'
          : `${document.activeElement?.tagName} is focused`;
      }, id);
    for (const id of ids) {
      await open();
      await page.locator(`[data-timeline] [data-event-id="${id}"]`).focus();
      for (const key of ['+', '+', '-', '-']) {
        await page.keyboard.press(key);
        await settle(page);
        const focus = await focusOf(id);
        if (focus === 'not drawn') break;
        expect(focus, `${id} after ${key}`).toBe('focused');
      }
    }
  });
});

test.describe('on a tall screen', () => {
  test.use({ viewport: { width: 2560, height: 1440 } });

  test('the timeline takes the height a desktop monitor or projector gives it, without a scroll bar', async ({
    page,
  }) => {
    await openDataset(page, DATA);
    const overview = (await page.locator('.overview').boundingBox())!;
    expect(1440 - (overview.y + overview.height)).toBeLessThan(300);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
      1440,
    );
  });
});

test('+ and − on an event zoom about it: it stays where it is, and keeps the focus', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.locator('[data-timeline][data-ready]')).toBeVisible();
  const plot = (await page.locator('.plot').boundingBox())!;
  // An instant well left of the middle: a zoom about the middle would push it off the plot.
  const id = await page.locator('[data-timeline] .event.instant').evaluateAll((items, left) => {
    const near = items.find((item) => {
      const dot = item.querySelector('.dot')!.getBoundingClientRect();
      return dot.x > left + 60 && dot.x < left + 250;
    });
    return near?.getAttribute('data-event-id') ?? null;
  }, plot.x);
  expect(id).not.toBeNull();
  const event = page.locator(`[data-timeline] [data-event-id="${id}"]`);
  // The middle of its mark (a dot, or the span of its year once zoomed in).
  const dotX = async () => {
    const mark = (await event.locator('.dot, .bar').boundingBox())!;
    return mark.x + mark.width / 2;
  };
  const before = await dotX();
  await event.focus();
  for (const key of ['+', '+']) {
    await page.keyboard.press(key);
    await settle(page);
  }
  await expect(event).toBeFocused();
  expect(Math.abs((await dotX()) - before)).toBeLessThan(12);
});
