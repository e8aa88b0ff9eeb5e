import { describe, expect, it } from 'vitest';
import { CurationError, parseCuration } from './curation';

const documents = [
  {
    id: 'ussr',
    text: 'During 1954, the Soviet Union asked to join NATO.\n\nOn March 31, 1954, the USSR sent a note. The note was sent.',
  },
  { id: 'forum', text: 'Turkey since 1952, depending on your definition of Europe.' },
];
const FILE = 'data/curation.yaml';

const errorOf = (yaml: string): CurationError => {
  try {
    parseCuration(yaml, FILE, documents);
  } catch (error) {
    if (error instanceof CurationError) return error;
    throw error;
  }
  throw new Error('expected a CurationError');
};

describe('parseCuration()', () => {
  it('reads events, quotes, hidden mentions, eras and the story', () => {
    const march31 = documents[0].text.indexOf('March 31, 1954');
    const curation = parseCuration(
      [
        'title: Test',
        'eras: [{ id: cold-war, title: Cold War, start: "1947", end: "1991" }]',
        'events:',
        '  - id: soviet-request',
        '    title: Soviet Union asks to join NATO',
        '    date: 1954-03-31',
        '    era: cold-war',
        '    cite:',
        '      - { document: ussr, quote: "March 31, 1954" }',
        'hide:',
        '  - { document: forum, quote: "since 1952", reason: "test" }',
        'story: [soviet-request]',
      ].join('\n'),
      FILE,
      documents,
    );
    expect(curation.events[0]).toMatchObject({
      id: 'soviet-request',
      date: '1954-03-31',
      cite: [{ document: 'ussr', start: march31, end: march31 + 14, line: 9 }],
    });
    expect(curation.hide[0]).toMatchObject({ document: 'forum', reason: 'test', line: 11 });
    expect(curation.eras[0]).toEqual({
      id: 'cold-war',
      title: 'Cold War',
      start: '1947-01-01',
      end: '1991-12-31',
    });
    expect(curation.story).toEqual(['soviet-request']);
  });

  it.each([
    [
      'a quote that matches nowhere',
      'events:\n  - id: a\n    cite:\n      - { document: ussr, quote: "March 32, 1954" }',
      4,
      /matches nowhere in ussr/,
    ],
    [
      'a quote that matches in more than one place',
      'events:\n  - id: a\n    cite:\n      - { document: ussr, quote: "note" }',
      4,
      /matches 2 places in ussr; quote more words/,
    ],
    [
      'a date that does not parse',
      'events:\n  - id: a\n    date: March 1954\n    cite:\n      - { document: ussr, quote: "During 1954" }',
      3,
      /"March 1954" is not an EDTF date/,
    ],
    [
      'an unknown document',
      'events:\n  - id: a\n    cite:\n      - { document: nowhere, quote: "1954" }',
      4,
      /unknown document "nowhere"/,
    ],
    [
      'a duplicate id',
      'events:\n  - id: a\n    cite: [{ document: ussr, quote: "During 1954" }]\n  - id: a\n    cite: [{ document: forum, quote: "1952" }]',
      4,
      /duplicate id "a" \(first used on line 2\)/,
    ],
    [
      'an unknown key',
      'events:\n  - id: a\n    titel: X\n    cite: [{ document: ussr, quote: "During 1954" }]',
      3,
      /unknown key "titel"/,
    ],
    ['an event with no citation', 'events:\n  - id: a\n    title: X', 2, /needs cite:/],
    ['a story naming no event', 'story: [nothing]', 1, /story names "nothing"/],
    ['broken YAML', 'events: [\n  - id: a', 2, /not valid YAML/],
  ])('stops at %s with the file and line', (_, yaml, line, message) => {
    const error = errorOf(yaml);
    expect(error.file).toBe(FILE);
    expect(error.line).toBe(line);
    expect(error.message).toMatch(new RegExp(`^${FILE}:${line}: `));
    expect(error.message).toMatch(message);
  });

  it('matches quotes whatever the kind of quote marks, dashes and blanks', () => {
    const text = 'NATO’s summit – June\u00a028-30 – ended.';
    const curation = parseCuration(
      'events:\n  - id: a\n    cite: [{ document: d, quote: "NATO\'s summit - June 28-30" }]',
      FILE,
      [{ id: 'd', text }],
    );
    expect(curation.events[0].cite[0]).toMatchObject({ start: 0, end: 26 });
  });
});
