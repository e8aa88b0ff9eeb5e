import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { assignLanes, type LaneItem } from './lanes';

const item = fc
  .tuple(
    fc.double({ min: -500, max: 2000, noNaN: true }),
    fc.double({ min: 1, max: 300, noNaN: true }),
  )
  .map(([from, size]) => ({ from, to: from + size }));
const items = fc
  .array(item, { maxLength: 120 })
  .map((list) =>
    list.sort((a, b) => a.from - b.from).map((box, i): LaneItem => ({ id: `i${i}`, ...box })),
  );
const overlap = (a: LaneItem, b: LaneItem, gap: number) =>
  a.from < b.to + gap && b.from < a.to + gap;

describe('assignLanes()', () => {
  test('assignLanes() never puts two overlapping boxes in the same lane', () => {
    fc.assert(
      fc.property(
        items,
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 10 }),
        (list, lanes, gap) => {
          const assigned = assignLanes(list, { lanes, gap });
          list.forEach((a, i) =>
            list.forEach((b, j) => {
              if (i < j && assigned[i] >= 0 && assigned[i] === assigned[j])
                expect(overlap(a, b, gap)).toBe(false);
            }),
          );
        },
      ),
    );
  });

  test('assignLanes() leaves a box out only when every lane is taken where it goes', () => {
    fc.assert(
      fc.property(items, fc.integer({ min: 1, max: 6 }), (list, lanes) => {
        const assigned = assignLanes(list, { lanes, gap: 4 });
        list.forEach((a, i) => {
          if (assigned[i] >= 0) return;
          for (let lane = 0; lane < lanes; lane++) {
            expect(list.some((b, j) => j < i && assigned[j] === lane && overlap(a, b, 4))).toBe(
              true,
            );
          }
        });
      }),
    );
  });

  test.each([
    ['keeps the lane of the previous frame when it is free', new Map([['b', 2]]), [0, 2]],
    ['moves a box whose previous lane is beyond the lanes there are', new Map([['b', 9]]), [0, 1]],
  ])('assignLanes() %s', (_, previous, expected) => {
    const list = [
      { id: 'a', from: 0, to: 50 },
      { id: 'b', from: 10, to: 60 },
    ];
    expect(assignLanes(list, { lanes: 3, gap: 0, previous })).toEqual(expected);
  });
});
