import { describe, expect, test } from 'vitest';
import { buildPyramid } from './pyramid';
import { makeEvents } from './test-events';
import { buildTimeIndex, findStartRange } from './time-index';
import { fitDomain } from './view';
import { layoutVisible, type PlacedItem } from './visible';

const index = buildTimeIndex(makeEvents(5000, 11));
const domain = fitDomain(index.extent);
const pyramid = buildPyramid(index, domain);
const span = domain.end - domain.start;
const centre = (domain.start + domain.end) / 2;

function layout(k: number, length = 1200) {
  const window = { start: centre - span / k / 2, end: centre + span / k / 2 };
  const result = layoutVisible({
    index,
    pyramid,
    window,
    length,
    lanes: 10,
    binPx: 150,
    labelExtent: (event) => 40 + event.title.length * 7,
    typicalExtent: 130,
    clusterExtent: 60,
    gap: 8,
    flip: true,
  });
  return { window, ...result };
}

describe('layoutVisible()', () => {
  test.each([1, 8, 64, 1024, 6000])('no two items share a lane and overlap at zoom %i', (k) => {
    const { items } = layout(k);
    const lanes = new Set(items.map((item) => item.lane));
    for (const lane of lanes) {
      const sorted = items
        .filter((item: PlacedItem) => item.lane === lane)
        .sort((a, b) => a.from - b.from);
      for (let i = 1; i < sorted.length; i++) {
        const bare = (item: PlacedItem) => item.kind === 'event' && item.compact;
        const gap = bare(sorted[i]) || bare(sorted[i - 1]) ? 2 : 8;
        expect(sorted[i].from).toBeGreaterThanOrEqual(sorted[i - 1].to + gap);
      }
    }
  });

  test.each([1, 8, 64, 1024, 6000])(
    'at zoom %i, clusters, labels and unlabelled marks account for every event in view',
    (k) => {
      const { items, unlabelled, window } = layout(k);
      const [lo, hi] = findStartRange(index, window.start, window.end);
      const seen = new Set<number>(unlabelled);
      for (const item of items) {
        if (item.kind === 'event') seen.add(item.index);
      }
      const clustered = items
        .filter((item) => item.kind === 'cluster')
        .reduce((sum, item) => sum + item.count, 0);
      let inView = 0;
      for (let i = lo; i < hi; i++) if (seen.has(i)) inView++;
      expect(inView + clustered).toBeGreaterThanOrEqual(hi - lo);
    },
  );

  test('layoutVisible() draws at most about 200 items whatever the zoom', () => {
    for (const k of [1, 3, 30, 300, 3000])
      expect(layout(k, 3840).items.length).toBeLessThanOrEqual(230);
  });

  test('zooming in splits clusters into smaller ones', () => {
    const biggest = (k: number) =>
      Math.max(0, ...layout(k).items.map((item) => (item.kind === 'cluster' ? item.count : 0)));
    expect(biggest(16)).toBeLessThan(biggest(1));
  });
});
