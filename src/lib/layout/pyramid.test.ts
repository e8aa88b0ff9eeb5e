import { describe, expect, test } from 'vitest';
import { binWidth, buildPyramid, findBins, levelFor, NOTABLE, notableOf } from './pyramid';
import { makeEvents } from './test-events';
import { buildTimeIndex, importanceOf } from './time-index';
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

describe('notableOf()', () => {
  const cited = (documents: string[]) =>
    documents.map((document) => ({ document, paragraph: 'p', start: 0, end: 1, text: 'x' }));

  test('notableOf() gives the most notable events of each bin, of its own events', () => {
    const events = makeEvents(3000, 5).map((event, i) => ({
      ...event,
      citations: cited(i % 97 === 0 ? ['a', 'b', 'c'] : ['a']),
      curated: i % 389 === 0 || undefined,
    }));
    const index = buildTimeIndex(events);
    const pyramid = buildPyramid(index, fitDomain(index.extent));
    for (const level of [0, 3, 7, 11]) {
      for (const bin of findBins(pyramid, level, -Infinity, Infinity)) {
        const notable = notableOf(pyramid, bin);
        expect(notable.length).toBe(Math.min(NOTABLE, bin.hi - bin.lo));
        expect(new Set(notable).size).toBe(notable.length);
        for (const i of notable) expect(i >= bin.lo && i < bin.hi).toBe(true);
        const weights = notable.map((i) => importanceOf(index.events[i]));
        const rest = Math.max(
          0,
          ...Array.from({ length: bin.hi - bin.lo }, (_, k) => bin.lo + k)
            .filter((i) => !notable.includes(i))
            .map((i) => importanceOf(index.events[i])),
        );
        expect(Math.min(...weights)).toBeGreaterThanOrEqual(rest);
        expect(weights).toEqual([...weights].sort((a, b) => b - a));
      }
    }
  });

  test('a bin of many thousands of events, ranked from its halves, gets the same picks', () => {
    const events = makeEvents(20000, 9).map((event, i) => ({
      ...event,
      citations: cited(i % 1013 === 0 ? ['a', 'b'] : ['a']),
    }));
    const big = buildTimeIndex(events);
    const pyramid = buildPyramid(big, fitDomain(big.extent));
    // The order, written out: more important first, then a fixed scatter of the index.
    const scatter = (i: number) => Math.imul(i, 0x9e3779b1) >>> 0;
    const order = (a: number, b: number) =>
      big.importance[b] - big.importance[a] || scatter(a) - scatter(b);
    for (const level of [0, 1, 2]) {
      for (const bin of findBins(pyramid, level, -Infinity, Infinity)) {
        expect(bin.hi - bin.lo).toBeGreaterThan(4096);
        const all = Array.from({ length: bin.hi - bin.lo }, (_, k) => bin.lo + k).sort(order);
        expect(notableOf(pyramid, bin)).toEqual(all.slice(0, NOTABLE));
      }
    }
  });

  test('among equally notable events, notableOf() picks them spread along time', () => {
    const [top] = findBins(pyramid, 0, domain.start, domain.end);
    const picked = notableOf(pyramid, top).map((i) => index.starts[i]);
    const spread = Math.max(...picked) - Math.min(...picked);
    expect(spread).toBeGreaterThan((domain.end - domain.start) / 3);
  });

  test("importanceOf() ranks an editor's event, then one several documents cite", () => {
    const [event] = makeEvents(1);
    const one = importanceOf({ ...event, citations: cited(['a', 'a']) });
    const three = importanceOf({ ...event, citations: cited(['a', 'b', 'c']) });
    const curated = importanceOf({ ...event, citations: cited(['a']), curated: true });
    expect(three).toBeGreaterThan(one);
    expect(curated).toBeGreaterThan(three);
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
