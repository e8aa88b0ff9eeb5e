import { describe, expect, test } from 'vitest';
import { binWidth, buildPyramid, findBins, levelFor } from './pyramid';
import { makeEvents } from './test-events';
import { buildTimeIndex } from './time-index';
import { fitDomain } from './view';

const index = buildTimeIndex(makeEvents(3000, 5));
const domain = fitDomain(index.extent);
const pyramid = buildPyramid(index, domain);
const all = (level: number) => findBins(pyramid, level, domain.start, domain.end);

describe('buildPyramid()', () => {
  test('buildPyramid() goes down to bins of about half a day', () => {
    const finest = binWidth(pyramid, pyramid.levels.length - 1);
    expect(finest).toBeGreaterThanOrEqual(864e5 / 2);
    expect(finest).toBeLessThan(864e5);
  });

  test.each([0, 1, 4, 9, 14])('the counts of level %i add up to the number of events', (level) => {
    expect(all(level).reduce((sum, bin) => sum + bin.hi - bin.lo, 0)).toBe(3000);
  });

  test('each cluster holds exactly the events of its two halves one level down', () => {
    for (let level = 0; level < pyramid.levels.length - 1; level++) {
      const children = new Map(all(level + 1).map((bin) => [bin.key, bin.hi - bin.lo]));
      for (const bin of all(level)) {
        const sum = (children.get(bin.key * 2) ?? 0) + (children.get(bin.key * 2 + 1) ?? 0);
        expect(sum).toBe(bin.hi - bin.lo);
      }
    }
  });

  test('every event of a bin starts inside the bin', () => {
    for (const bin of all(8)) {
      for (let i = bin.lo; i < bin.hi; i++) {
        expect(index.starts[i]).toBeGreaterThanOrEqual(bin.start - 1);
        expect(index.starts[i]).toBeLessThan(bin.end + 1);
      }
    }
  });
});

describe('levelFor()', () => {
  test('levelFor() picks bins within a factor of two of the width asked for', () => {
    for (const msPerPx of [1e6, 1e8, 1e10]) {
      const level = levelFor(pyramid, msPerPx, 150);
      const px = binWidth(pyramid, level) / msPerPx;
      if (level > 0 && level < pyramid.levels.length - 1) {
        expect(px).toBeGreaterThan(75);
        expect(px).toBeLessThan(300);
      }
    }
  });
  test('levelFor() stays inside the pyramid for any scale', () => {
    for (const msPerPx of [0, 1e-9, Infinity, NaN, 1e20]) {
      const level = levelFor(pyramid, msPerPx, 150);
      expect(pyramid.levels[level]).toBeDefined();
    }
  });
});
