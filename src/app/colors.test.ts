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

  test('the first eight colours are far apart in both schemes (CIE76 distance at least 30)', () => {
    const css = readFileSync(new URL('./app.css', import.meta.url), 'utf8');
    const split = css.indexOf('prefers-color-scheme: dark');
    for (const scheme of [css.slice(0, split), css.slice(split)]) {
      const labs = Array.from({ length: 8 }, (_, i) =>
        lab(new RegExp(`--doc-${i + 1}: (#[0-9a-f]{6});`).exec(scheme)?.[1] ?? ''),
      );
      for (let i = 0; i < labs.length; i++)
        for (let j = i + 1; j < labs.length; j++)
          expect(
            Math.hypot(...labs[i].map((v, k) => v - labs[j][k])),
            `${i + 1}, ${j + 1}`,
          ).toBeGreaterThanOrEqual(30);
    }
  });
});

/** CIE L*a*b* of an sRGB colour `#rrggbb` (D65). */
function lab(hex: string): [number, number, number] {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047);
  const y = f(r * 0.2126 + g * 0.7152 + b * 0.0722);
  const z = f((r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
