import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/**
 * Builds the app for the benchmark into `outDir`: first with the project's config (which also
 * builds the real dataset); when that fails (pipeline pieces missing), without the dataset
 * plugin, and says why.
 */
export async function buildApp(root: string, outDir: string): Promise<{ realDataset: string }> {
  try {
    await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true } });
    return { realDataset: 'built' };
  } catch (error) {
    const reason = String((error as Error).message).split('\n')[0];
    await build({
      root,
      configFile: false,
      base: './',
      logLevel: 'error',
      plugins: [svelte()],
      build: { outDir, emptyOutDir: true, target: 'es2022' },
    });
    return { realDataset: `failed (${reason}); app built without it` };
  }
}

/** Gzip sizes in bytes of the JS and CSS the app ships: see `gzipSizeOfAssets`. */
export interface AssetSizes {
  /** First load: the files index.html references. */
  js: number;
  css: number;
  /** Loaded on demand (the lists and reader, share/export/present, the workspace). */
  onDemand: number;
  /** The workspace's document pipeline, a worker loaded only to build a timeline from files. */
  worker: number;
}

/**
 * Gzip sizes of the JS and CSS the app ships: first load (the files index.html references: what
 * a reader loads to see the timeline), the parts loaded on demand, and the worker. The custom
 * element's own script is not counted.
 */
export function gzipSizeOfAssets(dir: string): AssetSizes {
  const sizes = { js: 0, css: 0, onDemand: 0, worker: 0 };
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const names = new Set([...html.matchAll(/assets\/([^"'?#]+\.(?:js|css))/g)].map((m) => m[1]));
  for (const name of readdirSync(join(dir, 'assets'))) {
    if (!/\.(?:js|css)$/.test(name)) continue;
    const size = gzipSync(readFileSync(join(dir, 'assets', name)), { level: 9 }).length;
    if (names.has(name)) sizes[name.endsWith('.js') ? 'js' : 'css'] += size;
    else if (name.startsWith('worker-')) sizes.worker += size;
    else sizes.onDemand += size;
  }
  return sizes;
}
