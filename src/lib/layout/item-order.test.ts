import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemsAlongTime, stepFrom, tabStopOf } from './item-order';
import type { PlacedCluster, PlacedItem } from './visible';

function item(id: string, a0: number, lane: number): PlacedItem {
  const cluster: PlacedCluster = {
    kind: 'cluster',
    id,
    count: 2,
    lo: 0,
    hi: 2,
    labelled: [],
    first: 0,
    last: 1,
    a0,
    from: a0,
    to: a0 + 30,
    lane,
  };
  return cluster;
}

const drawn = fc
  .uniqueArray(fc.tuple(fc.integer({ min: -500, max: 2000 }), fc.integer({ min: 0, max: 12 })), {
    maxLength: 40,
    selector: ([a0, lane]) => `${a0}/${lane}`,
  })
  .map((places) => places.map(([a0, lane], i) => item(`i${i}`, a0, lane)));

describe('walking the drawn items with the keyboard', () => {
  it('orders them along the axis, then down the lanes', () => {
    const order = itemsAlongTime([item('b', 10, 2), item('c', 40, 0), item('a', 10, 0)]);
    expect(order.map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });

  it('steps forward through every item once, in that order, and stops at the end', () => {
    fc.assert(
      fc.property(drawn, (items) => {
        const order = itemsAlongTime(items);
        const seen: string[] = [];
        let at: PlacedItem | null = order[0] ?? null;
        while (at) {
          seen.push(at.id);
          at = stepFrom(items, at.id, 1);
        }
        expect(seen).toEqual(order.map((i) => i.id));
        if (order.length) expect(stepFrom(items, order[0].id, -1)).toBeNull();
      }),
    );
  });

  it('finds nothing from an item that is not drawn', () => {
    expect(stepFrom([item('a', 0, 0)], 'gone', 1)).toBeNull();
  });

  it('puts the tab stop on the focused item, else the selected one, else the earliest', () => {
    const items = [item('late', 90, 0), item('early', 5, 3), item('mid', 40, 1)];
    expect(tabStopOf(items, ['mid', 'late'])).toBe('mid');
    expect(tabStopOf(items, ['gone', 'late'])).toBe('late');
    expect(tabStopOf(items, [null, null])).toBe('early');
    expect(tabStopOf([], ['mid'])).toBeNull();
  });

  it('puts it on the earliest event rather than an earlier cluster', () => {
    const event: PlacedItem = { ...item('war', 300, 2), kind: 'event' } as PlacedItem;
    expect(tabStopOf([item('dense', 10, 0), event, item('later', 400, 0)], [null])).toBe('war');
  });

  it('always puts the tab stop on a drawn item when there is one', () => {
    fc.assert(
      fc.property(drawn, fc.option(fc.string()), (items, focused) => {
        const stop = tabStopOf(items, [focused]);
        if (!items.length) expect(stop).toBeNull();
        else expect(items.some((i) => i.id === stop)).toBe(true);
        if (!focused || !items.some((i) => i.id === focused))
          expect(stop).toBe(itemsAlongTime(items)[0]?.id ?? null);
      }),
    );
  });
});
