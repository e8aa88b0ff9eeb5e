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

  const build = (texts: Record<string, string>) =>
    buildEvents(
      Object.entries(texts).map(([name, text]) =>
        analyzeDocument(readDocument(name, new TextEncoder().encode(text))),
      ),
    );
  const paper = [
    '# Sea ice and the Arctic route',
    '',
    'Sea ice in the Arctic has thinned since satellite records began in 1979 (Stroeve et al., ' +
      '2012). As Kwok (2018) showed, the ice that survives the summer is younger than before; ' +
      'earlier work (Maslanik and Fowler, 2007; Rigor 2004) found the same.',
    '',
    'The Northern Sea Route opened to foreign ships in 1991.',
  ].join('\n');
  const history = [
    'The Seven Years War ended with the Treaty of Paris (1763). Napoleon (1769–1821) rose to ' +
      'emperor. Queen Victoria (reigned 1837–1901) gave her name to an age.',
    '',
    'The Battle of the Marne (1914) stopped the German advance. Bismarck (1871) proclaimed the ' +
      'German Empire. The Congress of Vienna (1815) redrew the map of Europe.',
    '',
    // A citation for sure: the evidence under which a lone name and year would be one too.
    'Its cost was immense (Strachan, 2001, p. 242).',
  ].join('\n');

  it('are the years of works cited by their authors, and dates that borrow their year', () => {
    const result = build({ 'paper.md': paper });
    expect(result.events.map((e) => [e.date, e.title])).toEqual([
      ['1979', 'Satellite records began'],
      ['1991', 'Northern Sea Route opened to foreign ships'],
    ]);
    expect(result.unplaced.map((u) => [u.text, u.reason])).toEqual([
      ['2012', 'reference'],
      ['2018', 'reference'],
      ['the summer', 'reference'],
      ['2007', 'reference'],
      ['2004', 'reference'],
    ]);
  });

  it('leave the years of battles, treaties, rulers and life spans in brackets as events', () => {
    const result = build({ 'history.md': history });
    expect(result.events.map((e) => e.date)).toEqual([
      '1763',
      '1769/1821',
      '1815',
      '1837/1901',
      '1871',
      '1914',
    ]);
    expect(result.unplaced.map((u) => [u.text, u.reason])).toEqual([['2001', 'reference']]);
  });

  it('keep a date whose year the story gave as well as a citation', () => {
    const text = 'The treaty was signed in 1990 (Smith et al., 1990). That summer the troops left.';
    const result = build({ 'treaty.md': text });
    expect(result.events.map((e) => [e.date, e.title])).toEqual([
      ['1990', 'Treaty was signed'],
      ['1990-22', 'Troops left'],
    ]);
    expect(result.unplaced.map((u) => [u.text, u.reason])).toEqual([['1990', 'reference']]);
  });

  it('place a relative date after a citation in the story, not in the cited work', () => {
    const text = 'The wall fell in 1989 (Jones et al., 2004). That summer the border opened.';
    const result = build({ 'wall.md': text });
    expect(result.events.map((e) => e.date)).toEqual(['1989', '1989-22']);
    expect(result.unplaced.map((u) => [u.text, u.reason])).toEqual([['2004', 'reference']]);
  });

  it('leave a date a lone name and year lent its year, where the document cites surely later', () => {
    const text =
      'The congress met in 1919 (Paris, 1920). That summer the delegates left. ' +
      'Its cost was immense (Strachan et al., 2001).';
    const result = build({ 'congress.md': text });
    expect(result.events.map((e) => e.date)).toEqual(['1919']);
    expect(result.unplaced.map((u) => [u.text, u.reason])).toEqual([
      ['1920', 'reference'],
      ['That summer', 'reference'],
      ['2001', 'reference'],
    ]);
  });
});
