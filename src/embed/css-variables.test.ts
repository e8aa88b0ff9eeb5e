import { describe, expect, test } from 'vitest';
import { hostStylesheet, splitStylesheet } from './css-variables';

const CSS = `
:root {
  color-scheme: light dark;
  --bg: #ffffff;
  --fg: #1b1f24; /* text */
  --doc-1: #0072b2;
  font-family: system-ui, sans-serif;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117;
    --fg: #e6edf3;
  }
}
body { margin: 0; }
mark { background: var(--mark); content: "}"; }
@media print {
  .no-print { display: none !important; }
}
:root { --extra: rgb(11 92 173 / 0.12); }
`;

describe('splitStylesheet', () => {
  test('splitStylesheet() reads the light and dark variables and keeps the other rules', () => {
    const { light, dark, rest } = splitStylesheet(CSS);
    expect(Object.fromEntries(light)).toEqual({
      '--bg': '#ffffff',
      '--fg': '#1b1f24',
      '--doc-1': '#0072b2',
      '--extra': 'rgb(11 92 173 / 0.12)',
    });
    expect(Object.fromEntries(dark)).toEqual({ '--bg': '#0d1117', '--fg': '#e6edf3' });
    expect(rest).toHaveLength(3);
    expect(rest[1]).toContain('content: "}"');
    expect(rest[2]).toMatch(/^@media print\{/);
  });
});

describe('hostStylesheet', () => {
  test('hostStylesheet() puts the variables on :host as light-dark() and inherits font and colour', () => {
    const css = hostStylesheet(CSS);
    expect(css).toContain('--bg:light-dark(#ffffff,#0d1117);');
    expect(css).toContain('--doc-1:#0072b2;');
    expect(css).toContain(':host{display:block;font:inherit;color:inherit;');
    expect(css).not.toContain('font-family');
    expect(css).not.toContain(':root');
    expect(css).not.toMatch(/^body/m);
  });
});
