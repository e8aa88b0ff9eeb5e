import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildPyramid } from './pyramid';
import { makeEvents } from './test-events';
import { buildTimeIndex, findStartRange, type TimeIndex } from './time-index';
import { DAY, fitDomain, type TimeWindow } from './view';
import {
  clusterTarget,
  layoutVisible,
  type PlacedCluster,
  type PlacedItem,
  type VisibleOptions,
} from './visible';

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

/** Fails unless every event starting in `window` is in exactly one item, and none in two. */
function expectEachEventOnce(index: TimeIndex, items: PlacedItem[], window: TimeWindow) {
  const seen = new Uint8Array(index.events.length);
  for (const item of items) {
    if (item.kind === 'event') seen[item.index]++;
    else {
      for (let i = item.lo; i < item.hi; i++) if (!item.labelled.includes(i)) seen[i]++;
      expect(item.count).toBe(item.hi - item.lo - item.labelled.length);
    }
  }
  const [lo, hi] = findStartRange(index, window.start, window.end);
  for (let i = lo; i < hi; i++) expect(seen[i], index.events[i].id).toBe(1);
  expect(Math.max(0, ...seen)).toBeLessThanOrEqual(1);
}

/** Fails when two items of a lane come closer than their gap, or an item has no lane. */
function expectNoCollisions(items: PlacedItem[], lanes: number, gap: number) {
  const bare = (item: PlacedItem) => item.kind === 'event' && item.compact;
  for (const item of items) {
    expect(item.lane).toBeGreaterThanOrEqual(0);
    expect(item.lane).toBeLessThan(lanes);
  }
  for (let lane = 0; lane < lanes; lane++) {
    const sorted = items.filter((item) => item.lane === lane).sort((a, b) => a.from - b.from);
    for (let i = 1; i < sorted.length; i++) {
      const room = bare(sorted[i]) || bare(sorted[i - 1]) ? 2 : gap;
      expect(sorted[i].from).toBeGreaterThanOrEqual(sorted[i - 1].to + room - 1e-9);
    }
  }
}

/** Random events in 1950-1960, some piled on a few days, some ranges, titles of any length. */
const arbitraryEvents = fc
  .array(
    fc.record({
      day: fc.oneof(fc.integer({ min: 0, max: 3650 }), fc.constantFrom(100, 101, 1500)),
      days: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 2000 })),
      title: fc.integer({ min: 1, max: 80 }),
    }),
    { minLength: 1, maxLength: 300 },
  )
  .map((specs) =>
    specs.map(({ day, days, title }, i) => {
      const iso = (d: number) => new Date(Date.UTC(1950, 0, 1 + d)).toISOString().slice(0, 10);
      return {
        ...makeEvents(1)[0],
        id: `r${i}`,
        title: 'x'.repeat(title),
        date: iso(day),
        start: iso(day),
        end: iso(day + days),
        isRange: days > 0 || undefined,
      };
    }),
  );

/** Where the window starts (fraction of the domain), how far in (0 = all, 1 = a week), the plot. */
interface View {
  at: number;
  zoom: number;
  length: number;
  lanes: number;
  vertical: boolean;
}

const arbitraryView: fc.Arbitrary<View> = fc.record({
  at: fc.double({ min: -0.1, max: 1, noNaN: true }),
  zoom: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.integer({ min: 120, max: 3000 }),
  lanes: fc.integer({ min: 1, max: 14 }),
  vertical: fc.boolean(),
});

