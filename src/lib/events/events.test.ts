import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../build';
import { readDocument } from '../documents';
import { natoCurationText, natoDocuments } from '../test-corpus';
import type { AnalyzedDocument, DateMention, EventsResult, SourceDocument } from '../types';
import { buildEvents, parseCuration } from './index';

const corpus: SourceDocument[] = natoDocuments;
const curationText = natoCurationText;
const analyzed = corpus.map(analyzeDocument);

/** Every mention must be in exactly one place: one citation or one unplaced entry. */
function countPlaces(docs: readonly AnalyzedDocument[], result: EventsResult): number[] {
  const places = new Map<string, number>();
  const add = (d: string, s: number, e: number) =>
    places.set(`${d}:${s}-${e}`, (places.get(`${d}:${s}-${e}`) ?? 0) + 1);
  result.events.forEach((event) => event.citations.forEach((c) => add(c.document, c.start, c.end)));
  result.unplaced.forEach((u) => add(u.document, u.start, u.end));
  return docs.flatMap((a) =>
    a.mentions.map((m) => places.get(`${a.document.id}:${m.start}-${m.end}`) ?? 0),
  );
}

const eventCiting = (result: EventsResult, document: string, quote: string) => {
  const text = corpus.find((d) => d.id === document)?.text ?? '';
  const at = text.indexOf(quote);
  expect(at, `quote ${quote}`).toBeGreaterThanOrEqual(0);
  return result.events.find((e) =>
    e.citations.some((c) => c.document === document && c.start < at + quote.length && at < c.end),
  );
};

describe('buildEvents() on the NATO corpus with data/curation.yaml', () => {
  const curation = parseCuration(curationText, 'data/curation.yaml', corpus);
  const result = buildEvents(analyzed, curation);

  it('accounts for every date mention exactly once', () => {
    expect(countPlaces(analyzed, result).every((n) => n === 1)).toBe(true);
  });

  it.each([
    ['nato-founded', '1949', [['nato-explained-forum-thread', 'in 1949']]],
    [
      'turkey-joins',
      '1952',
      [
        ['nato-explained-forum-thread', 'Turkey since 1952'],
        ['ussr-asked-to-join', 'was in 1952'],
      ],
    ],
    [
      'soviet-request-to-join',
      '1954-03',
      [
        ['ussr-asked-to-join', 'March 19, 1954'],
        ['ussr-asked-to-join', 'March 31, 1954'],
        ['ussr-asked-to-join', 'During 1954'],
      ],
    ],
    ['west-germany-joins', '1955', [['ussr-asked-to-join', 'In 1955']]],
    ['warsaw-pact', '1955', [['ussr-asked-to-join', 'the same year']]],
    ['france-withdraws', '1966', [['nato-explained-forum-thread', 'in 1966']]],
    ['nato-invites-three', '1997', [['nato-expansion-asia', 'In 1997']]],
    ['first-eastward-expansion', '1999', [['nato-expansion-asia', 'in 1999']]],
    [
      'madrid-summit',
      '2022-06-28/2022-06-30',
      [
        ['nato-expansion-asia', 'June 28-30'],
        ['nato-expansion-asia', 'June 29-30'],
        ['vilnius-summit-insecurity', 'Last year'],
      ],
    ],
    ['vilnius-summit', '2023-07-11/2023-07-12', [['vilnius-summit-insecurity', 'July 11']]],
    ['washington-summit', '2024', [['ilps-washington-summit-2024', 'the 2024 North']]],
  ])('tells %s (%s), cited where the documents tell it', (id, date, quotes) => {
    const event = result.events.find((e) => e.id === id);
    expect(event?.date).toBe(date);
    for (const [document, quote] of quotes)
      expect(eventCiting(result, document, quote)?.id).toBe(id);
  });

  it("does not call two days within the editor's March 1954 a disagreement", () => {
    const request = result.events.find((e) => e.id === 'soviet-request-to-join');
    expect(request?.precision).toBe('month');
    expect(request?.disagreements).toBeUndefined();
  });

  it('shows that nato-expansion-asia gives the Madrid summit two different ranges', () => {
    const madrid = result.events.find((e) => e.id === 'madrid-summit');
    expect(madrid?.disagreements?.map((d) => d.date).sort()).toEqual([
      '2022-06-28/2022-06-30',
      '2022-06-29/2022-06-30',
    ]);
    expect(new Set(madrid?.citations.map((c) => c.document))).toEqual(
      new Set(['nato-expansion-asia', 'vilnius-summit-insecurity']),
    );
  });

  it.each([
    '1945',
    '1946',
    '1950/1953',
    '1961',
    '1967/1974',
    '1982',
    '2003',
    '2009',
    '2011',
    '2014',
  ])('has one event dated %s', (date) => {
    expect(result.events.filter((e) => e.date === date)).toHaveLength(1);
  });

  it('keeps the year in a book title off the timeline', () => {
    expect(result.unplaced.find((u) => u.text.includes('1940-1955'))?.reason).toBe('title-of-work');
  });

  it('gives every event a unique id and keeps the story to known events', () => {
    const ids = result.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(result.story?.every((id) => ids.includes(id))).toBe(true);
  });
});

