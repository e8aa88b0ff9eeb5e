import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  chooseTickStep,
  generateContext,
  generateTicks,
  labelSpace,
  TICK_STEPS,
  yearStart,
  type TickStep,
} from './ticks';
import { DAY } from './view';

const labels = (t0: number, t1: number, step: TickStep) =>
  generateTicks(t0, t1, step).map((t) => t.label);

describe('chooseTickStep()', () => {
  test.each([
    ['centuries when 1500 years fill 1000 px', (1500 * 365 * DAY) / 1000, 'year', 100],
    ['decades when a century fills 1000 px', (100 * 365 * DAY) / 1000, 'year', 10],
    ['years when 12 years fill 1000 px', (12 * 365 * DAY) / 1000, 'year', 1],
    ['quarters when 3 years fill 1000 px', (3 * 365 * DAY) / 1000, 'month', 3],
    ['fortnights when a year fills 1000 px', (365 * DAY) / 1000, 'day', 14],
    ['days when a week fills 1000 px', (7 * DAY) / 1000, 'day', 1],
  ])('chooseTickStep() picks %s', (_, msPerPx, unit, step) => {
    expect(chooseTickStep(msPerPx, (s) => labelSpace(s))).toEqual({ unit, step });
  });

  test('chooseTickStep() never puts ticks closer than the spacing asked for', () => {
    fc.assert(
      fc.property(
        fc.double({ min: DAY / 5000, max: (3000 * 365 * DAY) / 300, noNaN: true }),
        (msPerPx) => {
          const step = chooseTickStep(msPerPx, () => 60);
          if (step === TICK_STEPS[0]) return;
          const ticks = generateTicks(yearStart(1900), yearStart(1900) + msPerPx * 2000, step);
          for (let i = 1; i < ticks.length; i++) {
            expect((ticks[i].time - ticks[i - 1].time) / msPerPx).toBeGreaterThanOrEqual(60 * 0.9);
          }
        },
      ),
    );
  });
});

describe('generateTicks()', () => {
  test.each<[string, number, number, TickStep, string[]]>([
    [
      'decades in the 20th century',
      yearStart(1935),
      yearStart(1975),
      { unit: 'year', step: 10 },
      ['1940', '1950', '1960', '1970'],
    ],
    [
      'years 0-99 without the 1900s trap',
      yearStart(40),
      yearStart(53),
      { unit: 'year', step: 5 },
      ['40', '45', '50'],
    ],
    [
      'years across 1 BC and AD 1, with the era boundary as a tick',
      yearStart(-25),
      yearStart(21),
      { unit: 'year', step: 10 },
      ['20 BC', '10 BC', 'AD 1', '10', '20'],
    ],
    [
      'every year across the boundary (1 BC, then AD 1; no year 0)',
      yearStart(-2),
      yearStart(3),
      { unit: 'year', step: 1 },
      ['3 BC', '2 BC', '1 BC', 'AD 1', '2', '3'],
    ],
    [
      'every other year across the boundary',
      yearStart(-5),
      yearStart(4),
      { unit: 'year', step: 2 },
      ['6 BC', '4 BC', '2 BC', 'AD 1', '2', '4'],
    ],
    [
      'centuries across the boundary (no 200-year gap from 100 BC to 100)',
      yearStart(-250),
      yearStart(250),
      { unit: 'year', step: 100 },
      ['200 BC', '100 BC', 'AD 1', '100', '200'],
    ],
    [
      'millennia across the boundary',
      yearStart(-2500),
      yearStart(2500),
      { unit: 'year', step: 1000 },
      ['2000 BC', '1000 BC', 'AD 1', '1000', '2000'],
    ],
    [
      'months from 1 BC into AD 1',
      yearStart(0, 10),
      yearStart(1, 3),
      { unit: 'month', step: 1 },
      ['Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar'],
    ],
    [
      'centuries BCE',
      yearStart(-560),
      yearStart(-250),
      { unit: 'year', step: 100 },
      ['500 BC', '400 BC', '300 BC'],
    ],
    [
      'months of year 50',
      yearStart(50, 1),
      yearStart(50, 5),
      { unit: 'month', step: 1 },
      ['Jan', 'Feb', 'Mar', 'Apr', 'May'],
    ],
    [
      'quarters BCE',
      yearStart(-99, 2),
      yearStart(-99, 12),
      { unit: 'month', step: 3 },
      ['Apr', 'Jul', 'Oct'],
    ],
    [
      'weeks of a month (no 29th crowding the 1st)',
      yearStart(1954, 3, 1),
      yearStart(1954, 3, 31),
      { unit: 'day', step: 7 },
      ['1', '8', '15', '22'],
    ],
    [
      'days of a month in year 7',
      yearStart(7, 2, 26),
      yearStart(7, 3, 2),
      { unit: 'day', step: 1 },
      ['26', '27', '28', '1', '2'],
    ],
  ])('generateTicks() labels %s', (_, t0, t1, step, expected) => {
    expect(labels(t0, t1, step)).toEqual(expected);
  });

  test('generateTicks() puts a year tick at the first instant of that year, for any year', () => {
    for (const year of [-2000, -1, 0, 1, 9, 50, 99, 100, 999, 1000, 1954, 2025]) {
      const [tick] = generateTicks(yearStart(year), yearStart(year) + DAY, {
        unit: 'year',
        step: 1,
      });
      expect(new Date(tick.time).getUTCFullYear()).toBe(year);
      expect(new Date(tick.time).getUTCMonth()).toBe(0);
    }
  });

  test('generateTicks() returns increasing times inside the window at every step', () => {
    const window = fc.tuple(
      fc.integer({ min: -3000, max: 3000 }),
      fc.double({ min: 1, max: 5000, noNaN: true }),
    );
    fc.assert(
      fc.property(window, fc.constantFrom(...TICK_STEPS), ([year, days], step) => {
        const t0 = yearStart(year);
        const t1 = t0 + days * DAY;
        const ticks = generateTicks(t0, t1, step);
        ticks.forEach((tick, i) => {
          expect(tick.time).toBeGreaterThanOrEqual(t0);
          expect(tick.time).toBeLessThanOrEqual(t1);
          if (i) expect(tick.time).toBeGreaterThan(ticks[i - 1].time);
        });
      }),
    );
  });
});

