import fc from 'fast-check';
import { expect, it } from 'vitest';
import { lowerBoundBy } from './sorted';

it('lowerBoundBy() finds what a search from the start finds, on any sorted list', () => {
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: -50, max: 50 })),
      fc.integer({ min: -60, max: 60 }),
      (raw, value) => {
        const items = [...raw].sort((a, b) => a - b).map((n) => ({ at: n }));
        const linear = items.findIndex((item) => item.at >= value);
        expect(lowerBoundBy(items, value, (item) => item.at)).toBe(
          linear < 0 ? items.length : linear,
        );
      },
    ),
    { seed: 5, numRuns: 500 },
  );
});
