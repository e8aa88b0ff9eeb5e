import { describe, expect, test } from 'vitest';
import { yearStart } from '../lib/layout/ticks';
import { describeCluster } from './describe';

describe('describeCluster()', () => {
  test('events that start together are described at their own precision', () => {
    const decade = { start: '1990-01-01', end: '1999-12-31', precision: 'decade' as const };
    const time = yearStart(1990);
    expect(describeCluster(time, time, decade)).toEqual(['the 1990s', 'the 1990s']);
  });

  test('events spread over time are described at a precision that suits the spread', () => {
    const day = { start: '1956-01-01', end: '1956-01-01', precision: 'day' as const };
    expect(describeCluster(yearStart(1956), yearStart(1956, 9, 1), day)).toEqual([
      'January 1956',
      'September 1956',
    ]);
  });
});
