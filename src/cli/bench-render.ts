import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../e2e/chromium.mjs';
import type { Dataset } from '../lib/types';
import { buildApp, gzipSizeOfAssets, type AssetSizes } from './bench-build';
import { generateDataset } from './bench-datasets';
import {
  dragPan,
  measurePhase,
  MISSED,
  PAINT_RECORDER,
  LONG_TASK_RECORDER,
  wheelZoom,
  type PhaseStats,
} from './bench-measure';
import { CROSS_ORIGIN_ISOLATED, serveStatic } from './bench-serve';

/**
 * `npm run bench:render`: builds the app, serves it with synthetic datasets of 1k to 1M events
 * (and the NATO corpus when the real dataset builds), and measures in headless Chromium the time to the
 * first drawn events (in the page, and on screen), frames during a wheel zoom and a drag pan, long
 * tasks and JS heap.
 * Writes src/cli/bench-results/render.md.
 */
const ROOT = new URL('../..', import.meta.url).pathname;
const WORK = '/tmp/sourceline-bench-render';
const PORT = Number(process.env.BENCH_PORT ?? 5210);
const SIZES: [string, number][] = [
  ['1k', 1_000],
  ['10k', 10_000],
  ['100k', 100_000],
  ['1M', 1_000_000],
];

interface Row {
  name: string;
  events: number;
  /** Median of the loads, and every load, to the first-draw mark and to the screen. */
  load: number;
  onScreen: number;
  loads: number[];
  onScreens: number[];
  /** Median of the loads, and every load: the renderer's main-thread CPU time during the load. */
  cpu: number;
  cpus: number[];
  zoom: PhaseStats;
  pan: PhaseStats;
  heapMb: number;
  loadLongTasks: number;
}

async function main() {
  const dist = join(WORK, 'dist');
  const data = join(WORK, 'data');
  mkdirSync(data, { recursive: true });
  console.log('building the app…');
  const built = await buildApp(ROOT, dist);
  const gzip = gzipSizeOfAssets(dist);
  const only = process.env.BENCH_SIZES?.split(',');
  const sizes = SIZES.filter(([name]) => !only || only.includes(name));
  for (const [name, count] of sizes) {
    console.log(`generating ${name}…`);
    writeFileSync(
      join(data, `${name}.json`),
      JSON.stringify(generateDataset(count, 7, count < 1e6)),
    );
  }
  // Cross-origin isolated: precise clocks, so that a frame interval reads as what it was.
  const server = await serveStatic(
    { '/': dist, '/bench-data/': data },
    PORT,
    CROSS_ORIGIN_ISOLATED,
  );
  const browser = await chromium.launch({
    executablePath: findChromium() ?? undefined,
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
  });
  const rows: Row[] = [];
  try {
    const targets: [string, number, string][] = sizes.map(([name, count]) => [
      name,
      count,
      `/bench-data/${name}.json`,
    ]);
    // The NATO corpus, when the real dataset was built (dist/timeline.json).
    if (existsSync(join(dist, 'timeline.json'))) {
      const nato = JSON.parse(readFileSync(join(dist, 'timeline.json'), 'utf8')) as Dataset;
      targets.unshift(['NATO corpus', nato.events.length, '/timeline.json']);
    }
    await warmUp(browser, targets[0][2]);
    for (const [name, count, url] of targets) {
      console.log(`measuring ${name}…`);
      rows.push(await measure(browser, name, count, url));
    }
  } finally {
    await browser.close();
    server.close();
  }
  const report = formatReport(rows, gzip, built.realDataset);
  mkdirSync(join(ROOT, 'src/cli/bench-results'), { recursive: true });
  writeFileSync(join(ROOT, 'src/cli/bench-results/render.md'), report);
  console.log(report);
}

