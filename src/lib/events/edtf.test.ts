import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DateMention } from '../types';
import { dayKey, parseEdtf } from './edtf';
import { slugDate } from './assemble';
import { spanOfMention } from './timex';

const mention = (value: string, extra: Partial<DateMention> = {}): DateMention => ({
  start: 0,
  end: 4,
  text: value,
  type: 'DATE',
  value,
  granularity: 'year',
  ...extra,
});

describe('spanOfMention()', () => {
  it.each([
    [
      'a day',
      mention('1954-03-31'),
      { edtf: '1954-03-31', start: '1954-03-31', end: '1954-03-31', precision: 'day' },
    ],
    [
      'a month',
      mention('1954-02'),
      { edtf: '1954-02', start: '1954-02-01', end: '1954-02-28', precision: 'month' },
    ],
    [
      'a year',
      mention('1954'),
      { edtf: '1954', start: '1954-01-01', end: '1954-12-31', precision: 'year' },
    ],
    [
      'a decade',
      mention('195'),
      { edtf: '195X', start: '1950-01-01', end: '1959-12-31', precision: 'decade' },
    ],
    [
      'a century',
      mention('19'),
      { edtf: '19XX', start: '1900-01-01', end: '1999-12-31', precision: 'century' },
    ],
    [
      'a year before the common era',
      mention('BC0499'),
      { edtf: '-0498', start: '-0498-01-01', end: '-0498-12-31' },
    ],
    [
      'the late 1930s',
      mention('193', { mod: 'END' }),
      { edtf: '193X~', start: '1937-01-01', end: '1939-12-31', approximate: true },
    ],
    [
      'early 1949',
      mention('1949', { mod: 'START' }),
      { edtf: '1949~', start: '1949-01-01', end: '1949-04-30' },
    ],
    ['late June', mention('2022-06', { mod: 'END' }), { start: '2022-06-21', end: '2022-06-30' }],
    [
      'about 1952',
      mention('1952', { mod: 'APPROX' }),
      { edtf: '1952~', start: '1952-01-01', approximate: true },
    ],
    [
      'a range of years',
      mention('1967', { endValue: '1974' }),
      { edtf: '1967/1974', start: '1967-01-01', end: '1974-12-31', isRange: true },
    ],
    [
      'a range of days',
      mention('2022-06-28', { endValue: '2022-06-30' }),
      { edtf: '2022-06-28/2022-06-30', isRange: true, precision: 'day' },
    ],
    [
      'an anchored duration',
      mention('P10Y', { type: 'DURATION', range: { start: '2012', end: '2022' } }),
      { edtf: '2012/2022', isRange: true },
    ],
    ['a summer', mention('1944-SU'), { edtf: '1944-22', start: '1944-06-01', end: '1944-08-31' }],
    ['a leap day', mention('2024-02-29'), { edtf: '2024-02-29' }],
  ])('places %s', (_, input, expected) => {
    expect(spanOfMention(input)).toMatchObject(expected);
  });

  it.each([
    ['the present', mention('PRESENT_REF'), 'vague'],
    ['a day with no year', mention('XXXX-06-29'), 'vague'],
    ['an unanchored duration', mention('P10Y', { type: 'DURATION' }), 'duration'],
    ['a set', mention('XXXX-XX-XX', { type: 'SET' }), 'set'],
    ['a time with no date', mention('T10:00', { type: 'TIME' }), 'time'],
    [
      'a year in a book title',
      mention('1940', { endValue: '1955', nonEvent: 'title-of-work' }),
      'title-of-work',
    ],
    ['an impossible day', mention('1954-02-30'), 'vague'],
  ])('does not place %s', (_, input, reason) => {
    expect(spanOfMention(input)).toMatchObject({ reason });
  });
});

