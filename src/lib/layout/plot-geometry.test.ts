import { describe, expect, test } from 'vitest';
import { plotGeometry } from './plot-geometry';
import { yearLabelChars, yearStart } from './ticks';

describe('plotGeometry()', () => {
  test('a phone keeps its 46 px axis column for years of four digits', () => {
    const geometry = plotGeometry(349, 577, true, yearLabelChars({ start: 0, end: 1e12 }) * 6.8);
    expect(geometry.axisSize).toBe(46);
    expect(geometry.lanes).toBe(2);
  });

  test('a phone widens its axis column so that "3000 BC" is not cut to "00 BC"', () => {
    const domain = { start: yearStart(-3142), end: yearStart(530) };
    expect(yearLabelChars(domain)).toBe('3143 BC'.length);
    // A 375 px phone: the plot is 349 px wide inside its borders.
    const geometry = plotGeometry(349, 577, true, yearLabelChars(domain) * 6.8);
    // Tick labels end 10 px before the axis line; "3000 BC" is about 50 px of 12 px text.
    expect(geometry.axisSize - 10 - 50).toBeGreaterThanOrEqual(0);
    expect(geometry.lanes, 'still two columns of events').toBe(2);
  });

  test('a phone keeps a column for the context labels beside the events, not under them', () => {
    const geometry = plotGeometry(349, 577, true);
    expect(geometry.contextSize).toBeGreaterThanOrEqual(14);
    const eventsEnd = geometry.axisSize + geometry.lanes * geometry.laneSize;
    expect(eventsEnd).toBeLessThanOrEqual(349 - geometry.densitySize - geometry.contextSize);
    expect(geometry.lanes).toBe(2);
  });

  test('the horizontal axis does not change with the labels', () => {
    expect(plotGeometry(928, 487, false, 300)).toEqual(plotGeometry(928, 487, false));
  });
});
