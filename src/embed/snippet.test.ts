import { describe, expect, test } from 'vitest';
import { EMPTY_STATE, type ViewState } from '../lib/url-state';
import { frameTitle, iframeSnippet, suggestHeight } from './snippet';

const state = (patch: Partial<ViewState>): ViewState => ({ ...EMPTY_STATE, ...patch });

describe('suggestHeight', () => {
  test('suggestHeight() gives more room to an open event and to the list', () => {
    expect(suggestHeight(EMPTY_STATE)).toBe(480);
    expect(suggestHeight(state({ event: 'e' }))).toBe(600);
    expect(suggestHeight(state({ view: 'list' }))).toBe(640);
  });
});

describe('iframeSnippet', () => {
  test('iframeSnippet() escapes the title and the URL into attributes', () => {
    const html = iframeSnippet('http://h/?a=1&b="2"', 'Title <b>"x"</b> & y', 480);
    expect(html).toContain('src="http://h/?a=1&amp;b=&quot;2&quot;"');
    expect(html).toContain('title="Title &lt;b&gt;&quot;x&quot;&lt;/b&gt; &amp; y"');
    expect(html).toContain('height="480"');
    expect(html).toContain(
      'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"',
    );
  });
});

describe('frameTitle', () => {
  const documents = ['How the USSR Tried to Join NATO!', 'What NATO is', 'Vilnius'];
  test.each([
    [
      'NATO, as five documents tell it',
      [],
      'NATO, as five documents tell it: timeline with sources',
    ],
    ['The Cold War: a reader.', [], 'The Cold War: a reader: timeline with sources'],
    [
      'How the USSR Tried to Join NATO!',
      [],
      'How the USSR Tried to Join NATO! (timeline with sources)',
    ],
    ['Why NATO?', documents, 'Why NATO? (timeline with sources)'],
    [
      'Timeline',
      documents,
      'Timeline with sources: How the USSR Tried to Join NATO! and 2 more documents',
    ],
    [
      'Untitled timeline',
      documents.slice(0, 2),
      'Timeline with sources: How the USSR Tried to Join NATO! and What NATO is',
    ],
    ['  ', ['Vilnius'], 'Timeline with sources: Vilnius'],
    ['untitled timeline', [], 'Timeline with sources'],
  ])('frameTitle(%j, %j) is %j', (title, given, expected) => {
    expect(frameTitle(title, given)).toBe(expected);
  });

  test('frameTitle() never repeats the word timeline or leaves a placeholder title', () => {
    for (const title of ['Timeline', 'Untitled timeline', '']) {
      for (const given of [[], documents]) {
        const text = frameTitle(title, given);
        expect(text.match(/timeline/gi)).toHaveLength(1);
        expect(text).not.toMatch(/untitled/i);
      }
    }
  });
});
