import { lowerBound, type TimeIndex } from './time-index';
import { DAY, type TimeWindow } from './view';

/**
 * Clusters of events per zoom level, like map tiles: level `L` cuts the domain into `2^L`
 * equal bins, and each non-empty bin is the index range `[lo, hi)` of the events starting in
 * it (they are contiguous, the index being sorted by start). Built once per dataset.
 */
export interface ClusterPyramid {
  domain: TimeWindow;
  levels: PyramidLevel[];
  /** How notable each event is, by index (the time index's). */
  importance: Uint8Array;
}

/** The non-empty bins of one level, by bin number. */
export interface PyramidLevel {
  keys: Int32Array;
  lo: Int32Array;
  hi: Int32Array;
  /**
   * Per bin, its `NOTABLE` most notable events (most notable first, -1 after the last), ranked
   * when first asked for (`notableOf`): most bins of most levels are never seen.
   */
  notable?: Int32Array;
  /** Which bins `notable` holds yet. */
  ranked?: Uint8Array;
}

/** How many of a bin's events are kept as its most notable: labelled even in a cluster. */
export const NOTABLE = 6;

/** A bin (cluster) seen in a window. `start`/`end` bound the bin, not its events. */
export interface Bin {
  level: number;
  key: number;
  lo: number;
  hi: number;
  start: number;
  end: number;
  /** Its position in its level (for `notableOf`). */
  slot: number;
}

/** Deepest level: bins of at least half a day. */
export function deepestLevel(domain: TimeWindow): number {
  return Math.max(0, Math.min(26, Math.floor(Math.log2((domain.end - domain.start) / (DAY / 2)))));
}

/** Builds every level from the finest one up, merging bins pairwise. */
export function buildPyramid(index: TimeIndex, domain: TimeWindow): ClusterPyramid {
  const depth = deepestLevel(domain);
  const width = (domain.end - domain.start) / 2 ** depth;
  const n = index.starts.length;
  // Typed arrays filled in place, then trimmed: this runs over every event at load.
  const keys = new Int32Array(n);
  const lo = new Int32Array(n);
  const hi = new Int32Array(n);
  let count = 0;
  const last = 2 ** depth - 1;
  for (let i = 0; i < n; i++) {
    const key = Math.min(last, Math.max(0, Math.floor((index.starts[i] - domain.start) / width)));
    if (count && keys[count - 1] === key) hi[count - 1] = i + 1;
    else {
      keys[count] = key;
      lo[count] = i;
      hi[count] = i + 1;
      count++;
    }
  }
  const levels: PyramidLevel[] = [];
  levels[depth] = { keys: keys.slice(0, count), lo: lo.slice(0, count), hi: hi.slice(0, count) };
  for (let level = depth - 1; level >= 0; level--) levels[level] = mergeLevel(levels[level + 1]);
  return { domain, levels, importance: index.importance };
}

/**
 * The order of notability: more important first; among equals, a fixed scatter of the indices
 * (a multiplicative hash), so that equally notable events are picked spread along time, and an
 * event picked in a bin is picked again in the half of it that holds it (the order is global).
 */
function before(a: number, b: number, importance: Uint8Array): boolean {
  if (importance[a] !== importance[b]) return importance[a] > importance[b];
  return Math.imul(a, 0x9e3779b1) >>> 0 < Math.imul(b, 0x9e3779b1) >>> 0;
}

/** Writes the `NOTABLE` most notable of events `lo`..`hi - 1` at `out[at..]`, -1 after. */
function rankInto(out: Int32Array, at: number, lo: number, hi: number, importance: Uint8Array) {
  let size = 0;
  for (let i = lo; i < hi; i++) {
    if (size === NOTABLE && !before(i, out[at + NOTABLE - 1], importance)) continue;
    let k = Math.min(size, NOTABLE - 1);
    while (k > 0 && before(i, out[at + k - 1], importance)) {
      out[at + k] = out[at + k - 1];
      k--;
    }
    out[at + k] = i;
    if (size < NOTABLE) size++;
  }
  for (let k = size; k < NOTABLE; k++) out[at + k] = -1;
}

/**
 * Bins of more events than this are ranked from their two halves' rankings (the order is
 * global, so the best of the halves' bests is the bin's best), each half in turn the same way:
 * a bin of a million events seen for the first time while zooming costs a few thousand reads,
 * not a million, once the bins under it have been ranked (they are kept).
 */
const RANK_DIRECTLY = 4096;

