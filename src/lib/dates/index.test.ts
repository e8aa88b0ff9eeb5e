import { describe, expect, it } from 'vitest';
import { findDates } from './index';

/** The first mention whose text is `text`, from findDates on `input`. */
function mention(input: string, text: string, dct: string | null = null) {
  const found = findDates(input, { dct }).find((m) => m.text === text);
  if (!found)
    throw new Error(
      `no mention ${JSON.stringify(text)} in ${JSON.stringify(findDates(input, { dct }).map((m) => m.text))}`,
    );
  return found;
}

describe('findDates', () => {
  const cases: Array<[string, string, string, string, Record<string, unknown>?, string?]> = [
    ['finds a US full date', 'On March 31, 1954, the USSR asked.', 'March 31, 1954', '1954-03-31'],
    [
      'finds a day-first full date',
      'Signed on 31 March 1954 in Moscow.',
      '31 March 1954',
      '1954-03-31',
    ],
    ['finds a dotted European date', 'A note (18.5.2022) follows.', '18.5.2022', '2022-05-18'],
    ['finds an ISO date', 'Released 2022-05-18 at noon.', '2022-05-18', '2022-05-18'],
    ['reads slashes as US month/day', 'Filed 5/18/2022 in court.', '5/18/2022', '2022-05-18'],
    [
      'reads slashes day-first when the first number exceeds 12',
      'Filed 18/5/2022.',
      '18/5/2022',
      '2022-05-18',
    ],
    ['finds a month and year', 'It began in February of 1940.', 'February of 1940', '1940-02'],
    ['finds a year after a preposition', 'founded in 1949 by treaty', '1949', '1949'],
    [
      'finds a year range with a hyphen',
      'in Korea (1950-1953) the war',
      '1950-1953',
      '1950',
      { endValue: '1953' },
    ],
    [
      'finds a year range with an en dash',
      'between 2022–2024 there',
      '2022–2024',
      '2022',
      { endValue: '2024' },
    ],
    [
      'finds a from..to year range without the preposition',
      'a dictatorship from 1967 to 1974, or',
      '1967 to 1974',
      '1967',
      { endValue: '1974' },
    ],
    [
      'finds a between..and range',
      'killed between 1950 and 1953 in',
      '1950 and 1953',
      '1950',
      { endValue: '1953' },
    ],
    [
      'finds a two-digit year range end',
      'in Baghdad in 2007-08, the',
      '2007-08',
      '2007',
      { endValue: '2008' },
    ],
    [
      'finds a BC year range',
      'Ionian Revolt (499-493 BC)',
      '499-493 BC',
      'BC0499',
      { endValue: 'BC0493' },
    ],
    [
      'finds a day range with the year from the dct',
      'a summit from June 28-30 in Madrid',
      'June 28-30',
      '2022-06-28',
      { endValue: '2022-06-30' },
      '2022-07',
    ],
    ['finds a decade', 'in the 1990s the alliance', 'the 1990s', '199'],
    ['finds a two-digit decade', 'Even back in the 50s NATO', 'the 50s', '195'],
    ['finds the 2000s', 'in the 2000s, to today', 'the 2000s', '200'],
    [
      'keeps the late modifier apart from a decade',
      'since the late 1930s to war',
      'the late 1930s',
      '193',
      { mod: 'END' },
    ],
    [
      'keeps the early modifier apart from a year',
      'Back in early 1949, Vyshinsky',
      'early 1949',
      '1949',
      { mod: 'START' },
    ],
    ['finds a century', 'in the 20th century', 'the 20th century', '19'],
    ['finds a BC year', 'Darius died in 486 BC after', '486 BC', 'BC0486'],
    ['finds a season with a year', 'the summer of 1944 came', 'the summer of 1944', '1944-SU'],
    [
      'finds a quarter',
      'in the first quarter of 1998 sales',
      'the first quarter of 1998',
      '1998-Q1',
    ],
    [
      'takes the year of a quarter without one from the document date',
      'Profit fell in the third quarter, the company said.',
      'the third quarter',
      '1998-Q3',
      { anchor: { source: 'dct' } },
      '1998-02-13',
    ],
    [
      'reads a hyphenated quarter as a date',
      'Third-quarter profit rose.',
      'Third-quarter',
      '1989-Q3',
      {},
      '1989-10-25',
    ],
    [
      'takes the year of a half without one from the narrative',
      'Sales fell in 1997. In the first half, costs rose.',
      'the first half',
      '1997-H1',
    ],
    [
      'counts last quarter back from the document date, across the year',
      'Sales fell last quarter, the company said.',
      'last quarter',
      '1997-Q4',
      { anchor: { source: 'dct' } },
      '1998-02-13',
    ],
    [
      'reads this quarter',
      "This quarter's results were weak.",
      'This quarter',
      '1998-Q3',
      {},
      '1998-08-02',
    ],
    [
      'reads next quarter',
      'Hiring resumes next quarter.',
      'next quarter',
      '1999-Q1',
      {},
      '1998-11-30',
    ],
    [
      'counts the following quarter from the narrative',
      'Prices rose in May 1997. The following quarter they fell.',
      'The following quarter',
      '1997-Q3',
      { anchor: { source: 'narrative' } },
    ],
    [
      'shifts a deictic quarter by a year',
      'Profit fell last fourth quarter.',
      'last fourth quarter',
      '1997-Q4',
      {},
      '1998-02-13',
    ],
    [
      'resolves last year against the dct',
      'Last year’s NATO summit in Madrid',
      'Last year',
      '2022',
      {},
      '2023-07-09',
    ],
    [
      'resolves this year against the dct',
      'This year, NATO held meetings',
      'This year',
      '2022',
      {},
      '2022-07',
    ],
    [
      'resolves yesterday against a day dct',
      'He said yesterday that',
      'yesterday',
      '1998-02-12',
      {},
      '1998-02-13',
    ],
    [
      'gives a past duration its range',
      'Over the past 10 years, NATO grew',
      'the past 10 years',
      'P10Y',
      { range: { start: '2013', end: '2023' } },
      '2023',
    ],
    [
      'resolves two years later against the narrative',
      'It began in 1950. Two years later it ended.',
      'Two years later',
      '1952',
    ],
    [
      'resolves the following year against the narrative',
      'Signed in May 1949; the following year it grew.',
      'the following year',
      '1950',
    ],
    [
      'resolves a month and day from the narrative',
      'In 1940 Paris fell. On June 14 the army entered.',
      'June 14',
      '1940-06-14',
    ],
    [
      'uses X for a month and day with no anchor',
      'The vote was on June 29.',
      'June 29',
      'XXXX-06-29',
      { anchor: { value: null, source: 'none' } },
    ],
    ['finds a duration', 'the siege lasted three months in all', 'three months', 'P3M'],
    ['finds a vague duration', 'within a few days the city fell', 'a few days', 'PXD'],
    ['finds a set', 'they met annually in Brussels', 'annually', 'XXXX'],
    [
      'finds a clock time on the narrative day',
      'On 31 January 1965 at 3:00 a.m. planes flew.',
      '3:00 a.m.',
      '1965-01-31T03:00',
    ],
    ['finds now as the present', 'NATO now has 32 members', 'now', 'PRESENT_REF'],
  ];
  it.each(cases)('%s', (_name, input, text, value, extra = {}, dct = undefined) => {
    const m = mention(input, text, dct ?? null);
    expect(m.value).toBe(value);
    expect(m).toMatchObject(extra);
  });

  const nonDates = [
    '€40 billion',
    '90,000 joint troops',
    'over 320,000 Ukrainians',
    'Article 51 of the Charter',
    '2% of GDP',
    'grown by 18% in 2',
    'it cost 1,000 dollars',
    'it cost $1949',
    'there were 1949 people',
    'see page 1954 for details',
    'a 1950 km road',
    'call 555-1949-2000',
    'version 2.1949.3',
    'Resolution 1483 passed',
    'in the second half of the war',
    'the first quarter mile',
    'he ran the next quarter mile',
    'they scored in the last quarter',
  ];
  it.each(nonDates)('rejects the non-date number in %j', (input) => {
    expect(findDates(input, { dct: '2024-07' }).filter((m) => m.type === 'DATE')).toEqual([]);
  });

  it('marks a year range inside a book title as not an event', () => {
    const m = mention(
      'Alexander Werth’s book entitled ‘France: 1940-1955′ is an excellent study',
      '1940-1955',
    );
    expect(m).toMatchObject({ value: '1940', endValue: '1955', nonEvent: 'title-of-work' });
  });

  it('handles CRLF, non-breaking spaces and curly quotes', () => {
    const text = 'In\u00a01954\u00a0Foreign Minister\r\nspoke on March\u00a031, 1954 of the ’50s.';
    const found = findDates(text).map((m) => [m.text, m.value]);
    expect(found).toEqual([
      ['1954', '1954'],
      ['March\u00a031, 1954', '1954-03-31'],
      ['the ’50s', '195'],
    ]);
  });

  it('returns mentions sorted, disjoint and sliced from the input', () => {
    const text = 'From 1967 to 1974, and in early 1949, then June 28-30, last year and the 1990s.';
    const found = findDates(text, { dct: '2023-07-09' });
    for (let i = 0; i < found.length; i++) {
      expect(text.slice(found[i].start, found[i].end)).toBe(found[i].text);
      if (i > 0) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].end);
    }
  });

  it('ignores a malformed dct instead of throwing', () => {
    expect(mention('last year it rained', 'last year', 'soon').value).toBe('XXXX');
  });

  describe('news with a document date', () => {
    // 1998-02-13 was a Friday.
    const text =
      'WASHINGTON (AP) — The minister said Tuesday that talks would resume next Monday. ' +
      'Officials met yesterday and last week; two weeks ago a report came out at 5:30 p.m. ' +
      'Earlier this year prices rose, and this month they fell. He will travel on Wednesday. ' +
      'By mid-2007 and in the mid-1990s, last Friday and this Wednesday, over the past year.';
    const found = findDates(text, { dct: '1998-02-13' });
    const value = (t: string) => found.find((m) => m.text === t)?.value;
    it.each([
      ['Tuesday', '1998-02-10'],
      ['next Monday', '1998-02-16'],
      ['yesterday', '1998-02-12'],
      ['last week', '1998-W06'],
      ['two weeks ago', '1998-W05'],
      ['Earlier this year', '1998'],
      ['this month', '1998-02'],
      ['Wednesday', '1998-02-18'],
      ['mid-2007', '2007'],
      ['the mid-1990s', '199'],
      ['last Friday', '1998-02-06'],
      ['this Wednesday', '1998-02-11'],
      ['the past year', 'P1Y'],
    ])('reads %j as %s', (t, v) => {
      expect(value(t)).toBe(v);
    });

    it('reads a year-less date long before the document date, said in no past tense, as next year', () => {
      const next = 'The next meeting is on 12 March.';
      expect(mention(next, '12 March', '2024-11-20').value).toBe('2025-03-12');
      // Far ahead and said in no tense: an announcement, in the document's year.
      expect(mention('Meeting on 3 November.', '3 November', '2024-02-01').value).toBe(
        '2024-11-03',
      );
      // Within half a year, or in a plain tense, the rules before decide.
      expect(mention(next, '12 March', '2024-08-20').value).toBe('2024-03-12');
      expect(mention('It was signed on 12 March.', '12 March', '2024-11-20').value).toBe(
        '2024-03-12',
      );
    });

    it('reads a byline\'s "By" as no word of the future for a day of the week', () => {
      const text =
        'By Sam Reed\nFriday 14 March 2025\n\nDock workers returned to work on Thursday.';
      expect(mention(text, 'Thursday', '2025-03-14').value).toBe('2025-03-13');
      expect(mention('The vote is due by Thursday.', 'Thursday', '2025-03-14').value).toBe(
        '2025-03-20',
      );
    });

    it('gives a day of the week without a reference day its week form', () => {
      expect(mention('They rest on Friday.', 'Friday').value).toBe('XXXX-WXX-5');
    });
  });

  it('keeps a narrative day when a bare year is only glanced at mid-sentence', () => {
    const text =
      'On 10 March 1975 the offensive began; the road would be open for a campaign in 1976. ' +
      'The town fell on 11 March.';
    expect(mention(text, '11 March').value).toBe('1975-03-11');
    const moved =
      'On 10 March 1975 the offensive began. In 1976, the army moved. On 11 March it struck.';
    expect(mention(moved, '11 March').value).toBe('1976-03-11');
  });

  it('keeps the narrative year when a sentence reaches ahead to a later date', () => {
    const until =
      'In March 1944 the army occupied the city, which it held until February 1945. ' +
      'By the start of July, the front had moved west.';
    expect(mention(until, 'the start of July').value).toBe('1944-07');
    const would =
      'In January 1956 the plan was announced; the deputies would delay it until 1958. ' +
      'In August, fighting resumed.';
    expect(mention(would, 'August').value).toBe('1956-08');
    // Told as it happened, a later date moves the story on.
    const told =
      'In March 1944 the army occupied the city. It left in February 1945. By July, it was gone.';
    expect(mention(told, 'July').value).toBe('1945-07');
  });
});
