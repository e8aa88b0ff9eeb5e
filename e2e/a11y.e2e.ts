import { seriousViolations } from './axe';
import { expect, test } from './fixtures';

// The app's Content Security Policy forbids inline scripts; axe is injected as one.
test.use({ bypassCSP: true });

const views = [
  ['the timeline', './'],
  ['the timeline with the panel', './?event=madrid-summit'],
  ['the list', './?view=list&event=soviet-request-to-join'],
  [
    'the reader with the panel',
    './?view=reader&doc=ussr-asked-to-join&p=4&event=soviet-request-to-join',
  ],
  ['the document list', './?view=reader'],
] as const;

for (const [name, url] of views) {
  test(`axe finds no serious or critical violation on ${name}`, async ({ page }) => {
    await page.goto(url);
    await expect(page.locator('main')).toBeVisible();
    await page.waitForTimeout(300);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('axe finds no serious or critical violation on the phone panel', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('./?event=madrid-summit');
  await expect(page.getByRole('complementary', { name: 'Selected event' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('with the keyboard alone a person reaches an event, opens it and reads a citation', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.locator('[data-event-id]').first()).toBeVisible();
  let onEvent = false;
  for (let i = 0; i < 40 && !onEvent; i++) {
    await page.keyboard.press('Tab');
    onEvent = await page.evaluate(
      () => document.activeElement?.hasAttribute('data-event-id') ?? false,
    );
  }
  expect(onEvent, 'Tab reaches an event').toBe(true);
  const id = await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
  await page.keyboard.press('Enter');

  // Focus moves to the opened event, so the citations are next in Tab order.
  const panel = page.getByRole('complementary', { name: 'Selected event' });
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`event=${id}`));
  let onRead = false;
  for (let i = 0; i < 20 && !onRead; i++) {
    await page.keyboard.press('Tab');
    onRead = await page.evaluate(() =>
      /Read in document/.test(document.activeElement?.getAttribute('aria-label') ?? ''),
    );
  }
  expect(onRead, 'Tab reaches "Read in document"').toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('.paragraph.target')).toBeFocused();

  // Escape closes the panel, then the document.
  await page.keyboard.press('Escape');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('article')).toHaveCount(0);
});

test('in the list, arrows move between events and Enter opens one', async ({ page }) => {
  await page.goto('./?view=list');
  const first = page.locator('[data-list-event] h3 button').first();
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const title = await page.locator('[data-list-event] h3 button').nth(2).innerText();
  const panel = page.getByRole('complementary', { name: 'Selected event' });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(title);
});

test('in Windows High Contrast (forced colours) the document colours and the pressed view still show', async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('./');
  await expect(page.locator('.event.instant .dot').first()).toBeVisible();
  const colours = await page.evaluate(() => {
    const fill = (selector: string) =>
      [...document.querySelectorAll(selector)].map((e) => getComputedStyle(e).backgroundColor);
    const plot = getComputedStyle(document.querySelector('.plot')!).backgroundColor;
    return { dots: fill('.event.instant .dot'), swatches: fill('.swatch'), plot };
  });
  // The system would paint every mark in its one background colour: the documents' colours
  // are what tell the documents apart, on the plot and in the legend.
  for (const marks of [colours.dots, colours.swatches]) {
    expect(marks.every((colour) => colour !== colours.plot && colour !== 'rgba(0, 0, 0, 0)')).toBe(
      true,
    );
    expect(new Set(marks).size).toBeGreaterThan(1);
  }
  const pressed = page.getByRole('button', { name: 'Timeline', pressed: true });
  const other = page.getByRole('button', { name: 'List', pressed: false });
  const background = (button: typeof pressed) =>
    button.evaluate((e) => getComputedStyle(e).backgroundColor);
  expect(await background(pressed)).not.toBe(await background(other));
});

test('when the system asks for more contrast, secondary text is as dark as the rest', async ({
  page,
}) => {
  await page.emulateMedia({ contrast: 'more' });
  await page.goto('./');
  await expect(page.locator('.plot')).toBeVisible();
  const [help, title] = await Promise.all(
    ['.help', 'h1'].map((selector) =>
      page
        .locator(selector)
        .first()
        .evaluate((e) => getComputedStyle(e).color),
    ),
  );
  expect(help).toBe(title);
});
