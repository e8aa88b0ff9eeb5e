import { describe, expect, it } from 'vitest';
import { findDates } from './index';

/** Each mention of `input` as [text, value or value..endValue]. */
function values(input: string, dct: string | null = null): Array<[string, string]> {
  return findDates(input, { dct }).map((m) => [
    m.text,
    m.endValue ? `${m.value}..${m.endValue}` : m.value,
  ]);
}

describe('year spans written with a slash', () => {
  it.each([
    ['The war of 1939/45 ended.', '1939/45', '1939..1945'],
    ['Veterans of 1914/18 marched.', '1914/18', '1914..1918'],
    ['In 1914/1918 they fought.', '1914/1918', '1914..1918'],
    ['The 1861/65 war split the nation.', '1861/65', '1861..1865'],
    ['the 1999/00 season', '1999/00', '1999..2000'],
  ])('reads %j as a span of years', (input, text, value) => {
    expect(values(input)).toEqual([[text, value]]);
  });

  it('keeps two running years as they were', () => {
    expect(values('The 2019/20 season was cut short.')).toEqual([['2019/20', '2019..2020']]);
    expect(values('The budget for 2024/25 rose.')).toEqual([['2024/25', '2024..2025']]);
    expect(values('in 508/507 BC')).toEqual([['508/507 BC', 'BC0508..BC0507']]);
  });

  it('reads several in a row', () => {
    expect(values('During 1914/18, 1939/45 and 1950/53 he served.')).toEqual([
      ['1914/18', '1914..1918'],
      ['1939/45', '1939..1945'],
      ['1950/53', '1950..1953'],
    ]);
  });

  it.each([
    'Open 24/7 since the start.',
    'On 9/11 the towers fell.',
    'They won 3/4 of the votes.',
    'the score was 21/14',
    'Directive 2001/29/EC applies.',
    'Resolution 1325/2000 says so.',
    'Regulation No. 1939/45 says so.',
    'See page 1939/45 of the register.',
    'Directive 2003/09/EC applies.',
    'The screen is 1920/1080 pixels.',
    'the 2023/05 release',
  ])('reads no year in %j', (input) => {
    expect(values(input)).toEqual([]);
  });
});

describe('a span of days written with a hyphen after the month', () => {
  it.each([
    ['The fleets met on 27 May-28 May 1905.', '27 May-28 May 1905', '1905-05-27', '1905-05-28'],
    ['The talks ran 27 May-2 June 1905.', '27 May-2 June 1905', '1905-05-27', '1905-06-02'],
  ])('%j', (input, text, value, endValue) => {
    expect(findDates(input).map((m) => [m.text, m.value, m.endValue])).toEqual([
      [text, value, endValue],
    ]);
  });

  it('a hyphen after another word still keeps a number off a date ("COVID-19 March")', () => {
    expect(findDates('COVID-19 March 2020 cases').map((m) => m.text)).toEqual(['March 2020']);
  });
});

describe('a span that ends in a clipped year', () => {
  it.each([
    ["Between 1939 and '45 the war raged.", "1939 and '45", '1939', '1945'],
    ["From 1914 to '18 they fought.", "1914 to '18", '1914', '1918'],
    ["The 1914–'18 war.", "1914–'18", '1914', '1918'],
  ])('%j', (input, text, value, endValue) => {
    expect(findDates(input).map((m) => [m.text, m.value, m.endValue])).toEqual([
      [text, value, endValue],
    ]);
  });

  it('leaves a quote after a year alone', () => {
    expect(findDates("He sang in 1939 and 'Hello' was his song.").map((m) => m.text)).toEqual([
      '1939',
    ]);
  });
});

describe('day spans written before their month with words', () => {
  it.each([
    ['A consultation ran from 1 to 30 June 2023.', '1 to 30 June 2023', '2023-06-01..2023-06-30'],
    ['The talks were held between 3 and 5 May 1945.', '3 and 5 May 1945', '1945-05-03..1945-05-05'],
    [
      'The offensive lasted from 1st to 3rd July 1916.',
      '1st to 3rd July 1916',
      '1916-07-01..1916-07-03',
    ],
    [
      'They met 12 through 14 October 1962.',
      '12 through 14 October 1962',
      '1962-10-12..1962-10-14',
    ],
  ])('reads %j as one span of days', (input, text, value) => {
    expect(values(input)).toEqual([[text, value]]);
  });

  it('takes the year from the text when the span has none', () => {
    expect(values('The fair runs from 12 to 14 October.', '2024-03-14')).toEqual([
      ['12 to 14 October', '2024-10-12..2024-10-14'],
    ]);
  });

  it('leaves two days joined by "and" without "between" as they are', () => {
    expect(values('Strikes on 3 and 5 May 1945 hit the port.')).toEqual([
      ['5 May 1945', '1945-05-05'],
    ]);
  });

  it('does not join days that count down', () => {
    expect(values('The score went from 3 to 1 June 2023.').map(([text]) => text)).not.toContain(
      '3 to 1 June 2023',
    );
  });
});
