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
}

/** The non-empty bins of one level, by bin number. */
export interface PyramidLevel {
  keys: Int32Array;
  lo: Int32Array;
  hi: Int32Array;
}

/** A bin (cluster) seen in a window. `start`/`end` bound the bin, not its events. */
export interface Bin {
  level: number;
  key: number;
  lo: number;
  hi: number;
  start: number;
  end: number;
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
  return { domain, levels };
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
    bins.push({ level, key: keys[j], lo: lo[j], hi: hi[j], start, end: start + width });
  }
  return bins;
}
