import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { assembleSingleFile } from '../lib/export/single-html';

/**
 * `npm run build:single`: one HTML file to hand out, `dist/sourceline.html`, that opens from
 * disk with no server and no network. The app is built without code splitting into a temporary
 * directory, then its script, stylesheet and the dataset are inlined (see single-html.ts).
 *
 *   npm run build:single                                  the corpus in data/
 *   npm run build:single -- --data my.json --out x.html   any sourceline/1 dataset
 */
const root = fileURLToPath(new URL('../..', import.meta.url));

export async function buildSingle(options: { data?: string; out: string }): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'sourceline-single-'));
  try {
    await build({
      root,
      configFile: resolve(root, 'vite.config.ts'),
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: true,
        modulePreload: false,
        cssCodeSplit: false,
        assetsInlineLimit: Number.MAX_SAFE_INTEGER,
        reportCompressedSize: false,
        rolldownOptions: { output: { inlineDynamicImports: true } },
      },
    });
    const assets = readdirSync(join(outDir, 'assets'));
    const scripts = assets.filter((name) => name.endsWith('.js'));
    const entry = scripts.find((name) => name.startsWith('index-'));
    const css = assets.filter((name) => name.endsWith('.css'));
    if (!entry) throw new Error(`no entry script in the build (${assets.join(', ')})`);
    // The workspace's worker goes into the page as text, started from a blob there.
    const workers = scripts.filter((name) => name.startsWith('worker-'));
    for (const other of scripts.filter((name) => name !== entry && !workers.includes(name))) {
      console.warn(
        `sourceline: ${other} is not inlined; what needs it will not work from the file.`,
      );
    }
    if (workers.length > 1)
      throw new Error(`more than one worker in the build: ${workers.join(', ')}`);
    const read = (name: string) => readFileSync(join(outDir, name), 'utf8');
    const html = assembleSingleFile(
      {
        html: read('index.html'),
        script: read(join('assets', entry)),
        css: css.map((name) => read(join('assets', name))).join('\n'),
        dataset: options.data ? readFileSync(options.data, 'utf8') : read('timeline.json'),
        ...(workers[0] ? { worker: read(join('assets', workers[0])) } : {}),
      },
      (text) => createHash('sha256').update(text, 'utf8').digest('base64'),
    );
    writeFileSync(options.out, html);
    return options.out;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const { values } = parseArgs({
  options: { data: { type: 'string' }, out: { type: 'string', default: 'dist/sourceline.html' } },
});
const out = await buildSingle({
  data: values.data,
  out: resolve(values.out ?? 'dist/sourceline.html'),
});
console.log(`sourceline: wrote ${out} (${Math.round(readFileSync(out).length / 1024)} kB)`);