/** Ranks bin `slot` of level `depth` if it is not ranked yet (see `RANK_DIRECTLY`). */
function rankSlot(pyramid: ClusterPyramid, depth: number, slot: number): void {
  const level = pyramid.levels[depth];
  const notable = (level.notable ??= new Int32Array(level.keys.length * NOTABLE));
  const ranked = (level.ranked ??= new Uint8Array(level.keys.length));
  if (ranked[slot]) return;
  const { importance } = pyramid;
  const finer = pyramid.levels[depth + 1];
  if (level.hi[slot] - level.lo[slot] <= RANK_DIRECTLY || !finer) {
    rankInto(notable, slot * NOTABLE, level.lo[slot], level.hi[slot], importance);
  } else {
    // The halves are the finer level's bins `2 * key` and `2 * key + 1` (either may be empty).
    const first = lowerBound(finer.keys, level.keys[slot] * 2);
    const second = first + 1 < finer.keys.length && finer.keys[first + 1] >> 1 === level.keys[slot];
    rankSlot(pyramid, depth + 1, first);
    if (second) rankSlot(pyramid, depth + 1, first + 1);
    const finerNotable = finer.notable as Int32Array;
    let a = first * NOTABLE;
    let b = second ? (first + 1) * NOTABLE : -1;
    const endA = a + NOTABLE;
    const endB = b + NOTABLE;
    for (let k = slot * NOTABLE; k < (slot + 1) * NOTABLE; k++) {
      const hasA = a < endA && finerNotable[a] >= 0;
      const hasB = b >= 0 && b < endB && finerNotable[b] >= 0;
      if (!hasA && !hasB) notable[k] = -1;
      else if (hasA && (!hasB || before(finerNotable[a], finerNotable[b], importance)))
        notable[k] = finerNotable[a++];
      else notable[k] = finerNotable[b++];
    }
  }
  ranked[slot] = 1;
}

/** The most notable events of a bin (at most `NOTABLE`), most notable first. */
export function notableOf(pyramid: ClusterPyramid, bin: Bin): number[] {
  rankSlot(pyramid, bin.level, bin.slot);
  const notable = pyramid.levels[bin.level].notable as Int32Array;
  const out: number[] = [];
  for (let k = bin.slot * NOTABLE; k < (bin.slot + 1) * NOTABLE && notable[k] >= 0; k++)
    out.push(notable[k]);
  return out;
}

function mergeLevel(finer: PyramidLevel): PyramidLevel {
  const size = finer.keys.length;
  const keys = new Int32Array(size);
  const lo = new Int32Array(size);
  const hi = new Int32Array(size);
  let count = 0;
  for (let j = 0; j < size; j++) {
    const key = finer.keys[j] >> 1;
    if (count && keys[count - 1] === key) hi[count - 1] = finer.hi[j];
    else {
      keys[count] = key;
      lo[count] = finer.lo[j];
      hi[count] = finer.hi[j];
      count++;
    }
  }
  return { keys: keys.slice(0, count), lo: lo.slice(0, count), hi: hi.slice(0, count) };
}

/** Width of a bin at `level`, in ms. */
export function binWidth(pyramid: ClusterPyramid, level: number): number {
  return (pyramid.domain.end - pyramid.domain.start) / 2 ** level;
}

/** The level whose bins are closest to `targetPx` wide at `msPerPx`, within the pyramid. */
export function levelFor(pyramid: ClusterPyramid, msPerPx: number, targetPx: number): number {
  const span = pyramid.domain.end - pyramid.domain.start;
  const level = Math.round(Math.log2(span / (msPerPx * targetPx)));
  if (!Number.isFinite(level)) return level > 0 ? pyramid.levels.length - 1 : 0;
  return Math.max(0, Math.min(pyramid.levels.length - 1, level));
}

/** The non-empty bins of `level` that overlap `[t0, t1)`, in time order. */
export function findBins(pyramid: ClusterPyramid, level: number, t0: number, t1: number): Bin[] {
  const { keys, lo, hi } = pyramid.levels[level];
  const width = binWidth(pyramid, level);
  const k0 = Math.floor((t0 - pyramid.domain.start) / width);
  const k1 = Math.floor((t1 - pyramid.domain.start) / width);
  const bins: Bin[] = [];
  for (let j = lowerBound(keys, k0); j < keys.length && keys[j] <= k1; j++) {
    const start = pyramid.domain.start + keys[j] * width;
    bins.push({ level, key: keys[j], lo: lo[j], hi: hi[j], start, end: start + width, slot: j });
  }
  return bins;
}
