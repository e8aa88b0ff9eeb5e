import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  clampWindow,
  DAY,
  fitDomain,
  MIN_SPAN,
  transformToWindow,
  windowToTransform,
  zoomBounds,
} from './view';

const domain = fitDomain({ start: Date.UTC(1900, 0, 1), end: Date.UTC(2025, 0, 1) });

describe('view', () => {
  test('fitDomain() adds a margin on both sides', () => {
    expect(domain.start).toBeLessThan(Date.UTC(1900, 0, 1));
    expect(domain.end).toBeGreaterThan(Date.UTC(2025, 0, 1));
  });
  test('fitDomain() of a single day is at least a week wide', () => {
    const one = fitDomain({ start: 0, end: DAY });
    expect(one.end - one.start).toBeGreaterThanOrEqual(MIN_SPAN);
  });
  test('zoomBounds() stops zooming in at about a week', () => {
    const [, kMax] = zoomBounds(domain);
    expect((domain.end - domain.start) / kMax).toBe(MIN_SPAN);
  });
  test('transformToWindow() undoes windowToTransform()', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        fc.double({ min: 1e-4, max: 0.1, noNaN: true }),
        (a, w) => {
          const span = domain.end - domain.start;
          const window = { start: domain.start + a * span, end: domain.start + (a + w) * span };
          const back = transformToWindow(domain, windowToTransform(domain, window, 1234), 1234);
          expect(back.start).toBeCloseTo(window.start, -3);
          expect(back.end).toBeCloseTo(window.end, -3);
        },
      ),
    );
  });
  test('clampWindow() keeps a window inside the domain and at least a week wide', () => {
    const tiny = clampWindow(domain, { start: domain.end, end: domain.end + 1 });
    expect(tiny.end - tiny.start).toBe(MIN_SPAN);
    expect(tiny.end).toBeLessThanOrEqual(domain.end);
  });
});
