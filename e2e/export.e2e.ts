import { readFileSync, writeFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { parseCsv } from '../src/lib/formats/csv';
import { EXPORT_COLUMNS, exportEvents, readExportedCsv } from '../src/lib/export/events-table';
import { orderByTime } from '../src/lib/layout/time-order';
import { filterEvents } from '../src/lib/search';
import type { Dataset } from '../src/lib/types';
import { cite, dataset as oneDocument, openDataset, writeDatasets } from './datasets';
import { expect, test } from './fixtures';

/**
 * Export of the view on screen: PNG at 2x and SVG pictures of the timeline window (checked as
 * images: size, text, not blank), CSV and JSON of the filtered events with their citations (the
 * CSV reads back to the same events), and print on A4 and Letter.
 */
const dataset: Dataset = JSON.parse(
  readFileSync(new URL('../dist/timeline.json', import.meta.url), 'utf8'),
);

async function openExport(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('[data-timeline][data-ready]')).toBeVisible();
  await page.getByRole('button', { name: 'Export' }).click();
  return page.getByRole('dialog', { name: 'Export this view' });
}

async function download(
  page: Page,
  click: () => Promise<void>,
): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { file, bytes: readFileSync(path) };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('PNG and SVG of the timeline window open as images of the right size and show its events', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const dialog = await openExport(page, './?from=1945-01-01&to=1960-01-01');
  const plot = await page.locator('[data-timeline] .plot').evaluate((el) => ({
    width: el.clientWidth,
    height: el.clientHeight,
  }));

  const svg = await download(page, () => dialog.locator('[data-export="svg"]').click());
  expect(svg.file.suggestedFilename()).toBe('nato-as-five-documents-tell-it.svg');
  const text = svg.bytes.toString('utf8');
  const width = Number(/<svg [^>]*width="(\d+)"/.exec(text)?.[1]);
  const height = Number(/<svg [^>]*height="(\d+)"/.exec(text)?.[1]);
  expect(width).toBe(plot.width + 32);
  expect(height).toBeGreaterThan(200);
  expect(height).toBeLessThanOrEqual(plot.height + 64 + 80);
  // A footer line holds a coloured dot (a <tspan>) before each source.
  const texts = [...text.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) =>
    m[1].replace(/<[^>]*>/g, '').replace(/&amp;/g, '&'),
  );
  expect(texts[0]).toBe(dataset.title);
  expect(texts).toContain('1945 – 1960');
  for (const title of ['Warsaw Pact founded', 'Korean War', 'Turkey joins NATO']) {
    expect(texts).toContain(title);
  }
  expect(text).not.toContain('Vilnius');
  const footer = texts.filter((t) => /^(Sources: )?●/.test(t)).join(' ');
  expect(footer).toContain('●\u00a0How the USSR Tried to Join NATO!');
  // Each source's dot has the colour of its events on screen.
  const usedColors = new Set(
    [...text.matchAll(/<tspan fill="(#[0-9a-f]{6})">●/g)].map((m) => m[1]),
  );
  expect(usedColors.size).toBe(dataset.documents.length);

  const png = await download(page, () => dialog.locator('[data-export="png"]').click());
  expect(png.file.suggestedFilename()).toBe('nato-as-five-documents-tell-it.png');
  expect(pngSize(png.bytes)).toEqual({ width: width * 2, height: height * 2 });
  writeFileSync('e2e/results/export-timeline.png', png.bytes);
  writeFileSync('e2e/results/export-timeline.svg', svg.bytes);

  // Both open as images in the browser; the PNG is not blank.
  const opened = await page.evaluate(
    async ({ png, svg }) => {
      const load = async (src: string) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        return image;
      };
      const pngImage = await load(`data:image/png;base64,${png}`);
      const svgImage = await load(`data:image/svg+xml;base64,${svg}`);
      const canvas = document.createElement('canvas');
      canvas.width = pngImage.naturalWidth;
      canvas.height = pngImage.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(pngImage, 0, 0);
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let sum = 0;
      let squares = 0;
      const n = data.length / 4;
      for (let i = 0; i < data.length; i += 4) {
        const luminance = (data[i] + data[i + 1] + data[i + 2]) / 3;
        sum += luminance;
        squares += luminance * luminance;
      }
      const mean = sum / n;
      return {
        svg: { width: svgImage.naturalWidth, height: svgImage.naturalHeight },
        variance: squares / n - mean * mean,
      };
    },
    { png: png.bytes.toString('base64'), svg: svg.bytes.toString('base64') },
  );
  expect(opened.svg).toEqual({ width, height });
  expect(opened.variance).toBeGreaterThan(50);
});

