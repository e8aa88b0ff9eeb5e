/**
 * First index `i` with `key(items[i]) >= value`, for `items` sorted ascending by `key` (by
 * halves). `lowerBound` in layout/time-index.ts is its twin over plain number arrays, kept
 * separate for the timeline's per-frame work.
 */
export function lowerBoundBy<T>(
  items: readonly T[],
  value: number,
  key: (item: T) => number,
): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(items[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