/** Page loads per dataset (one load alone tells little on a shared machine); fewer when big. */
const loadRuns = (events: number) => (events >= 1_000_000 ? 3 : events >= 100_000 ? 7 : 11);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function measure(
  browser: import('@playwright/test').Browser,
  name: string,
  events: number,
  url: string,
): Promise<Row> {
  const loads: number[] = [];
  const onScreens: number[] = [];
  const cpus: number[] = [];
  for (let run = 1; run < loadRuns(events); run++) {
    const page = await openQuietTab(browser);
    const timed = await openAndTime(page, url);
    loads.push(timed.load);
    onScreens.push(timed.onScreen);
    cpus.push(timed.cpu);
    await page.close();
  }
  const page = await openQuietTab(browser);
  const { load, onScreen, cpu, loadLongTasks } = await openAndTime(page, url);
  loads.push(load);
  onScreens.push(onScreen);
  cpus.push(cpu);
  await page.waitForTimeout(300);
  const zoom = await measurePhase(page, () => wheelZoom(page, 3000));
  const pan = await measurePhase(page, () => dragPan(page, 3000));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  await page.close();
  return {
    name,
    events,
    load: median(loads),
    onScreen: median(onScreens),
    loads,
    onScreens,
    cpu: median(cpus),
    cpus,
    zoom,
    pan,
    heapMb: heap / 2 ** 20,
    loadLongTasks,
  };
}

/**
 * A new tab, once the browser has finished setting it up. Headless Chromium builds the new
 * window's own interface (its address-bar popup is a web page) as a tab opens: about a second of
 * CPU in other processes that, on two cores, would otherwise run alongside the load being
 * measured (traced: the NATO first draw at a median of 414 ms in a fresh tab, 226 ms in a tab
 * opened a moment before, same build). A reader opening a link in a browser that is already
 * open pays none of it.
 */
async function openQuietTab(browser: import('@playwright/test').Browser) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const cdp = await browser.newBrowserCDPSession();
  const cpuSeconds = async () => {
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
      processInfo: { cpuTime: number }[];
    };
    return processInfo.reduce((sum, p) => sum + p.cpuTime, 0);
  };
  // Quiet: under 20 ms of CPU in all the browser's processes over two 250 ms spells in a row.
  const deadline = Date.now() + 10_000;
  let quietSpells = 0;
  let last = await cpuSeconds();
  while (quietSpells < 2 && Date.now() < deadline) {
    await page.waitForTimeout(250);
    const now = await cpuSeconds();
    quietSpells = now - last < 0.02 ? quietSpells + 1 : 0;
    last = now;
  }
  await cdp.detach();
  return page;
}

/** Opens the app on a dataset and reads when its first events were drawn and shown. */
async function openAndTime(page: import('@playwright/test').Page, url: string) {
  await page.addInitScript(LONG_TASK_RECORDER);
  await page.addInitScript(PAINT_RECORDER);
  // CPU time, unlike wall time, does not grow when other work on a shared machine takes the
  // cores: it shows what the load itself costs.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(`http://127.0.0.1:${PORT}/?data=${encodeURIComponent(url)}`, {
    waitUntil: 'commit',
  });
  const loaded = await waitUntilLoaded(page);
  if (!loaded.isolated)
    throw new Error('the page is not cross-origin isolated: its clocks are coarse');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const seconds = metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN;
  return {
    load: loaded.load,
    onScreen: loaded.onScreen,
    cpu: seconds * 1000,
    loadLongTasks: loaded.longTasks,
  };
}

/**
 * Waits for the first events to be drawn and shown without touching the page while it loads:
 * Playwright's waits run its own scripts in the page (and poll on every DOM change), which
 * would take main-thread time from the load being measured. The page is first read a second
 * after navigation, then every quarter second.
 */
async function waitUntilLoaded(page: import('@playwright/test').Page) {
  const read = () =>
    page.evaluate(() => {
      const mark = performance.getEntriesByName('sourceline:first-draw')[0];
      const recorded = window as unknown as { __eventsOnScreen: number; __longtasks: unknown[] };
      return {
        isolated: crossOriginIsolated,
        ready: document.querySelector('[data-ready]') !== null,
        load: mark?.startTime ?? 0,
        onScreen: recorded.__eventsOnScreen,
        longTasks: recorded.__longtasks.length,
      };
    });
  const deadline = Date.now() + 120_000;
  await page.waitForTimeout(1000);
  for (;;) {
    const state = await read();
    if (state.ready && state.load > 0 && state.onScreen > 0) return state;
    if (Date.now() > deadline) throw new Error('the first events were not drawn within 120 s');
    await page.waitForTimeout(250);
  }
}