test('CSV and JSON hold the filtered events with their citations; the CSV reads back to them', async ({
  page,
}) => {
  const dialog = await openExport(page, './?tag=summit,soviet-membership');
  const shown = orderByTime(
    filterEvents(
      dataset.events,
      { query: '', hidden: [], tags: ['summit', 'soviet-membership'] },
      dataset.documents,
    ),
  );
  const expected = exportEvents(shown, dataset.documents);
  expect(expected.length).toBeGreaterThan(2);
  await expect(dialog).toContainText(`The ${expected.length} events shown now`);

  const csv = await download(page, () => dialog.locator('[data-export="csv"]').click());
  expect(csv.file.suggestedFilename()).toBe('nato-as-five-documents-tell-it.csv');
  expect(readExportedCsv(csv.bytes.toString('utf8'))).toEqual(expected);

  const json = await download(page, () => dialog.locator('[data-export="json"]').click());
  expect(JSON.parse(json.bytes.toString('utf8'))).toEqual({
    title: dataset.title,
    events: expected,
  });
  // Every citation carries its sentence and its source.
  for (const event of expected) {
    for (const citation of event.citations) {
      expect(citation.text).toContain(citation.cited);
      expect(citation.source.length).toBeGreaterThan(0);
    }
  }
});

/** The page size of a PDF's first page, in points. */
function pdfPageSize(pdf: Buffer) {
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  return { width: Number(box?.[1]), height: Number(box?.[2]) };
}

test('print shows the timeline and the list with citations on A4 and on Letter', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const [paper, size] of [
    ['A4', { width: 595.3, height: 841.9 }],
    ['Letter', { width: 612, height: 792 }],
  ] as const) {
    const dialog = await openExport(page, './?from=1945-01-01&to=1960-01-01');
    // The print dialog itself is the browser's: stub it, and check what would print.
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', '');
    });
    await dialog.getByRole('button', { name: `Print on ${paper}` }).click();
    await expect(page.locator('body[data-printed]')).toBeAttached();
    const view = page.locator('.sl-print');
    await expect(view).toHaveAttribute('data-paper', paper);
    await expect(view).toBeHidden();

    await page.emulateMedia({ media: 'print' });
    await expect(view).toBeVisible();
    await expect(page.locator('.shell')).toBeHidden();
    const image = view.getByRole('img', { name: 'Timeline' });
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1000);
    // The title prints once, above the picture, not again inside it.
    await expect(view.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
    const picture = decodeURIComponent((await image.getAttribute('src')) ?? '');
    expect(picture).toContain('1945 – 1960');
    expect(picture).not.toContain(`>${dataset.title}</text>`);
    const items = view.locator('[data-list-event]');
    await expect(items).toHaveCount(dataset.events.length);
    await expect(items.first().locator('.citations li').first()).toBeVisible();
    // Citations are not split across pages.
    expect(
      await items
        .first()
        .locator('.citations li')
        .first()
        .evaluate((el) => getComputedStyle(el).breakInside),
    ).toBe('avoid');

    if (paper === 'A4') await page.screenshot({ path: 'e2e/results/print-a4.png' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
    const pageSize = pdfPageSize(pdf);
    expect(Math.abs(pageSize.width - size.width)).toBeLessThan(2);
    expect(Math.abs(pageSize.height - size.height)).toBeLessThan(2);
    await page.emulateMedia({ media: 'screen' });
  }
});

/** Events before AD 1000 and across the era boundary, in a dataset of their own. */
const EARLY = {
  'early.json': oneDocument(
    'Rome and after',
    [
      { date: '-0043-03-15', start: '-0043-03-15', end: '-0043-03-15', precision: 'day' },
      { date: '-0512', start: '-0512-01-01', end: '-0512-12-31', precision: 'year' },
      {
        date: '-0043/0014',
        start: '-0043-01-01',
        end: '0014-12-31',
        precision: 'year',
        isRange: true,
      },
      { date: '0098-04-04', start: '0098-04-04', end: '0098-04-04', precision: 'day' },
      { date: '0410', start: '0410-01-01', end: '0410-12-31', precision: 'year' },
    ].map((span, i) => ({
      id: `e${i}`,
      title: `Event ${i}`,
      tags: [],
      citations: [cite],
      ...span,
    })),
  ),
};

test('the CSV names BC and early AD dates as a person reads them and no cell is computed', async ({
  page,
}) => {
  writeDatasets(EARLY);
  await openDataset(page, 'early.json');
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export this view' });
  const csv = await download(page, () => dialog.locator('[data-export="csv"]').click());
  const text = csv.bytes.toString('utf8');
  const { rows } = parseCsv(text);
  const at = (name: (typeof EXPORT_COLUMNS)[number]) => EXPORT_COLUMNS.indexOf(name);
  const byId = new Map(rows.slice(1).map((row) => [row[at('event_id')], row]));
  expect(byId.get('e1')?.[at('display_date')]).toBe('513 BC');
  expect(byId.get('e0')?.[at('display_date')]).toBe('15 March 44 BC');
  expect(byId.get('e2')?.[at('display_date')]).toBe('44 BC–AD 14');
  expect(byId.get('e3')?.[at('display_date')]).toBe('4 April 98 AD');
  expect(byId.get('e4')?.[at('display_date')]).toBe('AD 410');
  // "-0512" would open as the sum -512: the machine columns are guarded, and read back.
  expect(byId.get('e1')?.[at('date')]).toBe("'-0512");
  for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  expect(readExportedCsv(text).map((event) => event.date)).toEqual([
    '-0512',
    '-0043/0014',
    '-0043-03-15',
    '0098-04-04',
    '0410',
  ]);
});
