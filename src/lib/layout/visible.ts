import type { TimelineEvent } from '../types';
import { assignLanes } from './lanes';
import {
  binWidth,
  findBins,
  levelFor,
  NOTABLE,
  notableOf,
  type Bin,
  type ClusterPyramid,
} from './pyramid';
import { findCarriedIn, type TimeIndex } from './time-index';
import { clampWindow, DAY, MIN_SPAN, type TimeWindow } from './view';

/**
 * What to draw for a window: the events that get a label, each in a lane, and clusters (with a
 * count) where events are too dense. Work depends on the window, not on the dataset: the
 * clusters come from the pyramid, and at most `maxItems` items are laid out.
 */

/** An event with a label. `a0`-`a1` is its mark along the axis (px); `from`-`to` its box. */
export interface PlacedEvent {
  kind: 'event';
  id: string;
  index: number;
  event: TimelineEvent;
  a0: number;
  a1: number;
  /** Where the label starts along the axis (kept on screen for ranges running in). */
  labelAt: number;
  /**
   * Where the label's box ends (before the mark when flipped): its text is cut there with an
   * ellipsis. Where labels flip, never past the end of the axis, whose edge would cut it bare.
   */
  labelEnd: number;
  from: number;
  to: number;
  lane: number;
  /** True when the label sits before the mark (it would run off the end of the axis). */
  flipped: boolean;
  /** True when only the mark is drawn: no room for the label. */
  compact?: boolean;
}

/** A cluster of `count` events starting between `first` and `last` (ms). */
export interface PlacedCluster {
  kind: 'cluster';
  id: string;
  count: number;
  /** Its events are `index.events[lo]` to `index.events[hi - 1]`, less `labelled`. */
  lo: number;
  hi: number;
  /** Those of its events labelled on their own (its most notable, where there was room). */
  labelled: number[];
  first: number;
  last: number;
  a0: number;
  from: number;
  to: number;
  lane: number;
}

export type PlacedItem = PlacedEvent | PlacedCluster;

/** Inputs of `layoutVisible`; lengths are px along the time axis. */
export interface VisibleOptions {
  index: TimeIndex;
  pyramid: ClusterPyramid;
  window: TimeWindow;
  /** Length of the time axis in px. */
  length: number;
  lanes: number;
  /** Preferred width of a cluster bin in px. */
  binPx: number;
  /** Extent along the axis of an event's label (px), given the length of its mark. */
  labelExtent: (event: TimelineEvent) => number;
  /** Typical label extent, to decide how many events a bin can label. */
  typicalExtent: number;
  clusterExtent: number;
  gap: number;
  maxItems?: number;
  /** Put labels before short marks near the end of the axis, where they would be cut. */
  flip?: boolean;
  /** Last frame's lanes by item id: kept where they still fit; never changes what is drawn. */
  previous?: ReadonlyMap<string, number>;
}

/** The laid-out window; `level` is the pyramid level of the clusters. */
export interface VisibleLayout {
  items: PlacedItem[];
  level: number;
}

/** Passes that cluster only the bins where many labels found no room. */
const LENIENT_PASSES = 5;
/** Marks shorter than this (px) may have their label flipped; also the room for a dot. */
const FLIP_BELOW = 14;
/** The shortest a label may be shortened to at the end of the axis (px). */
const MIN_LABEL = 56;
/** Gap (px) around a dot drawn without its label. */
const BARE_GAP = 2;

/**
 * Lays out the window: see the module comment. Pure and total: every event that starts in the
 * window is in exactly one item, a labelled event, a dot (`compact`) or a cluster's count.
 * Which of the three does not depend on `previous`, which only keeps lanes steady.
 */
