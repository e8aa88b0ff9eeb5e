import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../build';
import { readDocument } from '../documents';
import { isComparisonPoint } from './comparisons';
import { buildEvents } from './index';

const at = (sentence: string, date: string) => isComparisonPoint(sentence, sentence.indexOf(date));

describe('isComparisonPoint', () => {
  it.each([
    ['In Q3 2024 revenue rose 12%, the best quarter since 2019.', '2019'],
    ['This was the first substantial ground incursion by Turkish forces since 1995.', '1995'],
    ['The crowd was the largest at the Quay since March 2019.', 'March 2019'],
    ['Deaths fell to their lowest level since the 1990s.', '1990s'],
  ])('reads %j as measured against its date', (sentence, date) => {
    expect(at(sentence, date)).toBe(true);
  });

  it.each([
    ['The mill has been closed since 2019.', '2019'],
    ['Since 1995 the border has been open.', '1995'],
    ['It was the largest city in 1900; since 1950 it has shrunk.', '1950'],
  ])('leaves %j a date of what happened', (sentence, date) => {
    expect(at(sentence, date)).toBe(false);
  });
});

describe('buildEvents() and points of comparison', () => {
  it('puts them off the timeline with their reason', () => {
    const text = 'Acme went public in 1999. In 2024 revenue rose 12%, the best year since 2019.';
    const document = readDocument('acme.txt', new TextEncoder().encode(text));
    const result = buildEvents([analyzeDocument(document)]);
    expect(result.events.map((e) => [e.date, e.title])).toEqual([
      ['1999', 'Acme went public'],
      ['2024', 'Revenue rose 12%'],
    ]);
    expect(result.unplaced.map((u) => [u.text, u.reason])).toEqual([['2019', 'comparison']]);
  });
});
