import { type ChildProcess, spawn } from 'node:child_process';
import { expect, test } from './fixtures';

// The escape character (27) of terminal colour codes.
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/**
 * `npm start` serves the app with Vite's dev server, which (unlike the built app the other
 * tests use) pre-bundles dependencies and builds the dataset on request. This starts it as
 * `npm start` does and reads the timeline from it.
 */
test('the dev server behind npm start serves the NATO timeline', async ({
  page,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  const port = 5460 + Math.floor(Math.random() * 30);
  const server: ChildProcess = spawn(
    'npx',
    ['vite', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      cwd: new URL('..', import.meta.url).pathname,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group: npx starts Vite as a child, which must stop with it.
      detached: true,
    },
  );
  let output = '';
  // Colour codes stripped, in case a terminal setting forces them.
  const collect = (chunk: Buffer) => (output += String(chunk).replace(ANSI_COLOUR, ''));
  server.stdout?.on('data', collect);
  server.stderr?.on('data', collect);
  try {
    const url = `http://127.0.0.1:${port}/`;
    await expect
      .poll(() => output, { timeout: 60_000, message: 'the dev server prints its URL' })
      .toContain(url);
    await page.goto(url);
    await expect(page.locator('[data-event-id]').first()).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'NATO, as five documents tell it',
    );
    expect(consoleErrors).toEqual([]);
  } finally {
    stopGroup(server);
  }
});

/** Stops a process started with `detached: true` and everything it started. */
function stopGroup(child: ChildProcess) {
  try {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill();
  }
}
