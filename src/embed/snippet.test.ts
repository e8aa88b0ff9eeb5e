import { describe, expect, test } from 'vitest';
import { EMPTY_STATE, type ViewState } from '../lib/url-state';
import { iframeSnippet, suggestHeight } from './snippet';

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
