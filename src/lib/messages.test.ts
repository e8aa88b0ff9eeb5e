import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timelineMessages } from './messages';

describe('timelineMessages.count', () => {
  it('groups digits as English does', () => {
    expect(timelineMessages.count(0)).toBe('0');
    expect(timelineMessages.count(999)).toBe('999');
    expect(timelineMessages.count(1000)).toBe('1,000');
    expect(timelineMessages.count(1234567)).toBe('1,234,567');
  });

  it('agrees with Intl.NumberFormat for any integer', () => {
    const english = new Intl.NumberFormat('en');
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(timelineMessages.count(n)).toBe(english.format(n));
      }),
      { numRuns: 2000 },
    );
  });
});