export function layoutVisible(options: VisibleOptions): VisibleLayout {
  const { index, pyramid, window, length, lanes, gap } = options;
  const msPerPx = (window.end - window.start) / length;
  const at = (time: number) => (time - window.start) / msPerPx;
  const level = levelWithRoom(pyramid, msPerPx, options);
  const margin = binWidth(pyramid, level);
  const bins = findBins(pyramid, level, window.start - margin, window.end + margin);
  const perLane = Math.max(1, Math.floor(margin / msPerPx / options.typicalExtent));
  const maxItems = options.maxItems ?? 200;
  const capacity = Math.max(
    1,
    Math.min(2 * lanes * perLane, Math.floor(maxItems / Math.max(1, bins.length))),
  );
  const carried = findCarriedIn(index, bins.length ? bins[0].start : window.start, lanes);
  const clustered = new Set(bins.filter((bin) => bin.hi - bin.lo > capacity).map((bin) => bin.key));

  const unflipped = new Set<number>();
  const placeEvent = (i: number): PlacedEvent => {
    const event = index.events[i];
    const a0 = at(index.starts[i]);
    const a1 = Math.max(at(index.ends[i]), a0);
    const extent = options.labelExtent(event);
    const base = { kind: 'event' as const, id: event.id, index: i, event, a0, a1, lane: -1 };
    if (
      options.flip &&
      !unflipped.has(i) &&
      a1 - a0 < FLIP_BELOW &&
      a0 + extent > length &&
      a0 <= length &&
      a0 - extent >= 0
    ) {
      const from = a0 + FLIP_BELOW - extent;
      const to = Math.max(a1, a0 + FLIP_BELOW);
      return { ...base, labelAt: from, labelEnd: a0, from, to, flipped: true };
    }
    const labelAt = Math.min(Math.max(a0, 0), Math.max(a1 - options.typicalExtent, a0));
    // At the end of the axis a label that could not flip is shortened (ellipsis), not cut off;
    // with less room than the shortest label, only its mark is drawn.
    const end = options.flip ? length : Infinity;
    if (end - labelAt < MIN_LABEL) return { ...base, ...markOnly(a0, a1), flipped: false };
    const labelEnd = Math.min(labelAt + extent, end);
    return { ...base, labelAt, labelEnd, from: a0, to: Math.max(a1, labelEnd), flipped: false };
  };
  const placeCluster = (bin: Bin): PlacedCluster => {
    const left = at(bin.start);
    const right = at(bin.end) - options.clusterExtent - gap;
    const a0 = Math.max(left, Math.min(at(index.starts[bin.lo]), right));
    return {
      kind: 'cluster',
      id: `c${bin.level}-${bin.key}`,
      count: bin.hi - bin.lo,
      lo: bin.lo,
      hi: bin.hi,
      labelled: [],
      first: index.starts[bin.lo],
      last: index.starts[bin.hi - 1],
      a0,
      from: a0,
      to: a0 + options.clusterExtent,
      lane: -1,
    };
  };

  for (let pass = 0; ; pass++) {
    const clusters = bins.filter((bin) => clustered.has(bin.key)).map(placeCluster);
    const events = carried.map(placeEvent);
    const owner: (Bin | null)[] = carried.map(() => null);
    for (const bin of bins) {
      if (clustered.has(bin.key)) continue;
      for (let i = bin.lo; i < bin.hi; i++) {
        events.push(placeEvent(i));
        owner.push(bin);
      }
    }
    const items: PlacedItem[] = [...clusters, ...events];
    fitLanes(items, lanes, gap);
    // A flipped label that found no room gets a try on the usual side.
    const retry = events.filter((event) => event.lane < 0 && event.flipped);
    for (const event of retry) unflipped.add(event.index);
    // First, a bin turns into a cluster when more than a quarter of its events found no room
    // (which frees room for the others); then, once that settles, when any did. Ranges that
    // began before the window and found no room are left out: they are reached at their start.
    const misses = new Map<Bin, number>();
    events.forEach((event, j) => {
      const bin = owner[j];
      if (event.lane < 0 && !event.flipped && bin) misses.set(bin, (misses.get(bin) ?? 0) + 1);
    });
    const lenient = pass < LENIENT_PASSES;
    let failed = [...misses].filter(([bin, n]) => !lenient || n > (bin.hi - bin.lo) / 4);
    if (lenient && !failed.length && !retry.length) failed = [...misses];
    if (!failed.length && !retry.length) {
      const placed = items.filter((item) => item.lane >= 0);
      const notable = labelNotable(placed, clusters, (bin) => notableOf(pyramid, bin), {
        bins,
        placeEvent,
        lanes,
        gap,
      });
      const drawn = openSmallClusters(placed.concat(notable), { placeEvent, lanes, gap });
      steadyLanes(drawn, lanes, gap, options.previous);
      return { items: drawn, level };
    }
    for (const [bin] of failed) clustered.add(bin.key);
  }
}

