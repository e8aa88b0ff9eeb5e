/**
 * Greedy lane assignment with collision boxes: every item occupies `[from, to]` px along the
 * time axis, and no two items in a lane come closer than `gap`. Items keep the lane they had
 * in the previous frame when it is free, so labels do not jump while panning.
 */

/** A box along the time axis, in px. */
export interface LaneItem {
  id: string;
  from: number;
  to: number;
}

/** How many lanes there are, the gap between boxes, and last frame's lanes by id. */
export interface LaneOptions {
  lanes: number;
  gap: number;
  previous?: ReadonlyMap<string, number>;
}

/** Lane of each item in input order, or -1 when no lane has room. Input order is priority. */
export function assignLanes(items: readonly LaneItem[], options: LaneOptions): number[] {
  const { lanes, gap, previous } = options;
  const taken: LaneItem[][] = Array.from({ length: lanes }, () => []);
  const fits = (lane: number, item: LaneItem) =>
    taken[lane].every((other) => other.to + gap <= item.from || item.to + gap <= other.from);
  return items.map((item) => {
    const before = previous?.get(item.id);
    let lane = -1;
    if (before !== undefined && before < lanes && fits(before, item)) lane = before;
    for (let candidate = 0; lane < 0 && candidate < lanes; candidate++) {
      if (fits(candidate, item)) lane = candidate;
    }
    if (lane >= 0) taken[lane].push(item);
    return lane;
  });
}
