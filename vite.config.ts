import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { sourcelineDataset } from './src/build/dataset-plugin.ts';

export default defineConfig({
  // Relative asset URLs, so the built app works from any static host and any sub-path.
  base: './',
  plugins: [svelte(), sourcelineDataset('data')],
  // d3-zoom imports d3-transition and d3-interpolate only for zooms run as d3 transitions, which
  // the timeline never uses (it tweens itself): a stand-in saves ~10 KB gzip of first load.
  resolve: {
    alias: {
      'd3-transition': '/src/timeline/no-transitions.ts',
      'd3-interpolate': '/src/timeline/no-transitions.ts',
    },
  },
  server: { port: 5173, strictPort: false },
  build: { target: 'es2022', reportCompressedSize: true },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