describe('buildEvents() on the NATO corpus without curation', () => {
  const result = buildEvents(analyzed);

  it('accounts for every date mention exactly once', () => {
    expect(countPlaces(analyzed, result).every((n) => n === 1)).toBe(true);
  });

  it.each([
    [
      'Turkey 1952 across two documents',
      [
        ['nato-explained-forum-thread', 'Turkey since 1952'],
        ['ussr-asked-to-join', 'was in 1952'],
      ],
    ],
    [
      'the Madrid summit across two documents',
      [
        ['nato-expansion-asia', 'June 28-30'],
        ['nato-expansion-asia', 'June 29-30'],
        ['vilnius-summit-insecurity', 'Last year'],
      ],
    ],
    [
      'the duplicated June 28 caption',
      [
        ['nato-expansion-asia', "president's office on June 28"],
        ['nato-expansion-asia', 'president’s office on June 28'],
      ],
    ],
  ])('merges %s by itself', (_, quotes) => {
    const found = quotes.map(([document, quote]) => eventCiting(result, document, quote)?.id);
    expect(found[0]).toBeDefined();
    expect(new Set(found).size).toBe(1);
  });

  it('gives ids that do not change between two builds', () => {
    expect(buildEvents(analyzed).events.map((e) => e.id)).toEqual(result.events.map((e) => e.id));
  });
});

describe('buildEvents() on a sixth document, with no curation', () => {
  const text = [
    'The Apollo program',
    '',
    'President Kennedy asked Congress on May 25, 1961 to land a man on the Moon. NASA built the Saturn V rocket in the 1960s.',
    '',
    'On July 20, 1969, Apollo 11 landed on the Moon. Neil Armstrong walked on the Moon a few hours later, on July 20, 1969.',
    '',
    'Apollo 13 suffered an oxygen tank explosion in April 1970, and the crew returned safely on April 17, 1970.',
    '',
    'The last crew, Apollo 17, landed in December 1972. Photo: NASA',
    '',
    'Apollo 11 landed on the Moon on July 20, 1969. Photo: NASA',
  ].join('\n');
  const document = readDocument(
    'apollo.txt',
    new TextEncoder().encode(text),
    'title: Apollo\npublished: 2020-01-01\n',
  );
  const analyzedApollo = [analyzeDocument(document)];
  const result = buildEvents(analyzedApollo);
  const at = (quote: string) => eventCiting_(result, text, quote);

  it('accounts for every date mention exactly once', () => {
    expect(analyzedApollo[0].mentions.length).toBeGreaterThanOrEqual(6);
    expect(countPlaces(analyzedApollo, result).every((n) => n === 1)).toBe(true);
  });

  it('merges the repeated Moon landing into one event dated 1969-07-20', () => {
    const landing = at('On July 20, 1969');
    expect(landing?.date).toBe('1969-07-20');
    expect(at('Moon on July 20, 1969')?.id).toBe(landing?.id);
    expect(landing?.title).toMatch(/Apollo 11 landed on the Moon/);
  });

  it('keeps different events apart', () => {
    const ids = ['May 25, 1961', 'On July 20, 1969', 'April 1970', 'December 1972'].map(
      (q) => at(q)?.id,
    );
    expect(new Set(ids).size).toBe(4);
  });

  it('titles events in a few plain words with an id from date and words', () => {
    for (const event of result.events) {
      expect(event.title.split(' ').length).toBeLessThanOrEqual(9);
      expect(event.id).toMatch(/^\d{4}(-\d{2}){0,2}s?-[a-z0-9-]+$/);
    }
  });
});

function eventCiting_(result: EventsResult, text: string, quote: string) {
  const at = text.indexOf(quote);
  return result.events.find((e) =>
    e.citations.some((c) => c.start < at + quote.length && at < c.end),
  );
}

describe('buildEvents() invariant', () => {
  const values = [
    '1954',
    '1954-03-31',
    '1954-03',
    '195',
    '19',
    'BC0499',
    'PRESENT_REF',
    'XXXX-06-29',
    'P10Y',
    '2022-06-28',
    '2022',
    'T10:00',
  ];
  const mentionAt = (start: number, value: string, kind: number): DateMention => ({
    start,
    end: start + 4,
    text: 'date',
    type: value.startsWith('P')
      ? 'DURATION'
      : value.startsWith('T')
        ? 'TIME'
        : kind === 3
          ? 'SET'
          : 'DATE',
    value,
    granularity: 'unknown',
    ...(kind === 1 ? { mod: 'END' as const } : {}),
    ...(kind === 2 && /^\d{4}$/.test(value) ? { endValue: String(Number(value) + 3) } : {}),
    ...(kind === 4 ? { nonEvent: 'title-of-work' as const } : {}),
  });

  it('puts every mention of any corpus in exactly one place', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            fc.record({
              slot: fc.nat(40),
              value: fc.constantFrom(...values),
              kind: fc.nat(5),
              word: fc.constantFrom('summit', 'Madrid', 'Turkey', 'joins', 'war'),
            }),
            { maxLength: 12 },
          ),
          { minLength: 1, maxLength: 4 },
        ),
        (docs) => {
          const input: AnalyzedDocument[] = docs.map((entries, i) => {
            const slots = [...new Map(entries.map((e) => [e.slot, e])).values()].sort(
              (a, b) => a.slot - b.slot,
            );
            const id = `doc-${i}`;
            let text = '';
            const mentions = slots.map((e) => {
              text += `${e.word} and `;
              const mention = mentionAt(text.length, e.value, e.kind);
              text += 'date. ';
              return mention;
            });
            text += 'The end.';
            const source: SourceDocument = {
              id,
              file: `${id}.txt`,
              text,
              meta: { title: id, published: { value: null, precision: 'unknown' } },
            };
            return {
              document: source,
              paragraphs: [
                { id: `${id}#p1`, index: 1, start: 0, end: text.length, depth: 0, text },
              ],
              mentions,
            };
          });
          const result = buildEvents(input);
          expect(countPlaces(input, result).every((n) => n === 1)).toBe(true);
          expect(new Set(result.events.map((e) => e.id)).size).toBe(result.events.length);
        },
      ),
      { seed: 4, numRuns: 200 },
    );
  });
});
