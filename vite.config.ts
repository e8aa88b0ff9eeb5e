import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { compileHints } from './src/build/compile-hints.ts';
import { sourcelineDataset } from './src/build/dataset-plugin.ts';

// An absolute path: Vite's dependency pre-bundling (dev) resolves aliases on the file system.
const noTransitions = fileURLToPath(new URL('./src/timeline/no-transitions.ts', import.meta.url));

export default defineConfig({
  // Relative asset URLs, so the built app works from any static host and any sub-path.
  base: './',
  plugins: [svelte(), sourcelineDataset('data'), compileHints()],
  // d3-zoom imports d3-transition and d3-interpolate only for zooms run as d3 transitions, which
  // the timeline never uses (it tweens itself): a stand-in saves ~10 KB gzip of first load.
  resolve: {
    alias: {
      'd3-transition': noTransitions,
      'd3-interpolate': noTransitions,
    },
  },
  server: { port: 5173, strictPort: false },
  build: { target: 'es2022', reportCompressedSize: true },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
