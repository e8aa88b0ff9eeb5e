import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../build';
import { readDocument } from '../documents';
import type { SourceDocument } from '../types';
import { buildEvents, parseCuration } from './index';
import { titleClause } from './titles';

/** `titleClause` of a sentence with its date blanked, as the events stage hands clauses over. */
function judge(sentence: string, date: string) {
  const at = sentence.indexOf(date);
  const clause = sentence.slice(0, at) + ' '.repeat(date.length) + sentence.slice(at + date.length);
  return titleClause(clause, at);
}

function read(id: string, text: string): SourceDocument {
  const meta = `title: ${id}\npublished: 2020-01-01\n`;
  return readDocument(`${id}.txt`, new TextEncoder().encode(text), meta);
}

describe('a state is no happening', () => {
  it.each([
    ['He had been a boy in 1957.', '1957'],
    ['She was 12 in 1958.', '1958'],
    ['In 1960 he was a student at Yale.', '1960'],
    ['In 1968 he was still a child.', '1968'],
    ['Smith was a member of the council in 1966.', '1966'],
    ['She was the mayor of Millbrook in 1967.', '1967'],
    ['By 1990 the company had been the owner of the mill for years.', '1990'],
  ])('%s', (sentence, date) => {
    expect(judge(sentence, date).happening).toBe(false);
  });

  it.each([
    ['He became president in 1961.', '1961'],
    ['She was elected in 1962.', '1962'],
    ['He was born in 1965.', '1965'],
    ['The town was founded in 1963.', '1963'],
    ['The treaty was signed in 1964.', '1964'],
    ['There was a fire in 1969.', '1969'],
    ['The war was a disaster for the city in 1970.', '1970'],
    ['Armstrong was the first person to walk on the Moon in 1969.', '1969'],
    ['The crowd of 23,417 was the largest at the Quay in 2019.', '2019'],
    ['They were gone by April 1920.', 'April 1920'],
    ['Benin City was retaken by the Nigerians on 22 September 1967.', '22 September 1967'],
    ['In 1971 the strike was an act of defiance.', '1971'],
    ['For centuries the only way across was a ferry, first recorded in 1284.', '1284'],
  ])('but this is one: %s', (sentence, date) => {
    expect(judge(sentence, date).happening).toBe(true);
  });
});

describe('a document speaking of itself is no happening', () => {
  it.each([
    ['Room 3 covers the years 1900 to 1920.', '1900 to 1920'],
    ['Room 3 covers the 1920s.', 'the 1920s'],
    ['The next chapter deals with the 1930s.', 'the 1930s'],
    ['This exhibition spans 1940 to 1950.', '1940 to 1950'],
    ['Section 2 is about the 1960s.', 'the 1960s'],
    ['Chapter 4 describes the period from 1970 to 1980.', '1970 to 1980'],
    ['The following pages trace the history of 1848.', '1848'],
  ])('%s', (sentence, date) => {
    expect(judge(sentence, date).happening).toBe(false);
  });

  it.each([
    ['Room 4 covers the flood of 1936.', '1936', 'Flood'],
    ['Room 1 shows the founding of the town in 1852.', '1852', 'Founding of the town'],
    ['Chapter 2 deals with the general strike of May 1926.', 'May 1926', 'General strike'],
    ['The museum itself opened in 1982.', '1982', 'Museum itself opened'],
    [
      'He had been a boy in 1957 when Sputnik beeped across the sky.',
      '1957',
      'Sputnik beeped across the sky',
    ],
    ['The book was published in 1850.', '1850', 'Book was published'],
  ])('but what it shows, or what happened then, is: %s', (sentence, date, title) => {
    expect(judge(sentence, date)).toEqual({ title, happening: true });
  });
});

