import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../build';
import { readDocument } from '../documents';
import { splitParagraphs } from '../paragraphs';
import { buildEvents } from './index';
import { followsRecordWords, sourceListParagraphs } from './source-records';

const page = `<html><head><title>Treaty of Example</title></head><body>
<h1>Treaty of Example</h1>
<p>The treaty was signed on 4 April 1949 in Washington.<sup>[1]</sup></p>
<h2>References</h2>
<ol>
<li>Smith, John (12 March 2003). "The treaty at fifty". Journal of History. Retrieved 5 June 2020.</li>
<li>"Treaty text". Example Archive. Archived from the original on 3 January 2015.</li>
<li>Doe, Jane (1999). A History of Treaties. London: Press.</li>
</ol>
<h2>Aftermath</h2>
<p>The first council met on 17 September 1949.</p>
<p>This page was last edited on 14 November 2024, at 10:12 (UTC).</p>
</body></html>`;

describe('dates that record sources', () => {
  it('are the words of record before a date', () => {
    const at = (text: string, date: string) => followsRecordWords(text, text.indexOf(date));
    expect(at('Retrieved 5 June 2020.', '5 June')).toBe(true);
    expect(at('Accessed: 5 June 2020.', '5 June')).toBe(true);
    expect(at('Archived from the original on 3 January 2015.', '3 January')).toBe(true);
    expect(at('This page was last edited on 14 November 2024.', '14 November')).toBe(true);
    expect(at('The treaty was signed on 4 April 1949.', '4 April')).toBe(false);
    expect(at('The law was amended on 4 April 1949.', '4 April')).toBe(false);
  });

  it('are the entries under a heading such as References, up to the next part', () => {
    const text =
      'Text of 1949.\n\nReferences\n\nSmith (2003). Title.\n\nDoe (1999). Title.\n\nAftermath\n\nMore in 1950.';
    const paragraphs = splitParagraphs('d', text);
    const listed = sourceListParagraphs(paragraphs);
    expect(paragraphs.filter((p) => listed.has(p.id)).map((p) => p.text)).toEqual([
      'Smith (2003). Title.',
      'Doe (1999). Title.',
    ]);
  });

  it('leave a saved encyclopedia page with its events only, each record unplaced as such', () => {
    const document = readDocument('treaty.html', new TextEncoder().encode(page));
    const result = buildEvents([analyzeDocument(document)]);
    expect(result.events.map((e) => e.date)).toEqual(['1949-04-04', '1949-09-17']);
    expect(result.unplaced.map((u) => [u.text, u.reason])).toEqual([
      ['12 March 2003', 'reference'],
      ['5 June 2020', 'reference'],
      ['3 January 2015', 'reference'],
      ['1999', 'reference'],
      ['14 November 2024', 'reference'],
      ['10:12', 'reference'],
    ]);
  });
});