/** The box of an event drawn without its label: its mark, and room for a dot. */
function markOnly(a0: number, a1: number) {
  return { labelAt: a0, labelEnd: a0, from: a0, to: Math.max(a1, a0 + FLIP_BELOW), compact: true };
}

/**
 * A cluster is a count of two events or more. One whose notable events took all but one (or
 * all) of its events, or a bin of one event with no room for it, is drawn as that event
 * instead, labelled where its label fits, else as its mark: it takes the cluster's room and
 * any other. Where even its mark finds none, the cluster gets back its last labelled event
 * (a count of two); a lone event with nowhere to go stays a count (rare: a crowded plot of
 * few lanes, the event just before the next cluster). Returns the items to draw.
 */
function openSmallClusters(
  items: readonly PlacedItem[],
  context: { placeEvent: (i: number) => PlacedEvent; lanes: number; gap: number },
): PlacedItem[] {
  const { placeEvent, lanes, gap } = context;
  let drawn = [...items];
  for (const cluster of items) {
    if (cluster.kind !== 'cluster' || cluster.count > 1) continue;
    drawn = drawn.filter((item) => item !== cluster);
    if (cluster.count === 0) continue;
    let last = cluster.lo;
    while (cluster.labelled.includes(last)) last++;
    const event = placeEvent(last);
    const mark = { ...event, ...markOnly(event.a0, event.a1) };
    // Its own lane first: the cluster's box there is free now.
    const order = [cluster.lane, ...Array.from({ length: lanes }, (_, lane) => lane)];
    const laneFor = (box: PlacedEvent, room: number) =>
      order.find((lane) =>
        drawn.every(
          (other) =>
            other.lane !== lane || other.to + room <= box.from || box.to + room <= other.from,
        ),
      );
    // A range whose bar finds no room is drawn from its start only, as the count was.
    const start = { ...mark, to: mark.a0 + FLIP_BELOW };
    const tries: [PlacedEvent, number][] = [
      ...(event.compact ? [] : [[event, gap] as [PlacedEvent, number]]),
      [mark, BARE_GAP],
      [start, BARE_GAP],
    ];
    const shown = tries
      .map(([box, room]) => ({ box, lane: laneFor(box, room) }))
      .find((fit) => fit.lane !== undefined);
    if (shown) {
      drawn.push({ ...shown.box, lane: shown.lane as number });
      continue;
    }
    const back = cluster.labelled.pop();
    if (back !== undefined)
      drawn = drawn.filter((item) => item.kind !== 'event' || item.index !== back);
    cluster.count += back === undefined ? 0 : 1;
    drawn.push(cluster);
  }
  return drawn;
}

/** At most this many of the clusters' notable events are labelled in one view. */
const MAX_NOTABLE = 40;

/**
 * Where a bin is a cluster, its most notable events keep their labels when there is room left
 * (the way a map names its big cities before it can name every town): they leave the cluster's
 * count, and stay labelled as the view zooms in. They never take room from anything else.
 */
function labelNotable(
  placed: readonly PlacedItem[],
  clusters: readonly PlacedCluster[],
  notableIn: (bin: Bin) => number[],
  context: {
    bins: readonly Bin[];
    placeEvent: (i: number) => PlacedEvent;
    lanes: number;
    gap: number;
  },
): PlacedEvent[] {
  const { bins, placeEvent, lanes, gap } = context;
  const taken: { from: number; to: number }[][] = Array.from({ length: lanes }, () => []);
  for (const item of placed) taken[item.lane].push(item);
  const fits = (lane: number, box: { from: number; to: number }) =>
    taken[lane].every((other) => other.to + gap <= box.from || box.to + gap <= other.from);
  // A cluster is one bin: bins do not share events, so its first event tells which.
  const clusterAt = new Map(clusters.map((cluster) => [cluster.lo, cluster]));
  const candidates = bins
    .map((bin) => ({ bin, cluster: clusterAt.get(bin.lo) }))
    .filter((c): c is { bin: Bin; cluster: PlacedCluster } => c.cluster !== undefined)
    .map((c) => ({ ...c, notable: notableIn(c.bin) }));
  const labelled: PlacedEvent[] = [];
  // Round by round (each cluster's most notable, then each one's next...), up to a budget: the
  // labels spread over the clusters, and a dense view does not redraw many more items a frame.
  for (let rank = 0; rank < NOTABLE && labelled.length < MAX_NOTABLE; rank++) {
    for (const { cluster, notable } of candidates) {
      if (rank >= notable.length || labelled.length >= MAX_NOTABLE) continue;
      const i = notable[rank];
      const event = placeEvent(i);
      for (let lane = 0; lane < lanes && event.lane < 0; lane++)
        if (fits(lane, event)) event.lane = lane;
      if (event.lane < 0) continue;
      taken[event.lane].push(event);
      labelled.push(event);
      cluster.labelled.push(i);
      cluster.count--;
    }
  }
  return labelled;
}