describe('buildEvents() and clauses that tell no happening', () => {
  const guide = read(
    'guide',
    'Room 3 covers the 1920s. Room 4 covers the flood of 1936. He had been a boy in 1957. The museum opened in 1982.',
  );
  const history = read('history', 'Smith was a student at Yale in 1960.');
  const news = read('news', 'Smith graduated from Yale in 1960 with honours.');

  it('leaves them off the timeline, each mention unplaced once with its reason', () => {
    const result = buildEvents([guide].map(analyzeDocument));
    expect(result.events.map((e) => [e.date, e.title])).toEqual([
      ['1936', 'Flood'],
      ['1982', 'Museum opened'],
    ]);
    expect(result.unplaced.map((u) => [u.text, u.reason])).toEqual([
      ['the 1920s', 'not-an-event'],
      ['1957', 'not-an-event'],
    ]);
  });

  it('lets a state bear out the happening another document tells, which gives the title', () => {
    const result = buildEvents([history, news].map(analyzeDocument));
    expect(result.events.map((e) => [e.title, e.citations.map((c) => c.document)])).toEqual([
      ['Smith graduated from Yale with honours', ['history', 'news']],
    ]);
  });

  it('keeps a state an editor cites as an event', () => {
    const curation = parseCuration(
      'events:\n  - id: smith-boy\n    cite:\n      - { document: guide, quote: a boy in 1957 }\n',
      'curation.yaml',
      [guide],
    );
    const result = buildEvents([guide].map(analyzeDocument), curation);
    expect(result.events.find((e) => e.id === 'smith-boy')?.citations.map((c) => c.text)).toEqual([
      '1957',
    ]);
    expect(result.unplaced.map((u) => u.text)).toEqual(['the 1920s']);
  });
});

describe('buildEvents() and dates standing alone on their line', () => {
  const event = (result: ReturnType<typeof buildEvents>, date: string) =>
    result.events.find((e) => e.date === date);

  it('a date over a line dates that line, cited from the date to the line’s end', () => {
    const text =
      'Chronology\n\n1962\nThe first design competition is held in the city hall.\n\n' +
      '1965:\nConstruction starts on the north bank.\n';
    const result = buildEvents([analyzeDocument(read('bridge', text))]);
    expect(event(result, '1962')?.title).toBe('Design competition is held in the city hall');
    expect(event(result, '1965')?.title).toBe('Construction starts on the north bank');
    const cited = event(result, '1962')?.citations[0].sentence;
    expect(text.slice(cited?.start, cited?.end)).toBe(
      '1962\nThe first design competition is held in the city hall.',
    );
    expect(result.unplaced).toEqual([]);
  });

  it('a heading that is only a date, or a date over a line with its own date, is no event', () => {
    const text =
      '## The 1990s\n\nThe bridge was repainted twice. In 1996 a ship struck a pier.\n\n' +
      '1917\n\nIn October 1917 the government fell.\n\n1962\nOn 14 October 1962 photographs showed missiles.\n';
    const result = buildEvents([analyzeDocument(read('bridge', text))]);
    expect(result.events.map((e) => [e.date, e.title])).toEqual([
      ['1917-10', 'Government fell'],
      ['1962-10-14', 'Photographs showed missiles'],
      ['1996', 'Ship struck a pier'],
    ]);
    expect(result.unplaced.map((u) => [u.text, u.reason])).toEqual([
      ['The 1990s', 'not-an-event'],
      ['1917', 'not-an-event'],
      ['1962', 'not-an-event'],
    ]);
  });

  it('keeps a heading that names what happened with its date', () => {
    const text = '## 1971 – Bridge opens to traffic\n\nCars crossed at last.\n';
    const result = buildEvents([analyzeDocument(read('bridge', text))]);
    expect(result.events.map((e) => [e.date, e.title])).toEqual([
      ['1971', 'Bridge opens to traffic'],
    ]);
  });
});

describe('buildEvents() and a document’s dateline', () => {
  const news = (text: string) =>
    readDocument('news.txt', new TextEncoder().encode(text), 'published: 2021-05-04\n');

  it('the publication day on a byline or dateline is no event; in a sentence it is', () => {
    const text =
      'Council votes on the bridge\n\nBy A. Writer · 4 May 2021\n\n' +
      'On 4 May 2021 the council voted to repair the bridge. It was built in 1765.\n';
    const result = buildEvents([analyzeDocument(news(text))]);
    expect(result.events.map((e) => e.date)).toEqual(['1765', '2021-05-04']);
    expect(result.unplaced.map((u) => [u.text, u.reason])).toEqual([['4 May 2021', 'reference']]);
  });

  it('another day on a short line is not the dateline', () => {
    const text = 'Programme\n\nOpening: 5 May 2021\n';
    const result = buildEvents([analyzeDocument(news(text))]);
    expect(result.events.map((e) => e.date)).toEqual(['2021-05-05']);
  });
});
