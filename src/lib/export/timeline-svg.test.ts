import { describe, expect, test } from 'vitest';
import { escapeXml } from './escape-xml';
import { hostileDataset } from './test-dataset';
import { fitLabel, renderTimelineSvg, type SvgPalette } from './timeline-svg';

const palette: SvgPalette = {
  background: '#ffffff',
  plot: '#fcfcfd',
  text: '#1b1f24',
  muted: '#57606a',
  grid: '#eceff3',
  gridStrong: '#c9d1d9',
  cluster: '#eef2f6',
  clusterBorder: '#8c99a6',
};

function render(overrides: Partial<Parameters<typeof renderTimelineSvg>[0]> = {}) {
  const { documents, events } = hostileDataset();
  return renderTimelineSvg({
    title: 'NATO <in> "five" documents & more',
    events,
    window: { start: Date.UTC(1945, 0, 1), end: Date.UTC(1960, 0, 1) },
    width: 1000,
    height: 420,
    palette,
    colorOf: new Map([
      ['doc-a', '#0072b2'],
      ['doc-b', '#c2410c'],
    ]),
    titleOf: new Map(documents.map((d) => [d.id, d.title])),
    ...overrides,
  });
}

/** The text content of every <text> and <title> element, unescaped. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<(text|title)\b[^>]*>([^<]*)<\/\1>/g)].map((m) =>
    m[2]
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

describe('escapeXml', () => {
  test.each([
    ['a & b', 'a &amp; b'],
    ['<script>', '&lt;script&gt;'],
    [`"quoted" 'single'`, '&quot;quoted&quot; &apos;single&apos;'],
    ['bell\u0007 and nul\u0000 dropped', 'bell and nul dropped'],
    ['tab\tand\nline kept', 'tab\tand\nline kept'],
  ])('escapeXml(%j) is %j', (input, output) => {
    expect(escapeXml(input)).toBe(output);
  });
});

describe('renderTimelineSvg', () => {
  test('renderTimelineSvg() escapes every text: no markup from the data gets through', () => {
    const svg = render();
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<b>');
    expect(svg).not.toContain('<12>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // Every element is one the renderer writes.
    const tags = new Set([...svg.matchAll(/<([a-zA-Z]+)/g)].map((m) => m[1]));
    expect([...tags].sort()).toEqual(
      ['circle', 'clipPath', 'g', 'line', 'rect', 'svg', 'text', 'title'].filter((t) =>
        tags.has(t),
      ),
    );
  });

  test('renderTimelineSvg() draws the title, the window, axis ticks, the events and the sources', () => {
    const all = texts(render());
    expect(all[0]).toBe('NATO <in> "five" documents & more');
    expect(all).toContain('1945 – 1960');
    expect(all).toContain('1950');
    expect(all.some((t) => t.startsWith('Treaty, signed "in" Wash'))).toBe(true);
    expect(all.some((t) => t.startsWith('-Dash first'))).toBe(true);
    const footer = all.filter((t) => t.startsWith('Sources: ')).join(' ');
    expect(footer).toContain('Rock & Roll: "NATO", <script>alert(1)</script>');
    expect(footer).toContain('=HYPERLINK("http://x")');
  });

  test('renderTimelineSvg() has the width asked for and at most the height, cut to the lanes used', () => {
    const svg = render({ width: 640, height: 900 });
    const [, width, height] = /^<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg) ?? [];
    expect(Number(width)).toBe(640);
    expect(Number(height)).toBeLessThan(400);
    expect(svg).toContain(`viewBox="0 0 640 ${height}"`);
    const small = render({ width: 640, height: 250 });
    expect(Number(/height="(\d+)"/.exec(small)?.[1])).toBeLessThanOrEqual(250);
  });

  test('renderTimelineSvg() leaves out events outside the window', () => {
    const all = texts(
      render({ window: { start: Date.UTC(1980, 0, 1), end: Date.UTC(1990, 0, 1) } }),
    );
    expect(all.some((t) => t.includes('Treaty'))).toBe(false);
  });

  test('renderTimelineSvg() parses as XML whatever the text', () => {
    const svg = render();
    // Balanced tags: every opened element is closed (self-closing counted).
    const opened = [...svg.matchAll(/<([a-zA-Z]+)\b[^>]*?(\/?)>/g)].filter((m) => !m[2]).length;
    const closed = [...svg.matchAll(/<\/[a-zA-Z]+>/g)].length;
    expect(opened).toBe(closed);
  });
});

describe('fitLabel', () => {
  test('fitLabel() keeps a short title and cuts a long one with an ellipsis', () => {
    expect(fitLabel('Short')).toBe('Short');
    const long = fitLabel('A very long title that goes on and on past any label width');
    expect(long.endsWith('…')).toBe(true);
    expect(long.length).toBeLessThan(31);
  });
});
