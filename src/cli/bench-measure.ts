import type { Page } from '@playwright/test';

/** Installed before the app loads: records every long task. */
export const LONG_TASK_RECORDER = `
  window.__longtasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
`;

/**
 * Records every animation frame from now on. Started only when a phase is measured, not while the
 * page loads: a requestAnimationFrame loop makes the browser run a frame every 16.7 ms, which the
 * page itself would not ask for then, and it delayed the first events on the NATO corpus by
 * ~25-45 ms (median of 13 loads each way, in one run).
 */
const startFrameRecorder = (page: Page) =>
  // A string, as the recorders above: Node's own names for functions (tsx's `__name`) do not
  // exist in the page.
  page.evaluate(`
    if (!window.__frames) {
      window.__frames = [];
      const loop = (t) => { window.__frames.push(t); requestAnimationFrame(loop); };
      requestAnimationFrame(loop);
    }
  `);

/**
 * Installed before the app loads, with `LONG_TASK_RECORDER`: when the first events reach the screen.
 * `sourceline:first-draw` is marked when the events are in the page, before the browser has
 * laid them out, painted and shown them; this asks the browser (Element Timing) when the first
 * of them was actually presented. The elements under the plot's `.items` get an
 * `elementtiming` attribute as they are added, until the first one is seen; then it stops.
 */
export const PAINT_RECORDER = `
  window.__eventsOnScreen = 0;
  const tag = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) {
      if (node.nodeType !== 1 || !node.closest('.items')) continue;
      node.setAttribute('elementtiming', 'sourceline-event');
      for (const child of node.querySelectorAll('*')) child.setAttribute('elementtiming', 'sourceline-event');
    }
  });
  tag.observe(document, { childList: true, subtree: true });
  try {
    new PerformanceObserver((list, observer) => {
      for (const e of list.getEntries()) {
        if (e.identifier !== 'sourceline-event' || window.__eventsOnScreen) continue;
        window.__eventsOnScreen = e.renderTime || e.loadTime;
        tag.disconnect();
        observer.disconnect();
      }
    }).observe({ type: 'element', buffered: true });
  } catch {}
`;

/**
 * A frame interval above this missed a 60 Hz frame: 16.7 ms plus a margin for the rounding of
 * rAF timestamps (16.66-16.67 ms in a cross-origin isolated page, 16.5-16.8 ms otherwise).
 */
export const MISSED = 17.5;

/** Frame and long-task figures for one phase. */
export interface PhaseStats {
  frames: number;
  median: number;
  p95: number;
  max: number;
  over: number;
  longTasks: number;
  longTaskMs: number;
}

type Recorded = { frames: number[]; longtasks: [number, number][]; now: number };
const read = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __longtasks: [number, number][] };
    return { frames: w.__frames.slice(), longtasks: w.__longtasks.slice(), now: performance.now() };
  }) as Promise<Recorded>;

/** Runs `act` and returns the frame intervals and long tasks recorded while it ran. */
export async function measurePhase(page: Page, act: () => Promise<void>): Promise<PhaseStats> {
  await startFrameRecorder(page);
  await page.waitForTimeout(50);
  const before = await read(page);
  await act();
  await page.waitForTimeout(100);
  const after = await read(page);
  const stamps = after.frames.filter((t) => t >= before.now);
  const gaps = stamps
    .slice(1)
    .map((t, i) => t - stamps[i])
    .sort((a, b) => a - b);
  const tasks = after.longtasks.filter(([start]) => start >= before.now);
  const pick = (q: number) => gaps[Math.min(gaps.length - 1, Math.floor(q * gaps.length))] ?? 0;
  return {
    frames: gaps.length,
    median: pick(0.5),
    p95: pick(0.95),
    max: gaps[gaps.length - 1] ?? 0,
    over: gaps.length ? gaps.filter((g) => g > MISSED).length / gaps.length : 0,
    longTasks: tasks.length,
    longTaskMs: tasks.reduce((sum, [, d]) => sum + d, 0),
  };
}

/** Wheel zoom in for half of `ms`, then out, over the middle of the plot. */
export async function wheelZoom(page: Page, ms: number): Promise<void> {
  const box = await page.locator('.plot').boundingBox();
  if (!box) throw new Error('no plot');
  await page.mouse.move(box.x + box.width * 0.45, box.y + box.height / 2);
  const start = Date.now();
  while (Date.now() - start < ms) {
    await page.mouse.wheel(0, Date.now() - start < ms / 2 ? -60 : 60);
    await page.waitForTimeout(16);
  }
}

/** Drags the plot left and right for `ms`. */
export async function dragPan(page: Page, ms: number): Promise<void> {
  const box = await page.locator('.plot').boundingBox();
  if (!box) throw new Error('no plot');
  const y = box.y + box.height / 2;
  let x = box.x + box.width / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  const start = Date.now();
  while (Date.now() - start < ms) {
    const phase = Math.floor((Date.now() - start) / 500) % 2 ? 1 : -1;
    x += phase * 12;
    await page.mouse.move(x, y);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
}
