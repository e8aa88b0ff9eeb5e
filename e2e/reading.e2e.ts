import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The panel that shows the selected event. */
const panelOf = (page: Page) => page.getByRole('complementary', { name: 'Selected event' });

/** Clicks an event on the timeline, zooming into the earliest cluster while it is hidden in one. */
async function clickEvent(page: Page, name: RegExp) {
  const event = page.locator('[data-event-id]').and(page.getByRole('button', { name }));
  for (let i = 0; i < 5 && !(await event.first().isVisible()); i++) {
    await page
      .getByRole('button', { name: /zoom in to see them/ })
      .first()
      .click();
    await page.waitForTimeout(700);
  }
  await event.first().click();
}

test('a reader follows the 1954 Soviet note from the timeline into its document and back', async ({
  page,
}) => {
  await page.goto('./');
  await clickEvent(page, /Soviet Union asks to join NATO/);
  const panel = panelOf(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
    'Soviet Union asks to join NATO',
  );
  await expect(panel).toContainText('March 1954');

  // The 31 March paragraph is in the panel, its date marked inside its marked sentence.
  const card = panel.locator('article').filter({ hasText: 'March 31, 1954' });
  await expect(card.locator('mark.cited')).toHaveText('March 31, 1954');
  await expect(card.locator('mark.cited.sentence, .sentence').first()).toBeVisible();
  await card.getByRole('button', { name: /Read in document/ }).click();

  // The reader opens the document at that paragraph.
  const reader = page.getByRole('article', { name: 'How the USSR Tried to Join NATO!' });
  await expect(reader).toBeVisible();
  const target = reader.locator('.paragraph.target');
  await expect(target).toContainText('March 31, 1954');
  await expect(target).toBeInViewport();
  await expect(page).toHaveURL(/view=reader/);
  await expect(page).toHaveURL(/doc=ussr-asked-to-join/);

  // Another date mention in the document leads to its own event.
  await reader
    .getByRole('button', { name: /^1952: / })
    .first()
    .click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
    'Soviet membership in NATO raised',
  );
  await expect(reader.locator('.mention.current').first()).toHaveText('1952');

  // Back returns to the previous selection.
  await page.goBack();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
    'Soviet Union asks to join NATO',
  );
  await page.goForward();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
    'Soviet membership in NATO raised',
  );
});

test('a search for Madrid finds the summit, its two documents and their disagreement, and the link reproduces it', async ({
  page,
  context,
}) => {
  await page.goto('./');
  await expect(page.locator('[data-event-id]').first()).toBeVisible();
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('Madrid');
  await expect(page.getByRole('status').filter({ hasText: /of 33 events match/ })).toBeVisible();
  const events = page.locator('[data-event-id]');
  await expect(events.first()).toBeVisible();
  expect(await events.count()).toBeLessThan(33);
  // The matches are laid out afresh: the first is in the top lane, just below the axis (48 px),
  // not in the lane it had among all 33 events.
  const plotTop = (await page.locator('.plot').boundingBox())!.y;
  const tops = await events.evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().y));
  expect(Math.min(...tops) - plotTop).toBeLessThan(48 + 26);
  await page
    .getByRole('button', { name: /NATO summit in Madrid/ })
    .first()
    .click();

  const panel = panelOf(page);
  await expect(panel).toContainText('28–30 June 2022');
  await expect(panel).toContainText('Cited by 2 documents');
  const disagreement = panel.getByRole('region', { name: 'The sources disagree on the date' });
  await expect(disagreement).toContainText('28–30 June 2022');
  await expect(disagreement).toContainText('29–30 June 2022');
  await expect(panel.locator('mark.match').first()).toHaveText(/madrid/i);
  await expect(page).toHaveURL(/q=Madrid/);
  await expect(page).toHaveURL(/event=madrid-summit/);

  // The list shows the same events as the timeline, with the selection.
  await page.getByRole('button', { name: 'List' }).click();
  const list = page.getByRole('region', { name: 'Events in time order' });
  await expect(list.locator('li[data-list-event].selected')).toHaveAttribute(
    'data-list-event',
    'madrid-summit',
  );
  expect(await list.locator('li[data-list-event]').count()).toBe(await eventsCountFromStatus(page));

  // A new page opened on the same URL shows the same view.
  const url = page.url();
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByRole('searchbox')).toHaveValue('Madrid');
  await expect(panelOf(other).getByRole('heading', { level: 2 })).toHaveText(
    'NATO summit in Madrid',
  );
  await expect(other.getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true');
  await other.close();
});

async function eventsCountFromStatus(page: Page): Promise<number> {
  const text = await page
    .getByRole('status')
    .filter({ hasText: /events? match/ })
    .innerText();
  return Number(/^(\d+)/.exec(text)?.[1]);
}

test('a mention that is not on the timeline says why', async ({ page }) => {
  await page.goto('./?view=reader&doc=ilps-washington-summit-2024');
  await page.getByRole('button', { name: /the late 1930s: not on the timeline/ }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'is not on the timeline' }),
  ).toContainText('“the late 1930s” is not on the timeline');
});

test('random and hostile URL parameters never break the page', async ({ page }) => {
  const junk = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom(
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      '9'.repeat(400),
      '-1e308',
      'NaN',
      '\u202e\u0000\uffff',
      '😀'.repeat(50),
      'javascript:alert(1)',
    ),
  );
  const name = fc.constantFrom(
    'view',
    'event',
    'doc',
    'p',
    'q',
    'hide',
    'tag',
    'from',
    'to',
    'zoom',
  );
  const queries = fc.sample(fc.array(fc.tuple(name, junk), { minLength: 1, maxLength: 6 }), {
    seed: 2024,
    numRuns: 12,
  });
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  for (const pairs of queries) {
    const search = pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
    await page.goto(`./?${search}&event=a&event=b`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/NATO/);
    await expect(page.getByRole('searchbox')).toBeVisible();
  }
  // Unknown and malformed parameters are reported, and the notice can be dismissed.
  await page.goto('./?zoom=3&view=map&from=1960-01-01&to=1950-01-01&event=nope');
  const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
  await expect(notice).toContainText('zoom');
  await expect(notice).toContainText('view');
  await expect(notice).toContainText('event=nope');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.locator('[data-event-id]').first()).toBeVisible();
});

