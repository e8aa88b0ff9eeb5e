import { selection } from 'd3-selection';

/**
 * Stands in for d3-transition and d3-interpolate, which d3-zoom imports only for zooms run as
 * d3 transitions (vite.config.ts aliases both here). The timeline animates with its own tween
 * (zoom.ts) and never hands d3-zoom a transition, so the app need not ship d3-transition,
 * d3-interpolate, d3-color, d3-ease and d3-timer (about 10 KB gzip).
 */

/** d3-zoom stops a running d3 transition before each gesture: there is never one. */
export function interrupt(): void {}

/** d3-zoom's default path for transitions, which it only follows inside a d3 transition. */
export function interpolateZoom(): never {
  throw new Error('sourceline zooms without d3 transitions (see src/timeline/zoom.ts)');
}

selection.prototype.interrupt = function () {
  return this;
};
