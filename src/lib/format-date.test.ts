import { describe, expect, it } from 'vitest';
import { formatEdtf, formatEventDate, formatPublished, spanOfEdtf } from './format-date';

const event = (start: string, end: string, precision: string, extra = {}) =>
  ({ start, end, precision, ...extra }) as Parameters<typeof formatEventDate>[0];

describe('formatEventDate', () => {
  it.each([
    ['a day', event('1954-03-31', '1954-03-31', 'day'), '31 March 1954'],
    ['a month', event('1954-03-01', '1954-03-31', 'month'), 'March 1954'],
    ['a year', event('1954-01-01', '1954-12-31', 'year'), '1954'],
    ['a decade', event('1950-01-01', '1959-12-31', 'decade'), 'the 1950s'],
    [
      'the late part of a decade',
      event('1937-01-01', '1939-12-31', 'decade', { approximate: true }),
      'late 1930s',
    ],
    [
      'the early part of a decade',
      event('1930-01-01', '1932-12-31', 'decade', { approximate: true }),
      'early 1930s',
    ],
    [
      'the middle of a decade',
      event('1933-01-01', '1936-12-31', 'decade', { approximate: true }),
      'mid-1930s',
    ],
    ['a century', event('1900-01-01', '1999-12-31', 'century'), 'the 20th century'],
    [
      'the late part of a century',
      event('1967-01-01', '1999-12-31', 'century'),
      'late 20th century',
    ],
    ['a range of years', event('1967-01-01', '1974-12-31', 'year', { isRange: true }), '1967–1974'],
    [
      'days in one month',
      event('2022-06-28', '2022-06-30', 'day', { isRange: true }),
      '28–30 June 2022',
    ],
    [
      'days across months',
      event('2022-06-28', '2022-07-02', 'day', { isRange: true }),
      '28 June – 2 July 2022',
    ],
    [
      'months in one year',
      event('1954-03-01', '1954-05-31', 'month', { isRange: true }),
      'March–May 1954',
    ],
    [
      'an approximate year',
      event('1952-01-01', '1952-12-31', 'year', { approximate: true }),
      'c. 1952',
    ],
    ['a year before the common era', event('-0498-01-01', '-0498-12-31', 'year'), '499 BC'],
    ['a year in the first century', event('0044-03-15', '0044-03-15', 'day'), '15 March 44'],
    ['a day before the common era', event('-0043-03-15', '-0043-03-15', 'day'), '15 March 44 BC'],
    ['a month before the common era', event('-0043-03-01', '-0043-03-31', 'month'), 'March 44 BC'],
    [
      'days in one month before the common era',
      event('-0043-03-10', '-0043-03-15', 'day', { isRange: true }),
      '10–15 March 44 BC',
    ],
    [
      'days across the start of the common era',
      event('0000-03-01', '0001-06-30', 'day', { isRange: true }),
      '1 March 1 BC – 30 June 1',
    ],
    [
      'a century before the common era (the date engine reads "the 5th century BC" as 499-400 BC)',
      event('-0498-01-01', '-0399-12-31', 'century'),
      'the 5th century BC',
    ],
    [
      'a hundred years before the common era that are not one century',
      event('-2600-01-01', '-2501-12-31', 'century'),
      '2601 BC–2502 BC',
    ],
    ['the last century BC', event('-0098-01-01', '0000-12-31', 'century'), 'the 1st century BC'],
    [
      'a decade before the common era',
      event('-1218-01-01', '-1209-12-31', 'decade'),
      'the 1210s BC',
    ],
    [
      'part of a decade before the common era',
      event('-1218-01-01', '-1216-12-31', 'decade'),
      '1219 BC–1217 BC',
    ],
    ['a millennium', event('1000-01-01', '1999-12-31', 'century'), 'the 2nd millennium'],
    [
      'the first millennium, counted as centuries are (years 0-999)',
      event('0000-01-01', '0999-12-31', 'century'),
      'the 1st millennium',
    ],
    [
      'a millennium before the common era (the date engine reads it as 999-1 BC)',
      event('-0998-01-01', '0000-12-31', 'century'),
      'the 1st millennium BC',
    ],
    [
      'the second millennium before the common era',
      event('-1998-01-01', '-0999-12-31', 'century'),
      'the 2nd millennium BC',
    ],
    [
      'a thousand years that are not one millennium',
      event('1500-01-01', '2499-12-31', 'century'),
      '1500–2499',
    ],
    [
      'the first century as years 0-99',
      event('0000-01-01', '0099-12-31', 'century'),
      'the 1st century',
    ],
    [
      'a range of decades',
      event('1950-01-01', '1979-12-31', 'decade', { isRange: true }),
      'the 1950s – the 1970s',
    ],
    [
      'a range of centuries before the common era',
      event('-0498-01-01', '-0199-12-31', 'century', { isRange: true }),
      'the 5th century BC – the 3rd century BC',
    ],
  ])('formatEventDate() writes %s as people do', (_name, input, expected) => {
    expect(formatEventDate(input)).toBe(expected);
  });
});

describe('formatEdtf', () => {
  it.each([
    ['1954-03-31', '31 March 1954'],
    ['1954-03', 'March 1954'],
    ['1954', '1954'],
    ['195X', 'the 1950s'],
    ['19XX', 'the 20th century'],
    ['-004X', 'the 40s BC'],
    ['-04XX', 'the 5th century BC'],
    ['00XX', 'the 1st century'],
    ['1952~', 'c. 1952'],
    ['1967/1974', '1967–1974'],
    ['2022-06-28/2022-06-30', '28–30 June 2022'],
    ['2022-06-29/2022-06-30', '29–30 June 2022'],
    // A year below 1000 alone names its era; a span of years names it once.
    ['0079', 'AD 79'],
    ['0079/0081', 'AD 79–81'],
    ['-0043/0014', '44 BC–AD 14'],
    ['0476-09-04', '4 September 476'],
    ['not a date', 'not a date'],
    ['1954-13', '1954-13'],
  ])('formatEdtf(%j) is %j', (edtf, expected) => {
    expect(formatEdtf(edtf)).toBe(expected);
  });

  it('spanOfEdtf() knows the last day of February in leap years', () => {
    expect(spanOfEdtf('2024-02')?.end).toBe('2024-02-29');
    expect(spanOfEdtf('2023-02')?.end).toBe('2023-02-28');
  });
});

describe('formatPublished', () => {
  it.each([
    [{ value: '2024-07-09', precision: 'day' }, '9 July 2024'],
    [{ value: '2024-07', precision: 'month' }, 'July 2024'],
    [{ value: '2024', precision: 'year' }, '2024'],
    [{ value: null, precision: 'unknown' }, null],
  ])('formatPublished(%j) is %j', (published, expected) => {
    expect(formatPublished(published)).toBe(expected);
  });
});
