import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Three small documents the test writes itself: plain text, Markdown and HTML. */
const DOCUMENTS = [
  {
    name: 'apollo.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(
      'The Apollo program\n\nHOUSTON, July 24, 1969\n\n' +
        'In May 1961 President Kennedy asked Congress to land a man on the Moon.\n\n' +
        'On July 20, 1969, Apollo 11 landed in the Sea of Tranquility and two astronauts walked on the Moon.\n\n' +
        'The last crew, Apollo 17, left the Moon on December 14, 1972.\n',
    ),
  },
  {
    name: 'shuttle.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(
      '# The Space Shuttle\n\nPublished 8 August 2011\n\n' +
        'The first Space Shuttle, Columbia, flew on April 12, 1981, twenty years after Gagarin.\n\n' +
        'On July 21, 2011, Atlantis landed for the last time and the program ended.\n',
    ),
  },
  {
    name: 'station.html',
    mimeType: 'text/html',
    buffer: Buffer.from(
      '<!doctype html><html><head><title>ISS | Example</title><style>p{color:red}</style></head><body>' +
        '<h1>International Space Station</h1><p>The first module, Zarya, was launched on November 20, 1998.</p>' +
        '<p>Crews have lived aboard since November 2, 2000.</p></body></html>',
    ),
  },
];

const fileInput = (page: Page) => page.getByTestId('file-input');
const eventButton = (page: Page, name: RegExp | string) =>
  page.locator('[data-workspace-event]', { hasText: name });

async function openWorkspace(page: Page) {
  await page.goto('./');
  await page.getByRole('button', { name: 'Your documents' }).click();
  await expect(page.getByRole('heading', { name: 'Your documents' })).toBeVisible();
}

