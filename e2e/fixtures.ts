import { test as base, expect } from '@playwright/test';

/**
 * The test fixture every browser test uses: it fails the test on any console error or
 * uncaught page error, and records every request so tests can check where the page went.
 */
export const test = base.extend<{ consoleErrors: string[]; requests: string[] }>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    await use(errors);
    expect(errors, 'console errors').toEqual([]);
  },
  requests: async ({ page }, use) => {
    const urls: string[] = [];
    page.on('request', (request) => urls.push(request.url()));
    await use(urls);
  },
});

export { expect };
