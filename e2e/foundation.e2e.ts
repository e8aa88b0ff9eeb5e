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