/** One unmeasured load, so the first measured page does not pay for a cold browser. */
async function warmUp(browser: import('@playwright/test').Browser, url: string) {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${PORT}/?data=${encodeURIComponent(url)}`);
  await page.waitForSelector('[data-ready]', { timeout: 60_000 });
  await page.close();
}

const ms = (n: number) => n.toFixed(1);
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

function formatReport(rows: Row[], gzip: AssetSizes, dataset: string): string {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const phase = (p: PhaseStats) =>
    `${p.frames} | ${ms(p.median)} | ${ms(p.p95)} | ${ms(p.max)} | ${pct(p.over)} | ${p.longTasks} (${ms(p.longTaskMs)} ms)`;
  const lines = [
    '# Render benchmark',
    '',
    `Headless Chromium (${CHROMIUM_ARGS.join(' ')}), 1440x900, ${new Date().toISOString().slice(0, 10)}; ` +
      `frame time = interval between requestAnimationFrame callbacks; a frame over ${MISSED} ms missed a 60 Hz vsync (16.7 ms). Pages are served cross-origin isolated, so their clocks are precise to 5 µs (otherwise 100 µs: a page that missed no frame would read 16.8 ms at p95).`,
    `Real dataset build: ${dataset}.`,
    `JS+CSS gzip on first load (the files index.html loads, all a reader needs to see and use the timeline): ${kb(gzip.js)} KB JS + ${kb(gzip.css)} KB CSS = ${kb(gzip.js + gzip.css)} KB. ` +
      `Loaded on demand: ${kb(gzip.onDemand)} KB (lists, reader, share, export, present, the workspace) and ${kb(gzip.worker)} KB (the workspace's document pipeline, a worker, only to build a timeline from files).`,
    '',
    'Load to first draw: the `sourceline:first-draw` mark, set when the first events are in the page; ' +
      'first events on screen: when the browser presented the first of them (Element Timing), after layout and paint. ' +
      'Each is the median of several loads, each in a new tab (all listed, in the order run); long tasks and heap are from the last load. ' +
      "A new tab is left until the browser's processes are quiet before the app is loaded in it: opening a tab makes headless Chromium build that window's own interface, about a second of CPU that would run beside the load on two cores. " +
      'The harness does not touch a page while it loads: it first reads it a second after navigation, then every 250 ms; it starts recording animation frames only after the load (a requestAnimationFrame loop would make the page render a frame every 16.7 ms while it loads). ' +
      "Main-thread CPU: the time the renderer's main thread ran tasks from navigation until that first read (or the read that found the events on screen), in thread time, which does not count waiting for a core.",
    '',
    '| dataset | events | load to first draw (ms) | first events on screen (ms) | main-thread CPU in load (ms) | every load: first draw / on screen / CPU (ms) | long tasks in load | JS heap (MB) |',
    '| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.events} | ${ms(r.load)} | ${ms(r.onScreen)} | ${ms(r.cpu)} | ${r.loads.map((l, i) => `${l.toFixed(0)}/${r.onScreens[i].toFixed(0)}/${r.cpus[i].toFixed(0)}`).join(', ')} | ${r.loadLongTasks} | ${r.heapMb.toFixed(1)} |`,
    ),
    '',
    `| dataset | phase | frames | median ms | p95 ms | max ms | > ${MISSED} ms | long tasks |`,
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.flatMap((r) => [
      `| ${r.name} | wheel zoom 3 s | ${phase(r.zoom)} |`,
      `| ${r.name} | drag pan 3 s | ${phase(r.pan)} |`,
    ]),
    '',
  ];
  return lines.join('\n');
}

await main();
