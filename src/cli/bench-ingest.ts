import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../e2e/chromium.mjs';
import { buildApp } from './bench-build';
import { LONG_TASK_RECORDER } from './bench-measure';
import { serveStatic } from './bench-serve';

/**
 * `npm run bench:ingest`: builds the app, then in headless Chromium gives the workspace one text
 * file of 1, 10 and 50 MB, then 10,000 small files, and times reading, finding the dates and
 * grouping them into events (all in the worker), and showing the result. Records every
 * main-thread long task (> 50 ms) and the peak memory (VmHWM) of the page's renderer process,
 * which holds the worker too. Choose with BENCH_SIZES=1,10,files; time limit per run:
 * BENCH_LIMIT_MIN (default 20). Writes src/cli/bench-results/ingest.md.
 */
const ROOT = new URL('../..', import.meta.url).pathname;
const WORK = '/tmp/sourceline-bench-ingest';
const PORT = Number(process.env.BENCH_PORT ?? 5310);
/** Sizes in MB of one file, and `files`: ten thousand small files. */
const SIZES = (process.env.BENCH_SIZES ?? '1,10,50,files').split(',');
const MANY = 10_000;
const LIMIT_MS = Number(process.env.BENCH_LIMIT_MIN ?? 20) * 60_000;
const MB = 1024 * 1024;

/**
 * About `bytes` of prose: the NATO corpus of `data/` again and again, its years shifted in each
 * copy so that the copies tell different events (a plain repeat would merge into the same ones).
 */
const corpusText = () =>
  readdirSync(join(ROOT, 'data'))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(ROOT, 'data', name), 'utf8'))
    .join('\n\n');

/** The text with its years moved on by `copy` * 7 (within 1700-2024). */
const shiftYears = (text: string, copy: number) =>
  text.replace(/\b(1[89]|20)(\d\d)\b/g, (year) =>
    String(1700 + ((Number(year) - 1700 + copy * 7) % 325)),
  );

function generateText(bytes: number): string {
  const base = corpusText();
  const parts: string[] = [];
  let size = 0;
  for (let copy = 0; size < bytes; copy++) {
    const shifted = shiftYears(base, copy);
    parts.push(shifted);
    size += shifted.length + 2;
  }
  return parts.join('\n\n').slice(0, bytes);
}

/** Ten thousand small files: a title line and one paragraph of the corpus each. */
function generateFiles(dir: string): string[] {
  const paragraphs = corpusText()
    .split(/\n\s*\n/)
    .filter((p) => /\d{4}/.test(p) && p.length > 80);
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: MANY }, (_, i) => {
    const file = join(dir, `note-${String(i + 1).padStart(5, '0')}.txt`);
    const paragraph = shiftYears(
      paragraphs[i % paragraphs.length],
      Math.floor(i / paragraphs.length),
    );
    if (!existsSync(file)) writeFileSync(file, `Note ${i + 1}\n\n${paragraph}\n`);
    return file;
  });
}

interface Row {
  label: string;
  /** The error the workspace showed, when the build failed. */
  failure: string | null;
  handOverMs: number;
  finished: boolean;
  readMs: number | null;
  analyzeMs: number | null;
  eventsMs: number | null;
  showMs: number | null;
  events: number | null;
  mentions: string;
  buildLongTasks: [number, number][];
  showLongTasks: [number, number][];
  peakRssMb: number;
  heapMb: number;
  /** Highest one-minute load average seen during the run: other work competing for the CPU. */
  load: number;
}

/** Peak resident memory (VmHWM) of Chromium's renderer processes, in MB. */
function rendererPeakMb(): number {
  let peak = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('--type=renderer')) continue;
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (hwm) peak = Math.max(peak, Number(hwm[1]) / 1024);
    } catch {
      // the process ended while we looked
    }
  }
  return peak;
}

const markAt = (page: Page, name: string) =>
  page.evaluate((n) => performance.getEntriesByName(n).at(-1)?.startTime ?? null, name);

