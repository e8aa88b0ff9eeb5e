import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeEntities } from './html-entities';
import { htmlToText } from './html-to-text';

describe('htmlToText', () => {
  test('htmlToText() keeps block boundaries as blank lines and <br> as a line break', () => {
    const html =
      '<html><head><title>A page</title></head><body><h1>The  summit</h1><p>On <b>July 9</b>, 2023,\n  leaders met.</p><div>First line<br>second line</div><ul><li>one</li><li>two</li></ul></body></html>';
    expect(htmlToText(html)).toEqual({
      text: 'The summit\n\nOn July 9, 2023, leaders met.\n\nFirst line\nsecond line\n\none\n\ntwo',
      title: 'A page',
      heading: 'The summit',
    });
  });

  test('htmlToText() separates the cells of a table row with tabs, each row a paragraph', () => {
    // An empty first cell leaves no tab: a blank at a line's start is indentation (a reply).
    const html = `<table><tr><th>Year</th> <th> Event </th><th>Losses</th></tr>
      <tr><td>1914</td>\n<td>Battle of <b>the</b> Marne</td><td>12,000</td></tr>
      <tr><td></td><td>Gallipoli</td></tr></table>`;
    expect(htmlToText(html).text).toBe(
      'Year\tEvent\tLosses\n\n1914\tBattle of the Marne\t12,000\n\nGallipoli',
    );
  });

  test('htmlToText() drops scripts, styles, templates and noscript with their content', () => {
    const html = `<p>Before</p><script>window.__pwned = 1; document.write("<p>evil</p>")</script>
      <style>p { color: red } </style><template><p>inert</p></template><noscript>no script</noscript>
      <SCRIPT type="module">alert(1)</SCRIPT ><svg><text>chart</text></svg><p>After</p>`;
    expect(htmlToText(html).text).toBe('Before\n\nAfter');
  });

  test.each([
    ['<img src=x onerror="window.__pwned=1">Text', 'Text'],
    ['<a href="javascript:alert(1)">link text</a>', 'link text'],
    ['<p onclick=alert(1) title="a>b">Quoted > in an attribute</p>', 'Quoted > in an attribute'],
    // A browser reads a tag named "scr<script" here: the rest is text, shown, never run.
    ['<scr<script>ipt>alert(1)</script>x', 'ipt>alert(1)x'],
    ['<!-- <script>alert(1)</script> -->visible', 'visible'],
    ['<script>never closed <p>text', ''],
    ['a < b and c > d', 'a < b and c > d'],
    ['<p>unclosed <b>bold', 'unclosed bold'],
    ['</p></div></svg>stray ends', 'stray ends'],
    ['<![CDATA[x]]><?php echo 1 ?><!DOCTYPE html>body', 'body'],
    ['<iframe srcdoc="<script>alert(1)</script>">inside</iframe>outside', 'outside'],
    ['<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>', '<script>alert(1)</script>'],
    ['<div style="display:none">hidden</div>', 'hidden'],
    ['<textarea>&lt;b&gt; typed</textarea>', '<b> typed'],
  ])('htmlToText(%j) shows only the text', (html, text) => {
    expect(htmlToText(html).text).toBe(text);
  });

  test('htmlToText() keeps the white space of <pre>', () => {
    expect(htmlToText('<pre>  a\n    b</pre>').text).toBe('  a\n    b');
  });

  test('htmlToText() never throws and never returns markup it was given, whatever the input', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '<',
        '>',
        '</',
        '<!--',
        '-->',
        '"',
        "'",
        '=',
        '&',
        ';',
        '#x',
        '<script>',
        '</script>',
        '<p>',
        '<br/>',
        '<svg>',
        '</svg',
        '<title>',
        '&amp;',
        '&#0;',
        '&#x110000;',
        '&#xD800;',
        'onerror=',
        'javascript:',
      ),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const result = htmlToText(pieces.join(''));
        expect(typeof result.text).toBe('string');
        expect(result.text).not.toMatch(/<script/i);
      }),
      { seed: 8, numRuns: 2000 },
    );
  });

  test('htmlToText() reads a large page in linear time', () => {
    const page = '<p>On March 31, 1954, the note &amp; the <a href="#">reply</a>.</p>\n'.repeat(
      40_000,
    );
    const started = performance.now();
    const { text } = htmlToText(page);
    expect(text.split('\n\n')).toHaveLength(40_000);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('decodeEntities', () => {
  test.each([
    ['&amp; &lt; &gt; &quot; &apos;', '& < > " \''],
    ['&#8212; &#x2014; &#X2014;', '— — —'],
    ['&mdash;&hellip;&eacute;', '—…é'],
    ['&#150; &#x80;', '– €'],
    ['&#0; &#xD800; &#x110000;', '\uFFFD \uFFFD \uFFFD'],
    ['&unknown; &amp &copy2024', '&unknown; & ©2024'],
    ['&constructor; &__proto__;', '&constructor; &__proto__;'],
  ])('decodeEntities(%j) is %j', (text, decoded) => {
    expect(decodeEntities(text)).toBe(decoded);
  });
});

describe('the date a page says it was published', () => {
  const page = (head: string, body = '<p>Text.</p>') =>
    htmlToText(`<html><head>${head}</head><body>${body}</body></html>`).published;

  test.each([
    ['<meta property="article:published_time" content="2021-05-04T10:00:00+02:00">', '2021-05-04'],
    ['<meta name="date" content="2021-05-04">', '2021-05-04'],
    ['<meta name="DC.date.issued" content="2019/11">', '2019-11'],
    ['<meta name="citation_publication_date" content="1998">', '1998'],
    [
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-07-01T08:00:00Z"}</script>',
      '2022-07-01',
    ],
  ])('%s gives %s', (head, expected) => {
    expect(page(head)).toBe(expected);
  });

  test('a <time> marked as the publication date in the page gives it', () => {
    expect(
      page(
        '',
        '<p>By A. Writer, <time itemprop="datePublished" datetime="2020-02-29">29 Feb</time></p>',
      ),
    ).toBe('2020-02-29');
    expect(page('', '<p><time pubdate datetime="2020-03-01">1 March</time></p>')).toBe(
      '2020-03-01',
    );
  });

  test('no date, a date that is no day of the calendar, or another date is no publication date', () => {
    expect(page('<meta name="description" content="2021-05-04">')).toBeUndefined();
    expect(page('<meta name="date" content="2021-02-30">')).toBeUndefined();
    expect(page('<meta name="date" content="2021-13">')).toBeUndefined();
    expect(page('', '<p><time datetime="2020-03-01">1 March</time></p>')).toBeUndefined();
    expect(page('<script>var x = {"datePublished":"2020-01-01"}</script>')).toBeUndefined();
  });

  test('the first the page declares wins', () => {
    expect(
      page(
        '<meta property="article:published_time" content="2021-05-04"><meta name="date" content="2020-01-01">',
      ),
    ).toBe('2021-05-04');
  });
});
