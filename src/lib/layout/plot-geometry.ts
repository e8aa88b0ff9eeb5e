/**
 * Where things go in the plot: the axis band, the lanes and the density strip, across the
 * time axis. Horizontal: time runs left to right, lanes are rows. Vertical (phones): time runs
 * down, lanes are columns.
 */

/** Sizes in px; `length` is along the time axis, the rest across it. */
export interface PlotGeometry {
  vertical: boolean;
  width: number;
  height: number;
  length: number;
  /** Across-axis space taken by the axis (top band, or left column). */
  axisSize: number;
  lanes: number;
  laneSize: number;
  /** Across-axis space of the density strip (bottom band, or right column). */
  densitySize: number;
  /**
   * Vertical only: a column before the density strip for the context labels ("1990s", "20th
   * century"), written down the page, so they never run over the events. 0 when horizontal
   * (the labels sit in the axis band there).
   */
  contextSize: number;
}

const H = { axis: 48, lane: 26, density: 20 };
const V = { axis: 46, minColumn: 130, density: 8, context: 15 };

/**
 * The geometry of a `width` x `height` plot. `axisLabelPx` is the width of the widest tick
 * label: when vertical, the axis column widens to hold it ("3000 BC" does not fit in 46 px).
 */
export function plotGeometry(
  width: number,
  height: number,
  vertical: boolean,
  axisLabelPx = 0,
): PlotGeometry {
  if (!vertical) {
    const lanes = Math.max(1, Math.floor((height - H.axis - H.density - 4) / H.lane));
    return {
      vertical,
      width,
      height,
      length: width,
      axisSize: H.axis,
      lanes,
      laneSize: H.lane,
      densitySize: H.density,
      contextSize: 0,
    };
  }
  // The labels end 10 px before the axis line (Axis.svelte), a few px from the left edge.
  const axis = Math.max(V.axis, Math.ceil(axisLabelPx) + 14);
  const room = Math.max(width - axis - V.context - V.density - 4, 1);
  const lanes = Math.max(1, Math.floor(room / V.minColumn));
  const laneSize = Math.floor(room / lanes);
  return {
    vertical,
    width,
    height,
    length: height,
    axisSize: axis,
    lanes,
    laneSize,
    densitySize: V.density,
    contextSize: V.context,
  };
}