/**
 * The level whose bins are about `binPx` wide, but never so fine that a cluster box and the
 * gap after it do not fit in a bin: then clusters never overlap and always find a lane.
 */
function levelWithRoom(
  pyramid: ClusterPyramid,
  msPerPx: number,
  options: Pick<VisibleOptions, 'binPx' | 'clusterExtent' | 'gap'>,
): number {
  const span = pyramid.domain.end - pyramid.domain.start;
  const room = Math.floor(Math.log2(span / (msPerPx * (options.clusterExtent + options.gap))));
  return Math.max(0, Math.min(levelFor(pyramid, msPerPx, options.binPx), room));
}

/**
 * Gives lanes to `items` in priority order (clusters first, so they always fit); an event with
 * no room for its label becomes a bare dot when a dot fits. Sets `lane` (and `compact`).
 */
function fitLanes(items: PlacedItem[], lanes: number, gap: number): void {
  assignLanes(items, { lanes, gap }).forEach((lane, j) => (items[j].lane = lane));
  const bare = items.filter(
    (item): item is PlacedEvent => item.kind === 'event' && item.lane < 0 && !item.flipped,
  );
  if (!bare.length) return;
  for (const event of bare) Object.assign(event, markOnly(event.a0, event.a1));
  const placed = items.filter((item) => item.lane >= 0);
  const kept = new Map(placed.map((item) => [item.id, item.lane]));
  const again = assignLanes([...placed, ...bare], { lanes, gap: BARE_GAP, previous: kept });
  bare.forEach((event, j) => (event.lane = again[placed.length + j]));
}

/**
 * Moves the laid-out items back to the lanes they had in the previous frame where that still
 * leaves every item a lane; otherwise keeps the lanes as they are. Never changes which items
 * are drawn.
 */
function steadyLanes(
  items: PlacedItem[],
  lanes: number,
  gap: number,
  previous: ReadonlyMap<string, number> | undefined,
): void {
  if (!previous?.size) return;
  const labelled = items.filter((item) => item.kind === 'cluster' || !item.compact);
  const bare = items.filter((item) => item.kind === 'event' && item.compact);
  const first = assignLanes(labelled, { lanes, gap, previous });
  if (first.some((lane) => lane < 0)) return;
  const kept = new Map(previous);
  labelled.forEach((item, j) => kept.set(item.id, first[j]));
  const second = assignLanes([...labelled, ...bare], { lanes, gap: BARE_GAP, previous: kept });
  if (second.some((lane) => lane < 0)) return;
  labelled.forEach((item, j) => (item.lane = first[j]));
  bare.forEach((item, j) => (item.lane = second[labelled.length + j]));
}

/** The window to zoom to so a cluster's events spread out: its span plus 15% a side. */
export function clusterWindow(cluster: PlacedCluster): TimeWindow {
  const span = Math.max(cluster.last - cluster.first, DAY);
  return { start: cluster.first - span * 0.15, end: cluster.last + DAY + span * 0.15 };
}

/**
 * Where a click on a cluster goes: `clusterWindow` kept inside `domain` and no narrower than
 * the deepest zoom, or null when that would not narrow `current` (events of one day that
 * outnumber the lanes stay a cluster at the deepest zoom; the caller then opens the first).
 */
export function clusterTarget(
  cluster: PlacedCluster,
  domain: TimeWindow,
  current: TimeWindow,
): TimeWindow | null {
  const target = clampWindow(domain, clusterWindow(cluster), MIN_SPAN);
  const narrower = target.end - target.start < (current.end - current.start) * 0.95;
  return narrower ? target : null;
}
