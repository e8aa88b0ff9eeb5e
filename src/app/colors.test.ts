import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { colorForDocument, DOCUMENT_COLORS } from './colors';

describe('colorForDocument', () => {
  test('gives twelve documents twelve colours before one repeats', () => {
    const first = Array.from({ length: 12 }, (_, i) => colorForDocument(i));
    expect(new Set(first).size).toBe(12);
    expect(colorForDocument(12)).toBe(colorForDocument(0));
  });

  test('every colour is defined for the light and the dark scheme', () => {
    const css = readFileSync(new URL('./app.css', import.meta.url), 'utf8');
    const split = css.indexOf('prefers-color-scheme: dark');
    const [light, dark] = [css.slice(0, split), css.slice(split)];
    for (const color of DOCUMENT_COLORS) {
      const name = /var\((--doc-\d+)\)/.exec(color)?.[1] ?? '';
      expect(light, name).toMatch(new RegExp(`${name}: #[0-9a-f]{6};`));
      expect(dark, name).toMatch(new RegExp(`${name}: #[0-9a-f]{6};`));
    }
  });
});
