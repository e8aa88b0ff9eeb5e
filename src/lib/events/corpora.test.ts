import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../build';
import { readDocument } from '../documents';
import type { EventsResult } from '../types';
import { parseEdtf } from './edtf';
import { buildEvents } from './index';
import { areDatesNear, mergeCandidates, scoreMerge, type Mergeable } from './merge';
import { extractTerms } from './terms';

/** Small corpora of several documents telling some of the same events in their own words. */
type Corpus = Record<string, { text: string; published: string }>;

function build(corpus: Corpus): { result: EventsResult; texts: Map<string, string> } {
  const texts = new Map<string, string>();
  const analyzed = Object.entries(corpus).map(([id, { text, published }]) => {
    texts.set(id, text);
    const meta = `title: ${id}\npublished: ${published}\n`;
    return analyzeDocument(readDocument(`${id}.txt`, new TextEncoder().encode(text), meta));
  });
  return { result: buildEvents(analyzed), texts };
}

/** The event citing `quote` of `document`, with the documents it cites and its disagreements. */
function eventAt(built: ReturnType<typeof build>, document: string, quote: string) {
  const at = built.texts.get(document)?.indexOf(quote) ?? -1;
  expect(at, `quote ${quote}`).toBeGreaterThanOrEqual(0);
  const event = built.result.events.find((e) =>
    e.citations.some((c) => c.document === document && c.start < at + quote.length && at < c.end),
  );
  expect(event, `event citing ${quote}`).toBeDefined();
  return {
    date: event?.date,
    documents: [...new Set(event?.citations.map((c) => c.document))].sort(),
    cited: event?.citations.map((c) => `${c.document}:${c.text}`),
    disagreements: event?.disagreements?.map((d) => d.date) ?? [],
  };
}

describe('sources that put one event a day apart', () => {
  const built = build({
    blog: {
      published: '2019-08-02',
      text: [
        'Why I still think about Apollo',
        '',
        'When Armstrong stepped onto the Moon on July 21, 1969, my grandfather says the room went silent.',
        '',
        'The fire that killed the Apollo 1 crew happened on January 26, 1967, as my grandfather remembers it.',
      ].join('\n'),
    },
    encyclopedia: {
      published: '2020-01-01',
      text: [
        'Apollo 11',
        '',
        'Commander Neil Armstrong and pilot Buzz Aldrin landed the lunar module Eagle on 20 July 1969. Armstrong became the first person to step onto the lunar surface six hours later, on 21 July 1969.',
        '',
        'An earlier mission, Apollo 1, ended in a cabin fire on 27 January 1967 that killed three astronauts.',
      ].join('\n'),
    },
    retrospective: {
      published: '2019-07-16',
      text: [
        'Fifty years ago',
        '',
        'On July 16, 1969, a Saturn V rocket lifted Apollo 11 off the pad. Four days later, the lunar module Eagle touched down in the Sea of Tranquility. On July 20, 1969, Armstrong stepped onto the lunar surface and spoke the most quoted sentence of the century.',
      ].join('\n'),
    },
  });

  it('makes one event of a fire two sources date a day apart, and says they disagree', () => {
    // Before: two events, "January 26, 1967" (blog) and "27 January 1967" (encyclopedia).
    expect(eventAt(built, 'blog', 'January 26, 1967')).toEqual({
      date: '1967-01-26',
      documents: ['blog', 'encyclopedia'],
      cited: ['blog:January 26, 1967', 'encyclopedia:27 January 1967'],
      disagreements: ['1967-01-26', '1967-01-27'],
    });
  });

  it('puts a first step told in local time with the same step told in UTC, not with the landing', () => {
    // Before: the retrospective's "July 20, 1969" step joined the landing (same day, two shared
    // words) and the step event cited two documents out of three, with no disagreement.
    expect(eventAt(built, 'retrospective', 'On July 20, 1969')).toEqual({
      date: '1969-07-21',
      documents: ['blog', 'encyclopedia', 'retrospective'],
      cited: ['blog:July 21, 1969', 'encyclopedia:21 July 1969', 'retrospective:July 20, 1969'],
      disagreements: ['1969-07-21', '1969-07-20'],
    });
    expect(eventAt(built, 'encyclopedia', '20 July 1969')).toEqual({
      date: '1969-07-20',
      documents: ['encyclopedia', 'retrospective'],
      cited: ['encyclopedia:20 July 1969', 'retrospective:Four days later'],
      disagreements: [],
    });
  });
});

describe('the title of an event several documents tell', () => {
  it('comes from the clause the other documents bear out, not an aside of one', () => {
    // Before: "Grandfather says the room went silent" (the blog is cited first).
    const built = build({
      blog: {
        published: '2019-08-02',
        text: 'When Armstrong stepped onto the Moon on July 21, 1969, my grandfather says the room went silent.',
      },
      encyclopedia: {
        published: '2020-01-01',
        text: 'Armstrong became the first person to step onto the lunar surface on 21 July 1969.',
      },
      retrospective: {
        published: '2019-07-16',
        text: 'On July 21, 1969, Armstrong stepped onto the lunar surface.',
      },
    });
    expect(built.result.events.map((e) => [e.date, e.title])).toEqual([
      ['1969-07-21', 'Armstrong became the first person to step'],
    ]);
  });
});