test('document text that looks like HTML is shown as text', async ({ page }) => {
  const text =
    '<script>alert(1)</script> On March 31, 1954 <b>bold</b> <img src=x onerror=alert(2)> asked.';
  const dataset = {
    format: 'sourceline/1',
    title: 'Hostile <i>dataset</i>',
    documents: [
      {
        id: 'hostile',
        title: '<script>alert(3)</script>Doc',
        published: { value: '2024', precision: 'year' },
        paragraphs: [{ id: 'hostile#p1', start: 0, end: text.length, depth: 0, text }],
      },
    ],
    events: [
      {
        id: 'e1',
        title: '<img src=x onerror=alert(4)>Request',
        date: '1954-03-31',
        start: '1954-03-31',
        end: '1954-03-31',
        precision: 'day',
        tags: ['<b>tag</b>'],
        citations: [
          {
            document: 'hostile',
            paragraph: 'hostile#p1',
            start: text.indexOf('March'),
            end: text.indexOf('March') + 'March 31, 1954'.length,
            text: 'March 31, 1954',
            date: '1954-03-31',
          },
        ],
      },
    ],
    unplaced: [],
  };
  writeFileSync('dist/e2e-hostile.json', JSON.stringify(dataset));
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  await page.goto('./?data=e2e-hostile.json&event=e1&view=reader&doc=hostile&p=1');
  const panel = panelOf(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
    '<img src=x onerror=alert(4)>Request',
  );
  await expect(panel.locator('blockquote')).toContainText('<script>alert(1)</script>');
  await expect(page.locator('.reader .paragraph')).toContainText('<b>bold</b>');
  await expect(page.locator('main img, main b, main script')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hostile <i>dataset</i>');
});

test('screenshots: desktop and phone', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('./?event=soviet-request-to-join');
  await expect(panelOf(page)).toContainText('March 31, 1954');
  await page.screenshot({ path: 'e2e/results/reading-desktop-timeline.png' });
  await page.goto('./?view=reader&doc=ussr-asked-to-join&p=4&event=soviet-request-to-join');
  await expect(page.locator('.paragraph.target')).toBeInViewport();
  await page.screenshot({ path: 'e2e/results/reading-desktop-reader.png' });
  await page.goto('./?view=list&q=summit&event=madrid-summit');
  await page.screenshot({ path: 'e2e/results/reading-desktop-list.png' });

  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('./');
  await page.screenshot({ path: 'e2e/results/reading-phone-timeline.png' });
  await page.goto('./?event=madrid-summit');
  await expect(panelOf(page)).toBeVisible();
  await page.screenshot({ path: 'e2e/results/reading-phone-panel.png' });
  await panelOf(page)
    .getByRole('button', { name: /Read in document/ })
    .first()
    .click();
  await expect(page.locator('.paragraph.target')).toBeInViewport();
  await expect(panelOf(page)).toBeHidden();
  await page.screenshot({ path: 'e2e/results/reading-phone-reader.png' });
});

test('on a phone held sideways the timeline has the width and the sources slide over it', async ({
  page,
  consoleErrors,
}) => {
  await page.setViewportSize({ width: 740, height: 375 });
  await page.goto('./');
  // The documents and tags fold into one line, and the timeline is not squeezed by a panel.
  await expect(page.locator('details.filters summary')).toBeVisible();
  await expect(page.getByRole('button', { name: 'summit', exact: true })).toBeHidden();
  const plot = page.locator('.plot');
  expect((await plot.boundingBox())?.width).toBeGreaterThan(700);
  // The page scrolls as a whole: the plot can fill the screen, header out of sight.
  await plot.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(100);

  await page.goto('./?event=madrid-summit');
  const panel = panelOf(page);
  await expect(panel).toBeVisible();
  expect((await panel.boundingBox())?.x).toBeGreaterThan(300);
  await panel
    .getByRole('button', { name: /Read in document/ })
    .first()
    .click();
  await expect(page.locator('.paragraph.target')).toBeInViewport();
  await expect(panel).toBeHidden();
  expect(consoleErrors).toEqual([]);
});

test('after zooming, a search that moves the timeline leaves a link to what it shows', async ({
  page,
  context,
}) => {
  await page.goto('./');
  await expect(page.locator('[data-event-id]').first()).toBeVisible();
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect(page).toHaveURL(/from=.*to=/);
  await page.keyboard.press('/');
  await page.keyboard.type('Madrid');
  const summit = page.getByRole('button', { name: /NATO summit in Madrid/ }).first();
  await expect(summit).toBeVisible();
  // The timeline fits the matches: the zoomed window is no longer in the link.
  await expect(page).toHaveURL(/q=Madrid/);
  await expect(page).not.toHaveURL(/from=|to=/);
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByRole('button', { name: /NATO summit in Madrid/ }).first()).toBeVisible();
  await other.close();
});

test('a link to a window that shows none of the events shows the nearest part of their span', async ({
  page,
}) => {
  await page.goto('./?q=Madrid&from=1960-03-10&to=2009-10-25');
  await expect(page.getByRole('button', { name: /NATO summit in Madrid/ }).first()).toBeVisible();
});
