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

/** The text content of every <text> and <title> element (their <tspan>s too), unescaped. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<(text|title)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) =>
    m[2]
      .replace(/<[^>]*>/g, '')
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
      ['circle', 'clipPath', 'g', 'line', 'rect', 'svg', 'text', 'title', 'tspan'].filter((t) =>
        tags.has(t),
      ),
    );
  });

  test('renderTimelineSvg() draws the title, the window, axis ticks, the events and the sources', () => {
    const all = texts(render());
    expect(all[0]).toBe('NATO <in> "five" documents & more');
    // The years of the window that hold events (1949-04-04 to 1953), not the margins around them.
    expect(all).toContain('1949 – 1953');
    expect(all).toContain('1950');
    expect(all.some((t) => t.startsWith('Treaty, signed "in" Wash'))).toBe(true);
    expect(all.some((t) => t.startsWith('-Dash first'))).toBe(true);
    const footer = all.filter((t) => t.startsWith('Sources: ')).join(' ');
    expect(footer).toContain('Rock & Roll: "NATO", <script>alert(1)</script>');
    expect(footer).toContain('=HYPERLINK("http://x")');
  });

  test('renderTimelineSvg() captions the years of the window within the events, BC and three-digit years too', () => {
    const { events } = hostileDataset();
    // Astronomical years: -613 is 614 BC; 323 is AD 323 (Date.UTC would read it as 1923 + ...).
    const at = (year: number) => new Date(0).setUTCFullYear(year, 0, 1);
    const dated = (id: string, start: string, end: string) => ({
      ...events[0],
      id,
      date: start.slice(0, -6),
      start,
      end,
      precision: 'year' as const,
    });
    const wars = [dated('a', '-0512-01-01', '-0512-12-31'), dated('b', '2011-01-01', '2011-12-31')];
    // The window the timeline fits runs from 614 BC to 2112, past both ends of the events.
    expect(texts(render({ events: wars, window: { start: at(-613), end: at(2112) } }))).toContain(
      '513 BC – 2011',
    );
    const rome = [dated('c', '0376-01-01', '0376-12-31'), dated('d', '1453-01-01', '1453-12-31')];
    expect(texts(render({ events: rome, window: { start: at(323), end: at(1497) } }))).toContain(
      '376 – 1453',
    );
    // A window inside the events' span is captioned by its own years.
    expect(texts(render({ events: rome, window: { start: at(1400), end: at(1420) } }))).toContain(
      '1400 – 1420',
    );
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

  test("renderTimelineSvg() puts a dot in each document's colour before its title in the footer", () => {
    const svg = render();
    const footer = /<text[^>]*>Sources: (.*?)<\/text>/.exec(svg)?.[1] ?? '';
    expect(footer).toMatch(/^<tspan fill="#0072b2">●<\/tspan>\u00a0Rock &amp; Roll/);
    expect(footer).toContain('<tspan fill="#c2410c">●</tspan>\u00a0=HYPERLINK');
  });

  test('renderTimelineSvg() names as many sources as four footer lines hold, then how many more', () => {
    const { events } = hostileDataset();
    const many = Array.from({ length: 40 }, (_, i) => ({
      ...events[0],
      id: `e${i}`,
      citations: [{ ...events[0].citations[0], document: `d${i}` }],
    }));
    const titleOf = new Map(many.map((_, i) => [`d${i}`, `A document title of some length ${i}`]));
    const footer = texts(render({ events: many, titleOf, width: 640 })).filter((t) =>
      /^(Sources: )?●/.test(t),
    );
    expect(footer).toHaveLength(4);
    const named = footer.join(' ').match(/A document title/g)?.length ?? 0;
    expect(footer[3]).toMatch(new RegExp(`… and ${40 - named} more$`));
  });

  test('renderTimelineSvg() leaves the title out when asked, keeping the window and the <title>', () => {
    const full = render();
    const bare = render({ heading: false });
    expect(texts(bare).filter((t) => t === 'NATO <in> "five" documents & more')).toHaveLength(1);
    expect(texts(bare)).toContain('1949 – 1953');
    const height = (svg: string) => Number(/height="(\d+)"/.exec(svg)?.[1]);
    expect(height(bare)).toBeLessThan(height(full));
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
