import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { sourcelineDataset } from './src/build/dataset-plugin.ts';

export default defineConfig({
  // Relative asset URLs, so the built app works from any static host and any sub-path.
  base: './',
  plugins: [svelte(), sourcelineDataset('data')],
  server: { port: 5173, strictPort: false },
  build: { target: 'es2022', reportCompressedSize: true },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
