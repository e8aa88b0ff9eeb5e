import { expect, test } from './fixtures';

// A desktop window: at fit-all every event of the NATO corpus has room for its label there.
test.use({ viewport: { width: 1440, height: 900 } });

test('the built app draws events from all five documents and shows a source paragraph on click', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('./');
  const events = page.locator('[data-event-id]');
  await expect(events.first()).toBeVisible();
  const documents = await events.evaluateAll((nodes) =>
    [
      ...new Set(nodes.flatMap((node) => (node.getAttribute('data-documents') ?? '').split(' '))),
    ].filter(Boolean),
  );
  expect(documents.sort()).toEqual([
    'ilps-washington-summit-2024',
    'nato-expansion-asia',
    'nato-explained-forum-thread',
    'ussr-asked-to-join',
    'vilnius-summit-insecurity',
  ]);
  await page
    .getByRole('button', { name: /Turkey/i })
    .first()
    .click();
  const panel = page.locator('aside');
  await expect(panel).toContainText('Turkey');
  await expect(panel.locator('blockquote mark').first()).toContainText('1952');
  await page.screenshot({ path: 'e2e/results/foundation.png', fullPage: true });
  expect(consoleErrors).toEqual([]);
});

test('a slow dataset shows the loading screen, then the timeline; a missing one says why', async ({
  page,
}) => {
  // Held back well past the moment the app waits for its data before it shows itself loading.
  await page.route('**/timeline.json', async (route) => {
    const response = await route.fetch();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.fulfill({ response });
  });
  await page.goto('./');
  await expect(page.getByText('Loading the timeline…')).toBeVisible();
  await expect(page.locator('[data-event-id]').first()).toBeVisible({ timeout: 10_000 });
  await expect(page.getByText('Loading the timeline…')).toHaveCount(0);

  await page.goto('./?data=no-such-file.json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('no-such-file.json is a web page, not a sourceline dataset');
  await expect(page.locator('[data-event-id]')).toHaveCount(0);
});
