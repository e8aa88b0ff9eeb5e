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