describe('a week and a day inside it', () => {
  it('does not report "last week" as disagreeing with a day of that week', () => {
    // Before: disagreements 2024-03-11/2024-03-17 (the week) against 2024-03-11.
    const built = build({
      monday: {
        published: '2024-03-11',
        text: 'Bus and tram drivers began an indefinite strike on Monday, halting most public transport in the capital.',
      },
      opinion: {
        published: '2024-03-18',
        text: 'Last week, the drivers halted public transport in the capital with a strike.',
      },
    });
    expect(eventAt(built, 'opinion', 'Last week')).toEqual({
      date: '2024-03-11',
      documents: ['monday', 'opinion'],
      cited: ['monday:Monday', 'opinion:Last week'],
      disagreements: [],
    });
  });
});

describe('a time of day', () => {
  const step = 'Armstrong became the first person to step onto the lunar surface';
  const citing = (built: ReturnType<typeof build>, date: string) => {
    const event = built.result.events.find((e) => e.date === date);
    return event?.disagreements?.map((d) => [
      d.date,
      d.citations.map((i) => event.citations[i].text),
    ]);
  };

  it('agrees with the day it falls in: it is not listed as giving a date of a disagreement', () => {
    // Before: "02:56" was listed with "July 21, 1969" and "21 July 1969" as giving 21 July.
    const built = build({
      blog: {
        published: '2019-08-02',
        text: 'Armstrong stepped onto the lunar surface on July 21, 1969.',
      },
      encyclopedia: { published: '2020-01-01', text: `${step} on 21 July 1969 at 02:56 UTC.` },
      retrospective: {
        published: '2019-07-16',
        text: 'On July 20, 1969, Armstrong stepped onto the lunar surface.',
      },
    });
    expect(citing(built, '1969-07-21')).toEqual([
      ['1969-07-21', ['July 21, 1969', '21 July 1969']],
      ['1969-07-20', ['July 20, 1969']],
    ]);
  });

  it('does not count its day twice: "21 July 1969 at 02:56" is one source against one', () => {
    // Before: 21 July won two citations to one, the time counted as a second source.
    const built = build({
      retrospective: {
        published: '2019-07-16',
        text: 'On July 20, 1969, Armstrong stepped onto the lunar surface.',
      },
      encyclopedia: { published: '2020-01-01', text: `${step} on 21 July 1969 at 02:56 UTC.` },
    });
    expect(built.result.events.map((e) => e.date)).toEqual(['1969-07-20']);
  });

  it('still dates to the day what its clause only gives to the month', () => {
    const built = build({
      history: {
        published: '2000-01-01',
        text: 'An army junta seized power in Algiers on the night of May 13, 1958, thereafter known as the May 1958 crisis.',
      },
    });
    expect(built.result.events.map((e) => e.date)).toEqual(['1958-05-13']);
  });
});

describe('the near-day rule', () => {
  let counter = 0;
  const candidate = (document: string, date: string, text: string): Mergeable => {
    const span = parseEdtf(date);
    if (!span) throw new Error(date);
    return { key: `n${counter++}`, document, span, terms: extractTerms(text), text };
  };
  const none = new Set<string>();
  const met = 'Minister Reyes met Tomas Berg at the ministry';

  it.each([
    ['two days a day apart', '1967-01-26', '1967-01-27', true],
    ['two days two days apart', '1967-01-26', '1967-01-28', false],
    ['a day and the same day', '1967-01-26', '1967-01-26', false],
    ['a month and the next month', '1967-01', '1967-02', false],
    ['a day and a range from the next day', '2024-03-10', '2024-03-11/2024-03-17', false],
  ])('%s: %s and %s near -> %s', (_, a, b, expected) => {
    const [x, y] = [parseEdtf(a), parseEdtf(b)];
    if (!x || !y) throw new Error(a + b);
    expect(areDatesNear(x, y)).toBe(expected);
  });

  it('asks three shared key terms, one a name, of two days a day apart', () => {
    const strong = scoreMerge(
      candidate('a', '1967-01-26', 'the Apollo 1 fire killed the crew'),
      candidate('b', '1967-01-27', 'a cabin fire killed the Apollo 1 astronauts'),
      none,
    );
    const weak = scoreMerge(
      candidate('a', '2024-03-13', 'the talks collapsed'),
      candidate('b', '2024-03-14', 'the talks resumed and collapsed'),
      none,
    );
    expect([strong, weak]).toEqual([3.5, 0]);
  });

  it('joins documents a day apart, but never a document with itself or a third day', () => {
    const a13 = candidate('a', '2024-03-13', met);
    const b14 = candidate('b', '2024-03-14', met);
    const a14 = candidate('a', '2024-03-14', `${met} again`);
    const c15 = candidate('c', '2024-03-15', met);
    const groups = mergeCandidates([a13, b14, a14, c15], { common: none });
    // a14 and b14 agree (the same day) and c15 puts it a day later; a13 cannot join its own
    // document's next day.
    expect(groups).toEqual([[a13], [b14, a14, c15]]);
    // Without a14, a13 and b14 disagree by a day and tell one meeting; c15 would stretch it
    // over three days.
    expect(mergeCandidates([a13, b14, c15], { common: none })).toEqual([[a13, b14], [c15]]);
  });
});
