/**
 * The visible window of the timeline as a value, and its conversion to and from a d3-zoom-like
 * transform `{k, offset}` along one axis. Times are milliseconds since the epoch (UTC).
 */

/** One day in milliseconds. */
export const DAY = 86_400_000;

/** A span of time in ms UTC; `end > start`. */
export interface TimeWindow {
  start: number;
  end: number;
}

/** Zoom along one axis: scale `k` (1 = whole domain) and translation `offset` in px. */
export interface AxisTransform {
  k: number;
  offset: number;
}

/** Narrowest window the timeline zooms to: about a week. */
export const MIN_SPAN = 7 * DAY;

/**
 * The domain shown when everything fits: the events' extent plus a margin of 4% a side
 * (at least 15 days), never narrower than `MIN_SPAN`.
 */
export function fitDomain(extent: TimeWindow): TimeWindow {
  const span = Math.max(extent.end - extent.start, 0);
  const pad = Math.max(span * 0.04, 15 * DAY);
  const start = extent.start - pad;
  const end = Math.max(extent.end + pad, start + MIN_SPAN);
  return { start, end };
}

/** The zoom scale range `[1, kMax]` so the window never gets narrower than `minSpan`. */
export function zoomBounds(domain: TimeWindow, minSpan = MIN_SPAN): [number, number] {
  return [1, Math.max(1, (domain.end - domain.start) / minSpan)];
}

/** The transform that shows `window` when the whole `domain` spans `length` px at k = 1. */
export function windowToTransform(
  domain: TimeWindow,
  window: TimeWindow,
  length: number,
): AxisTransform {
  const k = (domain.end - domain.start) / (window.end - window.start);
  const offset = (-k * (window.start - domain.start) * length) / (domain.end - domain.start);
  return { k, offset };
}

/** The window a transform shows; inverse of `windowToTransform`. */
export function transformToWindow(
  domain: TimeWindow,
  transform: AxisTransform,
  length: number,
): TimeWindow {
  const msPerPx = (domain.end - domain.start) / (length * transform.k);
  const start = domain.start - transform.offset * msPerPx;
  return { start, end: start + length * msPerPx };
}

/** Keeps a window inside the domain and at least `minSpan` wide, preserving its centre. */
export function clampWindow(
  domain: TimeWindow,
  window: TimeWindow,
  minSpan = MIN_SPAN,
): TimeWindow {
  const full = domain.end - domain.start;
  const span = Math.min(Math.max(window.end - window.start, Math.min(minSpan, full)), full);
  const centre = (window.start + window.end) / 2;
  const start = Math.min(Math.max(centre - span / 2, domain.start), domain.end - span);
  return { start, end: start + span };
}

/** True when two windows differ by less than `tolerance` of their span at both ends. */
export function sameWindow(a: TimeWindow, b: TimeWindow, tolerance = 1e-6): boolean {
  const eps = (a.end - a.start) * tolerance;
  return Math.abs(a.start - b.start) <= eps && Math.abs(a.end - b.end) <= eps;
}