function layoutOf(
  events: ReturnType<typeof makeEvents>,
  view: View,
  previous?: ReadonlyMap<string, number>,
) {
  const index = buildTimeIndex(events);
  const domain = fitDomain(index.extent);
  const full = domain.end - domain.start;
  const span = Math.max(7 * DAY, full * 2 ** (-view.zoom * Math.log2(full / (7 * DAY))));
  const start = domain.start + view.at * full;
  const window = { start, end: start + span };
  const options: VisibleOptions = {
    index,
    pyramid: buildPyramid(index, domain),
    window,
    length: view.length,
    lanes: view.lanes,
    binPx: view.vertical ? 72 : 150,
    labelExtent: (event) => (view.vertical ? 24 : 40 + event.title.length * 7),
    typicalExtent: view.vertical ? 24 : 130,
    clusterExtent: view.vertical ? 24 : 60,
    gap: view.vertical ? 2 : 8,
    flip: !view.vertical,
    previous,
  };
  return { index, window, options, layout: layoutVisible(options) };
}

describe('layoutVisible()', () => {
  test('layoutVisible() puts each event of any window in exactly one item, lanes never collide', () => {
    fc.assert(
      fc.property(arbitraryEvents, arbitraryView, (events, view) => {
        const { index, window, options, layout } = layoutOf(events, view);
        expectEachEventOnce(index, layout.items, window);
        expectNoCollisions(layout.items, options.lanes, options.gap);
      }),
      { seed: 20261122, numRuns: 300 },
    );
  });

  test('layoutVisible() never draws a cluster of fewer than two events', () => {
    fc.assert(
      fc.property(arbitraryEvents, arbitraryView, (events, view) => {
        const { index, window, options, layout } = layoutOf(events, view);
        const counts = layout.items.flatMap((item) =>
          item.kind === 'cluster' ? [item.count] : [],
        );
        expect(Math.min(2, ...counts), `cluster counts ${counts}`).toBe(2);
        expectEachEventOnce(index, layout.items, window);
        expectNoCollisions(layout.items, options.lanes, options.gap);
      }),
      { seed: 20261123, numRuns: 400 },
    );
  });

  test('layoutVisible() ends every label at the end of the axis, where a label that does not fit is cut', () => {
    fc.assert(
      fc.property(arbitraryEvents, arbitraryView, (events, view) => {
        const { options, layout } = layoutOf(events, { ...view, vertical: false });
        for (const item of layout.items) {
          if (item.kind !== 'event' || item.compact || item.labelAt >= options.length) continue;
          expect(item.labelEnd, item.id).toBeLessThanOrEqual(options.length);
          // Whole, or long enough to read a few letters and the ellipsis; shorter, only the mark.
          const extent = options.labelExtent(item.event);
          if (item.flipped) expect(item.labelEnd - item.labelAt).toBeCloseTo(extent - 14, 6);
          else
            expect(item.labelEnd - item.labelAt).toBeGreaterThanOrEqual(
              Math.min(extent, 56) - 1e-6,
            );
        }
      }),
      { seed: 20261124, numRuns: 300 },
    );
  });

  test('layoutVisible() draws the same items whatever the previous frame, only lanes follow it', () => {
    fc.assert(
      fc.property(
        arbitraryEvents,
        arbitraryView,
        arbitraryView,
        fc.integer({ min: 0, max: 2 ** 31 }),
        (events, view, before, salt) => {
          const plain = layoutOf(events, view).layout.items;
          const seen = layoutOf(events, before).layout.items;
          const scrambled = new Map(seen.map((item, j) => [item.id, (j * 7 + salt) % 16]));
          for (const previous of [new Map(seen.map((item) => [item.id, item.lane])), scrambled]) {
            const { options, layout } = layoutOf(events, view, previous);
            const shape = (items: PlacedItem[]) =>
              items
                .map((item) => `${item.id}:${item.kind === 'event' && item.compact ? 'dot' : ''}`)
                .sort();
            expect(shape(layout.items)).toEqual(shape(plain));
            expectNoCollisions(layout.items, options.lanes, options.gap);
          }
        },
      ),
      { seed: 7, numRuns: 150 },
    );
  });

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
    'at zoom %i, each event in view is labelled, a dot or counted in exactly one cluster',
    (k) => {
      const { items, window } = layout(k);
      expectEachEventOnce(index, items, window);
    },
  );

  test('layoutVisible() draws at most about 200 items whatever the zoom', () => {
    for (const k of [1, 3, 30, 300, 3000])
      expect(layout(k, 3840).items.length).toBeLessThanOrEqual(230);
  });

  test('a cluster keeps its most notable events labelled when there is room', () => {
    // 60 events on one day, too many to label; two are cited by three documents each.
    const events = makeEvents(60, 3).map((event, i) => ({
      ...event,
      id: `e${i}`,
      title: `Event ${i}`,
      date: '1950-06-01',
      start: '1950-06-01',
      end: '1950-06-01',
      isRange: undefined,
      citations: ['a', 'b', 'c']
        .slice(0, i === 17 || i === 42 ? 3 : 1)
        .map((document) => ({ document, paragraph: 'p', start: 0, end: 1, text: 'x' })),
    }));
    const far = { ...events[0], id: 'far', start: '1960-01-01', end: '1960-01-01' };
    const { index, window, layout } = layoutOf([...events, far], {
      at: 0,
      zoom: 0,
      length: 1200,
      lanes: 6,
      vertical: false,
    });
    const cluster = layout.items.find((item) => item.kind === 'cluster');
    const labelled = layout.items.filter((item) => item.kind === 'event' && !item.compact);
    expect(cluster?.kind === 'cluster' && cluster.count).toBeLessThan(60);
    expect(labelled.map((item) => item.id)).toEqual(expect.arrayContaining(['e17', 'e42']));
    expectEachEventOnce(index, layout.items, window);
    // With one lane, the cluster has it: nothing notable squeezes in beside it.
    const one = layoutOf([...events, far], {
      at: 0,
      zoom: 0,
      length: 300,
      lanes: 1,
      vertical: false,
    });
    const crowded = one.layout.items.filter((item) => item.kind === 'cluster');
    expect(crowded.every((item) => item.kind === 'cluster' && item.labelled.length === 0)).toBe(
      true,
    );
  });

  test('zooming in splits clusters into smaller ones', () => {
    const biggest = (k: number) =>
      Math.max(0, ...layout(k).items.map((item) => (item.kind === 'cluster' ? item.count : 0)));
    expect(biggest(16)).toBeLessThan(biggest(1));
  });
});

