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

/**
 * Gzip size in bytes of the JS and CSS the app ships on first load: the files index.html
 * references. Parts loaded on demand (the workspace, its worker, share/export/present) and the
 * custom element's own script are not counted: a reader who never opens them never loads them.
 */
export function gzipSizeOfAssets(dir: string): { js: number; css: number } {
  const sizes = { js: 0, css: 0 };
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const names = new Set([...html.matchAll(/assets\/([^"'?#]+\.(?:js|css))/g)].map((m) => m[1]));
  for (const name of readdirSync(join(dir, 'assets'))) {
    if (!names.has(name)) continue;
    const kind = name.endsWith('.js') ? 'js' : 'css';
    sizes[kind] += gzipSync(readFileSync(join(dir, 'assets', name)), { level: 9 }).length;
  }
  return sizes;
}
