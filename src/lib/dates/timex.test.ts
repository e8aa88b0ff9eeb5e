import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePoint, type CalPoint } from './timex';

/** The pattern parsePoint replaced: its meaning, kept as the reference. */
function parsePointByPattern(value: string): CalPoint | null {
  const m = /^(BC)?(\d{4}|XXXX)(?:-(\d{2}|XX))?(?:-(\d{2}|XX))?/.exec(value);
  if (!m) return null;
  const y = m[2] === 'XXXX' ? null : Number(m[2]) * (m[1] ? -1 : 1);
  const p: CalPoint = { y };
  if (m[3] && m[3] !== 'XX') p.m = Number(m[3]);
  if (m[4] && m[4] !== 'XX' && p.m !== undefined) p.d = Number(m[4]);
  return p;
}

describe('parsePoint', () => {
  it('reads years, months, days, BC years and unknown parts', () => {
    expect(parsePoint('1954')).toEqual({ y: 1954 });
    expect(parsePoint('BC0499')).toEqual({ y: -499 });
    expect(parsePoint('1954-03-31')).toEqual({ y: 1954, m: 3, d: 31 });
    expect(parsePoint('1944-SU')).toEqual({ y: 1944 });
    expect(parsePoint('XXXX-09')).toEqual({ y: null, m: 9 });
    expect(parsePoint('XXXX-XX-05')).toEqual({ y: null });
    expect(parsePoint('1965-01-31TMO')).toEqual({ y: 1965, m: 1, d: 31 });
    expect(parsePoint('P10Y')).toBeNull();
    expect(parsePoint('195')).toBeNull();
  });

  it('agrees with the TIMEX3 value pattern on any string of value characters', () => {
    const chars = fc.constantFrom(...'BC0123456789X-SUWTMO'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 14 }), (cs) => {
        const value = cs.join('');
        expect(parsePoint(value)).toEqual(parsePointByPattern(value));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with the pattern on well-formed values', () => {
    const two = fc.oneof(
      fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0')),
      fc.constant('XX'),
    );
    const value = fc
      .tuple(
        fc.boolean(),
        fc.oneof(
          fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
          fc.constant('XXXX'),
        ),
        fc.option(two),
        fc.option(two),
      )
      .map(
        ([bc, y, m, d]) =>
          `${bc ? 'BC' : ''}${y}${m === null ? '' : `-${m}`}${m !== null && d !== null ? `-${d}` : ''}`,
      );
    fc.assert(
      fc.property(value, (v) => {
        expect(parsePoint(v)).toEqual(parsePointByPattern(v));
      }),
      { numRuns: 3000 },
    );
  });
});