describe('clusterTarget()', () => {
  // Eight events on one day, laid out as on a phone: two columns, so they stay a cluster.
  const sameDay = buildTimeIndex(
    Array.from({ length: 8 }, (_, i) => ({
      id: `s${i}`,
      title: `Same day ${i}`,
      date: '2001-09-11',
      start: '2001-09-11',
      end: '2001-09-11',
      precision: 'day' as const,
      tags: [],
      citations: [],
    })),
  );
  const dayDomain = fitDomain(sameDay.extent);
  const phone = (window: TimeWindow) =>
    layoutVisible({
      index: sameDay,
      pyramid: buildPyramid(sameDay, dayDomain),
      window,
      length: 577,
      lanes: 2,
      binPx: 72,
      labelExtent: () => 24,
      typicalExtent: 24,
      clusterExtent: 24,
      gap: 2,
    }).items.find((item) => item.kind === 'cluster');

  test('zooms no deeper than the deepest zoom, then leaves the cluster to be opened', () => {
    // Eight events of one day: a cluster, less those of them labelled where there was room.
    const cluster = phone(dayDomain) as PlacedCluster;
    expect(cluster.count + cluster.labelled.length).toBe(8);
    const target = clusterTarget(cluster, dayDomain, dayDomain);
    expect(target && (target.end - target.start) / DAY).toBeCloseTo(7, 6);
    const deepest = phone(target!) as PlacedCluster;
    expect(deepest.count + deepest.labelled.length, 'still one cluster at the deepest zoom').toBe(
      8,
    );
    expect(clusterTarget(deepest, dayDomain, target!)).toBeNull();
  });
});