test.describe('the workspace', () => {
  test('three dropped documents become a cited timeline that is saved, renamed, downloaded and opened again', async ({
    page,
    consoleErrors,
    requests,
  }) => {
    await openWorkspace(page);
    await fileInput(page).setInputFiles(DOCUMENTS);

    // Titles and dates are prefilled from the texts.
    const rows = page.locator('[data-document-row]');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0).getByLabel('Title')).toHaveValue('The Apollo program');
    await expect(rows.nth(0).getByLabel('Written on')).toHaveValue('1969-07-24');
    await expect(rows.nth(1).getByLabel('Title')).toHaveValue('The Space Shuttle');
    await expect(rows.nth(1).getByLabel('Written on')).toHaveValue('2011-08-08');
    await expect(rows.nth(2).getByLabel('Title')).toHaveValue('International Space Station');
    await expect(rows.nth(2)).toContainText('text taken from HTML');

    // The timeline builds in place, with events from all three documents and their citations.
    const landing = eventButton(page, /Apollo 11/);
    await expect(landing).toBeVisible();
    await expect(eventButton(page, '1981')).toBeVisible();
    await expect(eventButton(page, '1998')).toBeVisible();
    await expect(page.locator('[data-event-id]').first()).toBeVisible();
    await landing.click();
    const editor = page.locator('section.editor');
    await expect(editor.locator('.source').first()).toHaveText('The Apollo program');
    await expect(editor.locator('blockquote mark').first()).toHaveText('July 20, 1969');

    // Rename the event: a curation edit, rebuilt in the worker.
    await editor.getByLabel('Title').fill('Apollo 11 lands on the Moon');
    await editor.getByRole('button', { name: 'Rename' }).click();
    await expect(eventButton(page, 'Apollo 11 lands on the Moon')).toBeVisible();
    await expect(editor.getByText('edited')).toBeVisible();

    // A reload finds the work saved (the address keeps the workspace open).
    await page.reload();
    await expect(eventButton(page, 'Apollo 11 lands on the Moon')).toBeVisible();
    await expect(page.locator('[data-document-row]')).toHaveCount(3);

    // Download the timeline as sourceline/1 JSON.
    const downloading = page.waitForEvent('download');
    await page.getByText('Download', { exact: true }).click();
    await page.locator('[data-format="sourceline"]').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.timeline\.json$/);
    const json = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(json.format).toBe('sourceline/1');
    const renamed = json.events.find(
      (e: { title: string }) => e.title === 'Apollo 11 lands on the Moon',
    );
    expect(renamed).toMatchObject({ date: '1969-07-20', curated: true });
    expect(renamed.citations[0].text).toBe('July 20, 1969');

    // The curation file downloads too.
    const curationDownload = page.waitForEvent('download');
    await page.getByText('Download', { exact: true }).click();
    await page.locator('[data-format="curation"]').click();
    const yaml = await readFile((await (await curationDownload).path())!, 'utf8');
    expect(yaml).toContain('title: "Apollo 11 lands on the Moon"');

    // Open the downloaded file again: a saved timeline of its own, the same events.
    await fileInput(page).setInputFiles({
      name: 'space.timeline.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(json)),
    });
    await expect(page.getByText(/space\.timeline\.json: \d+ events read/)).toBeVisible();
    await expect(page.locator('[data-project]')).toHaveCount(2);
    await expect(eventButton(page, 'Apollo 11 lands on the Moon')).toBeVisible();

    // And show it in the app.
    await page.getByRole('button', { name: 'Show in the app' }).click();
    await expect(page.locator('[data-event-id]').first()).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(json.title);

    const external = requests.filter(
      (url) => !/^(http:\/\/127\.0\.0\.1:\d+\/|blob:|data:)/.test(url),
    );
    expect(external, 'nothing leaves the page').toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test('a TimelineJS file written by the test imports and draws, and an events CSV reports the rows it cannot read', async ({
    page,
    consoleErrors,
  }) => {
    await openWorkspace(page);
    const timelinejs = {
      title: { text: { headline: 'Bridges of the city', text: '<p>When each bridge opened.</p>' } },
      events: [
        {
          start_date: { year: '1883', month: '5', day: '24' },
          text: {
            headline: 'Brooklyn Bridge opens',
            text: '<p>Crowds crossed the <b>new</b> bridge.</p>',
          },
          media: { url: 'https://example.org/b.jpg', credit: 'City archive' },
          group: 'East River',
        },
        {
          start_date: { year: 1909, month: 3 },
          end_date: { year: 1909, month: 12 },
          text: { headline: 'Queensboro Bridge', text: 'Opened in stages.' },
        },
        {
          start_date: { year: 1931, month: 10, day: 25 },
          text: { headline: 'George Washington Bridge' },
        },
      ],
    };
    await fileInput(page).setInputFiles({
      name: 'bridges.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(timelinejs)),
    });
    await expect(page.getByText('bridges.json: 3 events read.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Name of this timeline' })).toHaveValue(
      'Bridges of the city',
    );
    await expect(page.locator('[data-event-id]').first()).toBeVisible();
    for (const title of ['Brooklyn Bridge opens', 'Queensboro Bridge', 'George Washington Bridge'])
      await expect(eventButton(page, title)).toBeVisible();

    await fileInput(page).setInputFiles({
      name: 'events.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'date,title,text,source\n1914-07-28,War begins,"Austria-Hungary declares war, 28 July.",Diary\nsoon,Later,x,Diary\n,No date,y,Diary\n',
      ),
    });
    const report = page.getByRole('alert').filter({ hasText: 'events.csv: 1 event read.' });
    await expect(report).toContainText('Row 3: the date cannot be read (soon).');
    await expect(report).toContainText('Row 4: no date (No date).');
    await expect(eventButton(page, 'War begins')).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test('a hostile HTML page is read as text and nothing in it runs', async ({
    page,
    consoleErrors,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      dialog.dismiss();
    });
    await openWorkspace(page);
    const hostile =
      '<html><head><title>Hostile</title><script>window.__pwned = 1; alert("script")</script></head><body>' +
      '<h1 onclick="window.__pwned = 2">A page with traps</h1>' +
      '<img src="x" onerror="window.__pwned = 3; alert(\'img\')">' +
      '<p onmouseover="window.__pwned = 4">On 4 April 1949 twelve countries signed the treaty in Washington.</p>' +
      '<a href="javascript:window.__pwned = 5">a javascript: link</a>' +
      '<iframe srcdoc="<script>parent.__pwned = 6</script>"></iframe>' +
      '<svg onload="window.__pwned = 7"><script>window.__pwned = 8</script></svg>' +
      '<template><img src=y onerror="window.__pwned = 9"></template>' +
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; is shown as text.</p></body></html>';
    await fileInput(page).setInputFiles({
      name: 'hostile.html',
      mimeType: 'text/html',
      buffer: Buffer.from(hostile),
    });
    const row = page.locator('[data-document-row]');
    await expect(row.getByLabel('Title')).toHaveValue('A page with traps');
    const event = eventButton(page, '1949');
    await expect(event).toBeVisible();
    await event.click();
    const quote = page.locator('section.editor blockquote').first();
    await expect(quote).toContainText('twelve countries signed the treaty in Washington');
    await quote.hover();
    await page.getByRole('button', { name: 'Show in the app' }).click();
    await page.getByRole('button', { name: 'Documents', exact: true }).click();
    await page
      .getByRole('button', { name: /A page with traps/ })
      .first()
      .click();
    await expect(page.getByText('<script>alert(1)</script> is shown as text.')).toBeVisible();
    await expect(page.getByText('a javascript: link')).toBeVisible();
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(await page.locator('img[src="x"], iframe, a[href^="javascript:"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test('empty, binary and non-UTF-8 files each get a clear message and the rest is kept', async ({
    page,
    consoleErrors,
  }) => {
    await openWorkspace(page);
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Treaty signed on 4 April 1949.', 'utf16le'),
    ]);
    const cp1252 = Buffer.from([
      ...Buffer.from('Caf'),
      0xe9,
      ...Buffer.from(' opened on 1 May 1920 '),
      0x96,
      ...Buffer.from(' a fact.'),
    ]);
    await fileInput(page).setInputFiles([
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
      {
        name: 'photo.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      },
      { name: 'utf16.txt', mimeType: 'text/plain', buffer: utf16 },
      { name: 'old.txt', mimeType: 'text/plain', buffer: cp1252 },
    ]);
    const problems = page.locator('details.problems');
    await expect(problems).toContainText('Not added (2)');
    await expect(problems).toContainText('empty.txt: the file is empty.');
    await expect(problems).toContainText('photo.txt: this is not a text file.');
    const rows = page.locator('[data-document-row]');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText('UTF-16');
    await expect(rows.nth(1)).toContainText('read as Windows-1252');
    await expect(rows.nth(1).getByLabel('Title')).toHaveValue(
      'Café opened on 1 May 1920 – a fact.',
    );
    await expect(eventButton(page, '1920')).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test('a file dropped on the zone and pasted text both become documents', async ({
    page,
    consoleErrors,
  }) => {
    await openWorkspace(page);
    await page.locator('.zone').evaluate((zone) => {
      const data = new DataTransfer();
      data.items.add(
        new File(['The canal opened on 17 November 1869 after ten years of work.'], 'canal.txt', {
          type: 'text/plain',
        }),
      );
      zone.dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
    });
    await expect(eventButton(page, '1869')).toBeVisible();
    const paste = page.locator('details.paste');
    await paste.getByText('Paste text').click();
    await paste.getByLabel('Title').fill('Notes');
    await paste.getByLabel('Text').fill('The second canal opened in August 1914.');
    await page.getByRole('button', { name: 'Add the text' }).click();
    await expect(page.locator('[data-document-row]')).toHaveCount(2);
    await expect(page.locator('[data-document-row]').nth(1).getByLabel('Title')).toHaveValue(
      'Notes',
    );
    await expect(eventButton(page, 'August 1914')).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test('the timeline downloads as a single HTML page that opens from disk', async ({
    page,
    consoleErrors,
  }) => {
    test.setTimeout(180_000);
    const single = new URL('../dist/sourceline.html', import.meta.url);
    const built = new URL('../dist/index.html', import.meta.url);
    if (!existsSync(single) || statSync(single).mtimeMs < statSync(built).mtimeMs) {
      execFileSync('npx', ['tsx', 'src/cli/build-single.ts'], {
        cwd: fileURLToPath(new URL('..', import.meta.url)),
        stdio: 'ignore',
      });
    }
    await openWorkspace(page);
    await fileInput(page).setInputFiles(DOCUMENTS);
    await expect(eventButton(page, /Apollo 11/)).toBeVisible();
    await page.getByText('Download', { exact: true }).click();
    const option = page.locator('[data-format="single-html"]');
    await expect(option).toBeVisible();
    const downloading = page.waitForEvent('download');
    await option.click();
    // Opened from disk it needs its .html ending (Chromium decides the type by it).
    const file = test.info().outputPath('single.html');
    copyFileSync((await (await downloading).path())!, file);
    const html = await readFile(file, 'utf8');
    expect(html).not.toMatch(/<script[^>]+\bsrc=/);

    const offline = await page.context().browser()!.newContext({ offline: true });
    const reader = await offline.newPage();
    const errors: string[] = [];
    reader.on('pageerror', (error) => errors.push(String(error)));
    await reader.goto(pathToFileURL(file).href);
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText('The Apollo program');
    await expect(reader.locator('[data-event-id]').first()).toBeVisible();
    expect(errors).toEqual([]);
    await offline.close();
    expect(consoleErrors).toEqual([]);
  });

  test('screenshots of the workspace at 1440 and 375 px', async ({ page, consoleErrors }) => {
    await page.setViewportSize({ width: 1440, height: 1000 });
    await openWorkspace(page);
    await fileInput(page).setInputFiles(DOCUMENTS);
    await eventButton(page, /Apollo 11/).click();
    await expect(page.locator('section.editor blockquote').first()).toBeVisible();
    // The workspace scrolls inside the page; let it grow so the picture shows all of it.
    await page.addStyleTag({
      content: '.shell { height: auto !important; } .workspace { overflow: visible !important; }',
    });
    await page.screenshot({ path: 'e2e/results/ingest-1440.png', fullPage: true });
    await page.setViewportSize({ width: 375, height: 800 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: 'e2e/results/ingest-375.png', fullPage: true });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, 'no sideways scrolling on a phone').toBeLessThanOrEqual(0);
    expect(consoleErrors).toEqual([]);
  });
});