async function measure(browser: Browser, label: string, file: string | string[]): Promise<Row> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(LONG_TASK_RECORDER);
  await page.goto(`http://127.0.0.1:${PORT}/#build`);
  const input = page.getByTestId('file-input');
  await input.waitFor({ state: 'attached', timeout: 60_000 });
  const start = await page.evaluate(() => performance.now());
  await input.setInputFiles(file);
  // Playwright hands the files over through the DevTools protocol, on the page's main thread (10,000
  // paths take seconds there); that is the test harness, not the app: long tasks count from here.
  const given = await page.evaluate(() => performance.now());
  const deadline = Date.now() + LIMIT_MS;
  let lastStatus = '';
  let built: number | null = null;
  let load = loadavg()[0];
  let failure: string | null = null;
  while (Date.now() < deadline) {
    load = Math.max(load, loadavg()[0]);
    built = await markAt(page, 'sourceline:workspace-built');
    if (built !== null) break;
    const errors = await page.locator('.notice.error p').allTextContents();
    if (errors.length) {
      failure = errors.join(' ');
      console.log(`  ${label}: ${failure}`);
      break;
    }
    const status = (await page.locator('.activity .text').textContent())?.trim() ?? '';
    if (status && status !== lastStatus) {
      console.log(`  ${label}: ${status}`);
      lastStatus = status;
    }
    await page.waitForTimeout(1000);
  }
  const read = await markAt(page, 'sourceline:workspace-read');
  const events = await markAt(page, 'sourceline:workspace-events');
  let shown: number | null = null;
  let eventCount: number | null = null;
  if (built !== null) {
    await page.locator('[data-workspace-event]').first().waitFor({ timeout: 120_000 });
    await page.waitForTimeout(500);
    shown = await page.evaluate(() => performance.now());
    const summary = (await page.locator('#result-heading').textContent()) ?? '';
    eventCount = Number(/([\d,]+) events?/.exec(summary)?.[1].replace(/,/g, '') ?? NaN);
  }
  const longtasks = await page.evaluate(
    () => (window as unknown as { __longtasks: [number, number][] }).__longtasks,
  );
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  const peakRssMb = rendererPeakMb();
  const buildEnd = built ?? Infinity;
  const row: Row = {
    label,
    failure,
    finished: built !== null,
    readMs: read !== null ? read - start : null,
    analyzeMs: read !== null && events !== null ? events - read : null,
    eventsMs: events !== null && built !== null ? built - events : null,
    showMs: built !== null && shown !== null ? shown - built : null,
    events: eventCount,
    mentions: /([\d,]+) date mentions?/.exec(lastStatus)?.[1] ?? '',
    // A task that runs into the moment the result arrives is the result being drawn.
    handOverMs: given - start,
    buildLongTasks: longtasks.filter(([t, d]) => t >= given && t + d < buildEnd),
    showLongTasks: longtasks.filter(([t, d]) => t + d >= buildEnd),
    peakRssMb,
    heapMb: heap / MB,
    load,
  };
  const marks = { read, events, built };
  for (const [t, d] of row.buildLongTasks) {
    const when = Object.entries(marks)
      .filter(([, at]) => at !== null && at <= t)
      .map(([name]) => name)
      .at(-1);
    console.log(
      `  long task while building: ${d.toFixed(0)} ms at ${((t - start) / 1000).toFixed(1)} s (after ${when ?? 'start'})`,
    );
  }
  await context.close();
  return row;
}

const s = (ms: number | null) => (ms === null ? '—' : (ms / 1000).toFixed(1));
const tasks = (list: [number, number][]) =>
  list.length ? `${list.length} (max ${Math.max(...list.map(([, d]) => d)).toFixed(0)} ms)` : '0';

function formatReport(rows: Row[]): string {
  return [
    '# Ingest benchmark',
    '',
    `Headless Chromium (${CHROMIUM_ARGS.join(' ')}), 1440x900, ${new Date().toISOString().slice(0, 10)}. ` +
      'One .txt file per run (the NATO corpus repeated, years shifted per copy), or 10,000 small ' +
      'files (a paragraph of it each), given to the workspace; ' +
      'read, analysed and grouped in the worker. Hand-over: Playwright setting the file input (not ' +
      'the app; read counts from its start). Long tasks: main-thread tasks over 50 ms after the hand-over ' +
      '(PerformanceObserver "longtask"). Peak RSS: VmHWM of the renderer process (page and worker).',
    `Time limit per size: ${LIMIT_MS / 60_000} min. ${cpus().length} CPUs; the load average says how ` +
      'much other work ran meanwhile (long tasks are wall time: a starved main thread shows some).',
    '',
    '| text | hand-over (s) | read (s) | find dates (s) | group into events (s) | show (s) | events | mentions | long tasks while building | long tasks while showing | peak RSS (MB) | main JS heap (MB) | max load avg |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.label} | ${s(r.handOverMs)} | ${s(r.readMs)} | ${s(r.analyzeMs)} | ${r.finished ? s(r.eventsMs) : r.failure ? `failed: ${r.failure}` : `not done in ${LIMIT_MS / 60_000} min`} | ${s(r.showMs)} | ${r.events ?? '—'} | ${r.mentions || '—'} | ${tasks(r.buildLongTasks)} | ${tasks(r.showLongTasks)} | ${r.peakRssMb.toFixed(0)} | ${r.heapMb.toFixed(1)} | ${r.load.toFixed(1)} |`,
    ),
    '',
  ].join('\n');
}

async function main() {
  const dist = join(WORK, 'dist');
  const data = join(WORK, 'data');
  mkdirSync(data, { recursive: true });
  console.log('building the app…');
  await buildApp(ROOT, dist);
  const server = await serveStatic({ '/': dist }, PORT);
  const rows: Row[] = [];
  try {
    for (const size of SIZES) {
      let file: string | string[];
      let label: string;
      if (size === 'files') {
        console.log(`writing ${MANY} files…`);
        file = generateFiles(join(data, 'many'));
        const bytes = file.reduce((sum, f) => sum + statSync(f).size, 0);
        label = `${MANY.toLocaleString('en-US')} files, ${(bytes / MB).toFixed(1)} MB`;
      } else {
        file = join(data, `text-${size}mb.txt`);
        label = `${size} MB`;
        if (!existsSync(file)) {
          console.log(`writing ${size} MB of text…`);
          writeFileSync(file, generateText(Number(size) * MB));
        }
      }
      console.log(`measuring ${label}…`);
      const browser = await chromium.launch({
        executablePath: findChromium() ?? undefined,
        args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
      });
      try {
        rows.push(await measure(browser, label, file));
      } finally {
        await browser.close();
      }
      console.log(formatReport(rows));
    }
  } finally {
    server.close();
  }
  const report = formatReport(rows);
  mkdirSync(join(ROOT, 'src/cli/bench-results'), { recursive: true });
  writeFileSync(join(ROOT, 'src/cli/bench-results/ingest.md'), report);
  console.log(report);
}

await main();
