import type { DatasetDocument, TimelineEvent } from '../types';

/** A small dataset with hostile text: commas, quotes, line breaks, markup and formulas. */
export function hostileDataset(): { documents: DatasetDocument[]; events: TimelineEvent[] } {
  const text = 'On 4 April 1949, "twelve" states signed <b>the treaty</b> & left.\nThen more.';
  const documents: DatasetDocument[] = [
    {
      id: 'doc-a',
      title: 'Rock & Roll: "NATO", <script>alert(1)</script>',
      published: { value: null, precision: 'unknown' },
      paragraphs: [{ id: 'doc-a#p1', start: 0, end: text.length, depth: 0, text }],
    },
    {
      id: 'doc-b',
      title: '=HYPERLINK("http://x")',
      published: { value: '2022', precision: 'year' },
      paragraphs: [{ id: 'doc-b#p1', start: 0, end: 4, depth: 0, text: '1955' }],
    },
  ];
  const events: TimelineEvent[] = [
    {
      id: 'treaty',
      title: 'Treaty, signed "in" Washington <12>',
      date: '1949-04-04',
      start: '1949-04-04',
      end: '1949-04-04',
      precision: 'day',
      tags: ['founding', 'treaty'],
      citations: [
        {
          document: 'doc-a',
          paragraph: 'doc-a#p1',
          start: 3,
          end: 15,
          text: '4 April 1949',
          sentence: { start: 0, end: text.indexOf('\n') },
        },
        { document: 'doc-b', paragraph: 'doc-b#p1', start: 0, end: 4, text: '1955' },
      ],
    },
    {
      id: 'range',
      title: '-Dash first, then a\nline break',
      date: '1950/1953',
      start: '1950-01-01',
      end: '1953-12-31',
      precision: 'year',
      isRange: true,
      tags: [],
      citations: [],
    },
  ];
  return { documents, events };
}