/** The astronomical year a tick label names ("1 BC" is 0, "AD 1" and "1" are 1). */
function yearOfLabel(label: string): number {
  const bc = /^(\d+) BC$/.exec(label);
  if (bc) return 1 - Number(bc[1]);
  const ad = /^(?:AD )?(\d+)$/.exec(label);
  if (!ad) throw new Error(`not a year label: ${label}`);
  return Number(ad[1]);
}

describe('generateTicks() across the era boundary', () => {
  const yearSteps = TICK_STEPS.filter((step) => step.unit === 'year');
  // Windows that hold 1 BC and AD 1 (and some that reach far on one side).
  const acrossBoundary = fc.tuple(
    fc.integer({ min: -3000, max: 0 }),
    fc.integer({ min: 1, max: 3000 }),
    fc.constantFrom(...yearSteps),
  );

  test('generateTicks() keeps year ticks a step apart in calendar years, a year short after AD 1 only', () => {
    fc.assert(
      fc.property(acrossBoundary, ([from, to, step]) => {
        const ticks = generateTicks(yearStart(from), yearStart(to), step, 5000);
        const years = ticks.map((tick) => new Date(tick.time).getUTCFullYear());
        for (let i = 1; i < years.length; i++) {
          // From AD 1 (the era's first tick) to the next one is a year short: no year 0.
          const expected = years[i - 1] === 1 ? step.step - 1 || 1 : step.step;
          expect(years[i] - years[i - 1], `${ticks[i - 1].label} -> ${ticks[i].label}`).toBe(
            expected,
          );
        }
      }),
    );
  });

  test('generateTicks() marks AD 1 where the window crosses the boundary and labels each tick with its own year, never 0', () => {
    fc.assert(
      fc.property(acrossBoundary, ([from, to, step]) => {
        const ticks = generateTicks(yearStart(from), yearStart(to), step, 5000);
        expect(ticks.find((tick) => tick.time === yearStart(1))?.label).toBe('AD 1');
        for (const tick of ticks) {
          expect(tick.label).not.toMatch(/^(AD )?0( BC)?$/);
          expect(yearOfLabel(tick.label)).toBe(new Date(tick.time).getUTCFullYear());
        }
      }),
    );
  });
});

