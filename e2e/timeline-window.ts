import type { Page } from '@playwright/test';

/** The visible window's length in ms, from the timeline's `data-window` attribute. */
export async function windowSpan(page: Page): Promise<number> {
  const [start, end] = (
    (await page.locator('[data-timeline]').getAttribute('data-window')) ?? '0 0'
  )
    .split(' ')
    .map(Number);
  return end - start;
}

/** Waits until the window has stopped moving: the same `data-window` for 6 frames and 150 ms. */
export async function settle(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const read = () => document.querySelector('[data-timeline]')?.getAttribute('data-window');
        const began = performance.now();
        let last = read();
        let since = began;
        let frames = 0;
        const tick = () => {
          const now = performance.now();
          const value = read();
          if (value !== last) [last, since, frames] = [value, now, 0];
          else if (++frames >= 6 && now - since >= 150) return resolve();
          if (now - began > 15_000) return reject(new Error('the window never settled'));
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}
