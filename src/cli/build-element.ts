import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { compileHints } from '../build/compile-hints';

/**
 * Builds `dist/sourceline-timeline.js`: the `<sourceline-timeline>` custom element in one
 * classic script (IIFE, no chunks), its styles injected into each element's shadow root.
 * Run after `vite build` (which empties dist/): `npm run build` does both.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));

export async function buildElement(outDir = 'dist'): Promise<void> {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [svelte({ compilerOptions: { css: 'injected' } }), compileHints()],
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      copyPublicDir: false,
      lib: {
        entry: 'src/embed/element.svelte.ts',
        formats: ['iife'],
        name: 'SourcelineTimeline',
        fileName: () => 'sourceline-timeline.js',
      },
    },
  });
}

await buildElement(process.argv[2]);
console.log('sourceline: wrote dist/sourceline-timeline.js');
