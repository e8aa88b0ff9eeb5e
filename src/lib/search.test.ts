import { describe, expect, it } from 'vitest';
import { orderByTime } from './layout/time-order';
import { filterEvents, findMatches } from './search';
import type { DatasetDocument, TimelineEvent } from './types';

const text = 'The NATO summit in Madrid, June 28-30. Später: São Paulo.';
const documents: DatasetDocument[] = [
  {
    id: 'a',
    title: 'A',
    published: { value: null, precision: 'unknown' },
    paragraphs: [{ id: 'a#p1', start: 0, end: text.length, depth: 0, text }],
  },
  {
    id: 'b',
    title: 'B',
    published: { value: null, precision: 'unknown' },
    paragraphs: [{ id: 'b#p1', start: 0, end: 4, depth: 0, text: 'None' }],
  },
];
const event = (id: string, start: string, title: string, document = 'a', tags: string[] = []) =>
  ({
    id,
    title,
    date: start,
    start,
    end: start,
    precision: 'day',
    tags,
    citations: [{ document, paragraph: `${document}#p1`, start: 0, end: 3, text: 'The' }],
  }) as TimelineEvent;

describe('findMatches', () => {
  it.each([
    ['madrid', [[19, 25]]],
    ['MADRID', [[19, 25]]],
    ['spater', [[39, 45]]],
    ['sao paulo', [[47, 56]]],
    ['  ', []],
    ['xyz', []],
  ])('findMatches() finds %j ignoring case and diacritics', (query, expected) => {
    const ranges = findMatches(text, query);
    expect(ranges.map((r) => [r.start, r.end])).toEqual(expected);
  });

  it('findMatches() maps matches back through characters outside the basic plane', () => {
    const ranges = findMatches('𝒜 café 𝒜 cafe', 'CAFE');
    expect(ranges.map((r) => '𝒜 café 𝒜 cafe'.slice(r.start, r.end))).toEqual(['café', 'cafe']);
  });
});

describe('filterEvents', () => {
  const events = [
    event('e1', '2022-06-28', 'Summit'),
    event('e2', '1954-03-31', 'Soviet note', 'b', ['cold-war']),
  ];
  it('filterEvents() finds an event by the words of the paragraph that cites it', () => {
    expect(
      filterEvents(events, { query: 'madrid', hidden: [], tags: [] }, documents).map((e) => e.id),
    ).toEqual(['e1']);
  });
  it('filterEvents() finds an event by its title', () => {
    expect(
      filterEvents(events, { query: 'soviet', hidden: [], tags: [] }, documents).map((e) => e.id),
    ).toEqual(['e2']);
  });
  it('filterEvents() hides events whose every citation is in a hidden document', () => {
    expect(
      filterEvents(events, { query: '', hidden: ['a'], tags: [] }, documents).map((e) => e.id),
    ).toEqual(['e2']);
  });
  it('filterEvents() keeps only events with a chosen tag', () => {
    expect(
      filterEvents(events, { query: '', hidden: [], tags: ['cold-war'] }, documents).map(
        (e) => e.id,
      ),
    ).toEqual(['e2']);
  });
  it('orderByTime() orders days within a year before the common era', () => {
    const sorted = orderByTime([event('m', '-0500-03-31', 'm'), event('j', '-0500-01-01', 'j')]);
    expect(sorted.map((e) => e.id)).toEqual(['j', 'm']);
  });

  it('orderByTime() orders negative years before positive ones', () => {
    const sorted = orderByTime([event('x', '0010-01-01', 'x'), event('y', '-0500-01-01', 'y')]);
    expect(sorted.map((e) => e.id)).toEqual(['y', 'x']);
  });
});
