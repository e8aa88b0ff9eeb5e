import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { blogPage, startHost } from './host-server';

/**
 * The single file to hand out (`npm run build:single` -> dist/sourceline.html): opened from disk
 * with the network off it shows the timeline and a citation; its CSP allows its one inline script
 * by hash; and it also works as the src of a frame sandboxed with allow-scripts only.
 */
const single = new URL('../dist/sourceline.html', import.meta.url);
const built = new URL('../dist/index.html', import.meta.url);

test.beforeAll(() => {
  test.setTimeout(180_000);
  // Build it when missing or older than the app build these tests run against.
  if (!existsSync(single) || statSync(single).mtimeMs < statSync(built).mtimeMs) {
    execFileSync('npx', ['tsx', 'src/cli/build-single.ts'], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      stdio: 'ignore',
    });
  }
});

test('the single file opens from file:// with the network off and shows a citation', async ({
  page,
  context,
  requests,
}) => {
  await context.setOffline(true);
  await context.route(/^(?!file:)/, (route) => route.abort());
  const html = readFileSync(single, 'utf8');
  expect(html).not.toMatch(/<script[^>]+\bsrc=|<link[^>]+stylesheet/);
  const csp = /Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? '';
  expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
  expect(/script-src[^;]*/.exec(csp)?.[0]).not.toContain('unsafe-inline');

  await page.goto(single.href);
  await expect(page.locator('[data-timeline][data-ready]')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'NATO, as five documents tell it',
  );
  await page.getByRole('button', { name: 'List' }).click();
  await page.getByRole('button', { name: 'Warsaw Pact founded' }).click();
  const panel = page.getByRole('complementary', { name: 'Selected event' });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Warsaw Pact founded');
  await expect(panel.locator('mark.cited').first()).toBeVisible();
  // The presentation and export, bundled in, work offline too.
  await page.getByRole('button', { name: /Present/ }).click();
  await page.keyboard.press('ArrowRight');
  await expect(
    page.getByRole('dialog', { name: 'Presentation' }).locator('blockquote mark'),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  expect(requests.every((url) => url.startsWith('file:'))).toBe(true);
});

test('"Your documents" builds a timeline in the single file, from disk and offline', async ({
  page,
  context,
  consoleErrors,
}) => {
  await context.setOffline(true);
  await context.route(/^(?!file:|blob:)/, (route) => route.abort());
  await page.goto(single.href);
  await page.getByRole('button', { name: 'Your documents' }).click();
  await expect(page.getByRole('heading', { name: 'Your documents' })).toBeVisible();
  const paste = page.locator('details.paste');
  await paste.getByText('Paste text').click();
  await paste.getByLabel('Title').fill('Notes');
  await paste.getByLabel('Text').fill('The second canal opened in August 1914.');
  await page.getByRole('button', { name: 'Add the text' }).click();
  // Built by the worker the page starts from its own copy (there is no file beside it).
  await expect(page.locator('[data-workspace-event]', { hasText: 'August 1914' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('the single file works in a frame sandboxed with allow-scripts only', async ({
  page,
  baseURL,
}) => {
  const app = new URL(baseURL ?? '').origin;
  const host = await startHost({
    '/post': blogPage(
      `<iframe src="${app}/sourceline.html?embed=1&event=turkey-joins" title="Timeline" width="100%" height="560" sandbox="allow-scripts"></iframe>`,
    ),
  });
  try {
    await page.goto(`${host.origin}/post`);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('[data-timeline][data-ready]')).toBeVisible();
    const panel = frame.getByRole('complementary', { name: 'Selected event' });
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Turkey joins NATO');
    await expect(panel.locator('mark.cited').first()).toBeVisible();
  } finally {
    await host.close();
  }
});
