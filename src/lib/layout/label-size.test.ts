import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateLabelWidth, LABEL_METRICS, labelMetricsFor } from './label-size';

describe('label sizes', () => {
  it('grows with the text up to the widest label, plus a dot per other document (three at most)', () => {
    const short = estimateLabelWidth('Korean War', 0);
    expect(short).toBe(LABEL_METRICS.leadPx + Math.ceil(10 * LABEL_METRICS.charPx) + 6);
    expect(estimateLabelWidth('x'.repeat(500), 0)).toBe(LABEL_METRICS.leadPx + LABEL_METRICS.maxPx);
    expect(estimateLabelWidth('Korean War', 2)).toBe(short + 2 * LABEL_METRICS.dotPx + 4);
    expect(estimateLabelWidth('Korean War', 9)).toBe(estimateLabelWidth('Korean War', 3));
  });

  it('lets labels run longer on a long axis, to a sixth of it and at most 360 px', () => {
    expect(labelMetricsFor(926)).toBe(LABEL_METRICS);
    expect(labelMetricsFor(1800).maxPx).toBe(300);
    expect(labelMetricsFor(3800).maxPx).toBe(360);
    const wide = labelMetricsFor(2400);
    expect(estimateLabelWidth('x'.repeat(500), 0, wide)).toBe(LABEL_METRICS.leadPx + 360);
  });

  it('never gives a label less room on a longer axis', () => {
    fc.assert(
      fc.property(fc.nat({ max: 8000 }), fc.nat({ max: 8000 }), fc.string(), (a, b, title) => {
        const [short, long] = a < b ? [a, b] : [b, a];
        const room = (length: number) => estimateLabelWidth(title, 0, labelMetricsFor(length));
        expect(room(long)).toBeGreaterThanOrEqual(room(short));
      }),
    );
  });
});