describe('generateContext()', () => {
  test.each<[string, number, number, TickStep, string[]]>([
    [
      'the decade above years',
      yearStart(1948),
      yearStart(1962),
      { unit: 'year', step: 2 },
      ['1940s', '1950s', '1960s'],
    ],
    [
      'the century above decades',
      yearStart(1890),
      yearStart(1920),
      { unit: 'year', step: 10 },
      ['19th century', '20th century'],
    ],
    [
      'the year above months',
      yearStart(1999, 11),
      yearStart(2000, 2),
      { unit: 'month', step: 1 },
      ['1999', '2000'],
    ],
    [
      'the years above months, 1 BC then AD 1',
      yearStart(0, 11),
      yearStart(1, 2),
      { unit: 'month', step: 1 },
      ['1 BC', 'AD 1'],
    ],
    [
      'the month above days in year 50',
      yearStart(50, 3, 30),
      yearStart(50, 4, 2),
      { unit: 'day', step: 1 },
      ['March 50', 'April 50'],
    ],
    [
      'BCE decades as ranges, counted as the ticks count',
      yearStart(-15),
      yearStart(-8),
      { unit: 'year', step: 1 },
      ['20 BC–11 BC', '10 BC–1 BC'],
    ],
    [
      'BCE centuries by name',
      yearStart(-520),
      yearStart(-300),
      { unit: 'year', step: 20 },
      ['6th century BC', '5th century BC', '4th century BC'],
    ],
    [
      'the centuries on both sides of AD 1',
      yearStart(-30),
      yearStart(130),
      { unit: 'year', step: 10 },
      ['1st century BC', '1st century', '2nd century'],
    ],
  ])('generateContext() gives %s', (_, t0, t1, step, expected) => {
    expect(generateContext(t0, t1, step).map((span) => span.label)).toEqual(expected);
  });

  test('context periods begin on ticks, before and after AD 1 (or at AD 1)', () => {
    for (const step of [1, 2, 5, 10, 20, 50].map((n) => ({ unit: 'year' as const, step: n }))) {
      const [t0, t1] = [yearStart(-720), yearStart(230)];
      const ticks = new Set(generateTicks(t0, t1, step, 5000).map((tick) => tick.time));
      const starts = generateContext(t0, t1, step, 5000)
        .map((span) => span.start)
        .filter((start) => start >= t0);
      expect(starts.length).toBeGreaterThan(1);
      // AD 1 has no tick of its own (there is no year 0 to count from) but ends the BC periods.
      for (const start of starts)
        expect(ticks.has(start) || start === yearStart(1), `step ${step.step}`).toBe(true);
    }
  });
});

describe('generateTicks() and generateContext() on a window that is no time', () => {
  // A plot of no size (a view being swapped in) once gave NaN for its window: the year loop
  // never reached its end and the page hung.
  const noTime = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY);
  const time = fc.oneof(noTime, fc.double({ min: -1e14, max: 1e14, noNaN: true }));
  const step = fc.constantFrom(...TICK_STEPS);

  test('returns at once, with nothing when either end is not a time or the end comes first', () => {
    fc.assert(
      fc.property(time, time, step, (t0, t1, s) => {
        const ticks = generateTicks(t0, t1, s);
        const context = generateContext(t0, t1, s);
        if (!Number.isFinite(t0) || !Number.isFinite(t1) || t1 < t0) {
          expect(ticks).toEqual([]);
          expect(context).toEqual([]);
        }
        expect(ticks.length).toBeLessThanOrEqual(500);
      }),
      { numRuns: 300 },
    );
  });

  test.each([
    [Number.NaN, Number.NaN],
    [Number.NaN, 0],
    [0, Number.NaN],
  ])('(%s, %s) at every step', (t0, t1) => {
    for (const s of TICK_STEPS) {
      expect(generateTicks(t0, t1, s)).toEqual([]);
      expect(generateContext(t0, t1, s)).toEqual([]);
    }
  });
});
