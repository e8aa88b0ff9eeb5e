import { binWidth, findBins, levelFor, type ClusterPyramid } from '../lib/layout/pyramid';
import type { TimeWindow } from '../lib/layout/view';

/** Where to paint a density strip: along the time axis, `length` px; `depth` px across. */
export interface DensityTarget {
  context: CanvasRenderingContext2D;
  window: TimeWindow;
  length: number;
  depth: number;
  vertical: boolean;
  color: string;
}

/**
 * Paints how many events start in each few-pixel slice of the window, as bars on a square-root
 * scale, from the pyramid level whose bins are about `binPx` wide: work follows the width,
 * not the number of events.
 */
export function drawDensity(pyramid: ClusterPyramid, target: DensityTarget, binPx = 3): void {
  const { context, window, length, depth, vertical } = target;
  const msPerPx = (window.end - window.start) / length;
  const level = levelFor(pyramid, msPerPx, binPx);
  const bins = findBins(pyramid, level, window.start, window.end);
  const size = Math.max(1, binWidth(pyramid, level) / msPerPx);
  let most = 1;
  for (const bin of bins) most = Math.max(most, bin.hi - bin.lo);
  context.fillStyle = target.color;
  for (const bin of bins) {
    const along = (bin.start - window.start) / msPerPx;
    const bar = Math.max(1, Math.sqrt((bin.hi - bin.lo) / most) * depth);
    const thick = Math.max(1, size - (size > 3 ? 1 : 0));
    if (vertical) context.fillRect(0, along, bar, thick);
    else context.fillRect(along, depth - bar, thick, bar);
  }
}
