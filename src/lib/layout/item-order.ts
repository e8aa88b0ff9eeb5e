import type { PlacedItem } from './visible';

/**
 * The drawn items in the order the keyboard walks them: along the time axis (where each mark
 * starts), then across the lanes. Pure.
 */
export function itemsAlongTime(items: readonly PlacedItem[]): PlacedItem[] {
  return [...items].sort((a, b) => a.a0 - b.a0 || a.lane - b.lane);
}

/** The item `by` steps from the one with `id` along time; null past either end or if not drawn. */
export function stepFrom(items: readonly PlacedItem[], id: string, by: number): PlacedItem | null {
  const order = itemsAlongTime(items);
  const at = order.findIndex((item) => item.id === id);
  return at < 0 ? null : (order[at + by] ?? null);
}

/**
 * The one item of the timeline that Tab stops at (a roving tab stop): the first of `preferred`
 * that is drawn (the one last focused, then the selected one), else the earliest event drawn
 * (a person tabbing in wants an event before a cluster), else the earliest cluster.
 */
export function tabStopOf(
  items: readonly PlacedItem[],
  preferred: readonly (string | null)[],
): string | null {
  for (const id of preferred) if (id !== null && items.some((item) => item.id === id)) return id;
  let earliest: PlacedItem | null = null;
  for (const item of items) {
    if (!earliest) earliest = item;
    else if (item.kind !== earliest.kind) {
      if (item.kind === 'event') earliest = item;
    } else if (item.a0 < earliest.a0 || (item.a0 === earliest.a0 && item.lane < earliest.lane))
      earliest = item;
  }
  return earliest?.id ?? null;
}