describe('spanOfMention() on any calendar value', () => {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const part = fc.oneof(
    fc.integer({ min: 1, max: 12 }).map((m) => `-${pad(m, 2)}`),
    fc.integer({ min: 1, max: 53 }).map((w) => `-W${pad(w, 2)}`),
    fc.constantFrom('-SP', '-SU', '-FA', '-WI', '-Q1', '-Q4', '-H1', '-H2'),
    fc.constant(''),
  );
  const value = fc
    .tuple(
      fc.boolean(),
      fc.integer({ min: 1, max: 2999 }),
      part,
      fc.option(fc.integer({ min: 1, max: 31 })),
    )
    .map(([bc, year, unit, day]) => {
      const withDay = /^-\d{2}$/.test(unit) && day !== null ? `${unit}-${pad(day, 2)}` : unit;
      return `${bc ? 'BC' : ''}${pad(year, 4)}${withDay}`;
    });

  it('places it on real days, in order, or says it cannot', () => {
    fc.assert(
      fc.property(value, (v) => {
        const span = spanOfMention(mention(v));
        if ('reason' in span) return;
        expect(dayKey(span.start)).toBeLessThanOrEqual(dayKey(span.end));
        expect(span.edtf).not.toMatch(/NaN/);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a winter as a season, not a week', () => {
    expect(spanOfMention(mention('1942-WI'))).toMatchObject({
      start: '1942-12-01',
      end: '1942-12-31',
      edtf: '1942-24',
    });
    expect(spanOfMention(mention('BC0481-WI'))).toMatchObject({ edtf: '-0480-24' });
  });
});

describe('BCE decades and centuries', () => {
  it('ends the 1st century BC in 1 BC, not AD 1', () => {
    expect(spanOfMention(mention('BC00'))).toMatchObject({
      start: '-0098-01-01',
      end: '0000-12-31',
    });
  });

  it('keeps a range of BCE centuries one EDTF interval', () => {
    // "from the 5th to the 3rd century BC"; and "the 1st century BC to the 1st century AD".
    for (const [value, endValue] of [
      ['BC04', 'BC02'],
      ['BC00', '00'],
    ]) {
      const span = spanOfMention(mention(value, { endValue }));
      expect('edtf' in span && span.edtf.split('/')).toHaveLength(2);
      expect('edtf' in span && parseEdtf(span.edtf)).toMatchObject({
        start: 'start' in span ? span.start : '',
        end: 'end' in span ? span.end : '',
      });
    }
  });
});

describe('parseEdtf()', () => {
  it.each([
    ['1954-03-31', { start: '1954-03-31', end: '1954-03-31', precision: 'day' }],
    ['1954', { start: '1954-01-01', end: '1954-12-31', precision: 'year' }],
    ['195X', { start: '1950-01-01', end: '1959-12-31', precision: 'decade' }],
    ['19XX', { start: '1900-01-01', end: '1999-12-31', precision: 'century' }],
    ['1952~', { edtf: '1952~', approximate: true }],
    ['-0498', { start: '-0498-01-01', end: '-0498-12-31' }],
    ['1967/1974', { start: '1967-01-01', end: '1974-12-31', isRange: true }],
    [
      '2022-06-28/2022-06-30',
      { start: '2022-06-28', end: '2022-06-30', isRange: true, precision: 'day' },
    ],
  ])('reads %s', (text, expected) => {
    expect(parseEdtf(text)).toMatchObject(expected);
  });

  it.each(['', 'June 1954', '1954-13', '1954-02-30', '1974/1967', '54', '1954-03-31/', '19X5'])(
    'rejects %j',
    (text) => {
      expect(parseEdtf(text)).toBeNull();
    },
  );
});

describe('slugDate()', () => {
  it('names BCE decades and centuries by their BC years', () => {
    // The 5th century BCE (TIMEX BC04) is 499..400 BC: "400sbce", not "501bces".
    expect(slugDate({ start: '-0498-01-01', precision: 'century' })).toBe('400sbce');
    expect(slugDate({ start: '-0498-01-01', precision: 'decade' })).toBe('490sbce');
    expect(slugDate({ start: '-0498-01-01', precision: 'year' })).toBe('499bce');
    expect(slugDate({ start: '1937-01-01', precision: 'decade' })).toBe('1930s');
  });
});

describe('parseEdtf() on decades and centuries before the common era', () => {
  it.each([
    // The date engine's "the 40s BC" (BC004) is 49-40 BC: astronomical -48..-39.
    ['-004X', { start: '-0048-01-01', end: '-0039-12-31', precision: 'decade', edtf: '-004X' }],
    ['-121X', { start: '-1218-01-01', end: '-1209-12-31', precision: 'decade' }],
    // "the 400s BC", the 5th century BC: 499-400 BC.
    ['-04XX', { start: '-0498-01-01', end: '-0399-12-31', precision: 'century' }],
    // The 1st century BC ends in 1 BC (year 0), as the date engine's BC00 does.
    ['-00XX', { start: '-0098-01-01', end: '0000-12-31', precision: 'century' }],
    ['-004X~', { start: '-0048-01-01', edtf: '-004X~', approximate: true }],
    // The app's convention, unchanged: the 1st century is the years 0-99, and meets the 1st
    // century BC at year 0.
    ['-00XX/00XX', { start: '-0098-01-01', end: '0099-12-31', isRange: true }],
  ])('reads %s with four-digit years', (text, expected) => {
    expect(parseEdtf(text)).toMatchObject(expected);
  });

  it('gives the days the date engine gives the same decade or century', () => {
    for (let n = 0; n < 300; n++) {
      const digits = String(n).padStart(n < 100 ? 2 : 3, '0');
      const edtf = `-${digits}${'X'.repeat(4 - digits.length)}`;
      const fromEngine = spanOfMention(mention(`BC${digits}`));
      expect(parseEdtf(edtf)).toMatchObject({
        start: 'start' in fromEngine ? fromEngine.start : '',
        end: 'end' in fromEngine ? fromEngine.end : '',
        precision: 'precision' in fromEngine ? fromEngine.precision : '',
      });
    }
  });

  it('reads an interval from a BC decade to an AD one', () => {
    expect(parseEdtf('-001X/001X')).toMatchObject({
      start: '-0018-01-01',
      end: '0019-12-31',
      isRange: true,
    });
  });
});
