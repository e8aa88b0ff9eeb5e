/**
 * Cases found by running the engine on genres it was not tuned on: a scientist's biography, a
 * company history, a sports report, a medieval history, a news article and a changelog.
 */
import { describe, expect, it } from 'vitest';
import { easterSunday } from './feasts';
import { findDates } from './index';

function values(input: string, dct: string | null = null): Array<[string, string]> {
  return findDates(input, { dct }).map((m) => [
    m.text,
    m.endValue ? `${m.value}..${m.endValue}` : m.value,
  ]);
}

describe('fiscal years', () => {
  it('reads "fiscal 2004", "fiscal year 2011", "FY2012" and "FY13" as years', () => {
    expect(
      values('By fiscal 2004 and in fiscal year 2011 sales rose; FY2012 and FY13 too.'),
    ).toEqual([
      ['fiscal 2004', '2004'],
      ['fiscal year 2011', '2011'],
      ['FY2012', '2012'],
      ['FY13', '2013'],
    ]);
  });
});

describe('a year before a plural noun', () => {
  it('keeps "the first half of 2020" before "orders"', () => {
    expect(values('In the first half of 2020 orders fell by a third.')).toEqual([
      ['the first half of 2020', '2020-H1'],
    ]);
    expect(values('It cleared a backlog of 2020 orders.')).toEqual([]);
  });
});

describe('numeric dates in logs', () => {
  it('reads an ISO date that ends a sentence', () => {
    expect(values('Support for 3.8 ended on 2023-06-01.')).toEqual([['2023-06-01', '2023-06-01']]);
  });

  it('reads ISO weeks and year-months, and keeps "2007-08" a span', () => {
    expect(values('- 2020-W14: first pull request\n- 2019-11: made public')).toEqual([
      ['2020-W14', '2020-W14'],
      ['2019-11', '2019-11'],
    ]);
    expect(values('the 2007-08 season')).toEqual([['2007-08', '2007..2008']]);
  });
});

describe('labels', () => {
  it('rejects a manuscript or a station number', () => {
    expect(values('The book is now MS 1432 in the archive; station 1850 was skipped.')).toEqual([
      ['now', 'PRESENT_REF'],
    ]);
  });

  it('does not read the name of a war as a duration', () => {
    expect(values("During the Hundred Years' War and the Six-Day War taxes rose.")).toEqual([]);
  });
});

describe('days of the week', () => {
  it('reads "Tuesday, November 28" as one date', () => {
    expect(values('They host Dunmore on Tuesday, November 28.', '2023-11-26')).toEqual([
      ['Tuesday, November 28', '2023-11-28'],
    ]);
  });

  it('reads a possessive weekday', () => {
    expect(values("Last Saturday's draw hurt.", '2023-11-22')).toEqual([
      ['Last Saturday', '2023-11-18'],
    ]);
  });
});

describe('feast days', () => {
  it('reads the quarter days of English dating', () => {
    expect(values('The king came at Michaelmas 1215 and again at Lady Day 1216.')).toEqual([
      ['Michaelmas 1215', '1215-09-29'],
      ['Lady Day 1216', '1216-03-25'],
    ]);
  });
});

describe('decades from the narrative', () => {
  it('reads "the end of the decade" after a year and after a decade', () => {
    expect(values('In 1935 she moved. By the end of the decade she was known.')).toEqual([
      ['1935', '1935'],
      ['the end of the decade', '193'],
    ]);
    expect(
      values('During the 1930s she published. By the end of the decade she was known.'),
    ).toEqual([
      ['the 1930s', '193'],
      ['the end of the decade', '193'],
    ]);
  });

  it('reads the century after a century', () => {
    expect(values('In the twelfth century it grew; the following century it fell.')).toEqual([
      ['the twelfth century', '11'],
      ['the following century', '12'],
    ]);
  });
});

describe('news with a document date', () => {
  it('does not move the story to a target year after "by"', () => {
    const text =
      'They see inflation back at target by 2026.\n\nInvestors had priced in cuts at the start of the year.';
    expect(values(text, '2024-03-20')).toEqual([
      ['2026', '2026'],
      ['the start of the year', '2024'],
    ]);
  });

  it('gives a year-less month the year its sentence names', () => {
    const text =
      'Rates rose in March 2022.\n\nShe expected only one cut in 2024, probably in September.';
    expect(values(text, '2024-03-20')).toEqual([
      ['March 2022', '2022-03'],
      ['2024', '2024'],
      ['September', '2024-09'],
    ]);
  });
});

describe('movable feasts', () => {
  it.each([
    [2000, 4, 23],
    [2024, 3, 31],
    [1818, 3, 22], // the earliest Gregorian Easter
    [2038, 4, 25], // the latest
    [1583, 4, 10],
    [1066, 4, 16], // Julian
  ])('Easter %i falls on %i/%i', (year, month, day) => {
    expect(easterSunday(year)).toEqual({ m: month, d: day });
  });

  it('dates feasts from Easter: Gregorian from 1583, Julian before', () => {
    const text =
      'Lincoln was shot on Good Friday, 1865. The rising began on Easter Monday 1916. The ' +
      'bombings of Easter Sunday 2019 followed. A truce was sworn at Easter 1420, and at ' +
      'Pentecost the king rode out. In 1945, on Palm Sunday, the bridge fell.';
    expect(values(text)).toEqual([
      ['Good Friday, 1865', '1865-04-14'],
      ['Easter Monday 1916', '1916-04-24'],
      ['Easter Sunday 2019', '2019-04-21'],
      ['Easter 1420', '1420-04-07'],
      ['Pentecost', '1420-05-26'],
      ['1945', '1945'],
      ['Palm Sunday', '1945-03-25'],
    ]);
  });

  it('leaves names alone: the Good Friday Agreement, Easter Island, Bloody Sunday', () => {
    const text =
      'The Good Friday Agreement was signed in 1998. Statues stand on Easter Island; children ' +
      'hunt Easter eggs. Bloody Sunday is remembered.';
    expect(values(text)).toEqual([['1998', '1998']]);
  });
});

describe('the month of the story', () => {
  it('reads "That July" in a new paragraph of a dated text as the story’s July', () => {
    const text =
      'Apollo 11 launched on July 16, 1969.\n\nThat July, millions watched.\n\nIn July, we hiked.';
    expect(values(text, '2019-07-20')).toEqual([
      ['July 16, 1969', '1969-07-16'],
      ['July', '1969-07'],
      // A bare month in a new paragraph of news is the document's.
      ['July', '2019-07'],
    ]);
  });
});

describe('clipped years and halves', () => {
  it('reads "in \'68" and "the summer of \'69" with the century of the story or the document', () => {
    const text = "Students marched in '68. By the summer of '69 it was over.";
    expect(values(text)).toEqual([
      ["'68", '1968'],
      ["the summer of '69", '1969-SU'],
    ]);
    expect(values("The next games are in '28.", '2024-05-01')).toEqual([["'28", '2028']]);
    expect(values("In 1848 revolts spread; after '48 came reaction.")).toEqual([
      ['1848', '1848'],
      ["'48", '1848'],
    ]);
    // A quotation that opens with a number is no year.
    expect(values("He said: '68 people came.'")).toEqual([]);
  });

  it('reads "H1 2021" as the first half of 2021', () => {
    expect(values('Sales in H1 2021 and H2 2019 were weak.')).toEqual([
      ['H1 2021', '2021-H1'],
      ['H2 2019', '2019-H2'],
    ]);
  });
});

describe('spans of decades', () => {
  it('reads "the 1960s–70s" and "the 1900s–10s" as spans of decades', () => {
    expect(values('In the 1960s–70s many left; in the 1900s–10s many came.')).toEqual([
      ['the 1960s–70s', '196..197'],
      ['the 1900s–10s', '190..191'],
    ]);
  });
});

describe('the turn of the century', () => {
  it('is about the year that opens the century, from its ordinal or from the story', () => {
    const text =
      'Trade grew in the 1880s; at the turn of the century the city grew. By the turn of the ' +
      'eighteenth century it was old. In 1996 we moved; at the turn of the century we left.';
    expect(values(text)).toEqual([
      ['the 1880s', '188'],
      ['the turn of the century', '1900'],
      ['the turn of the eighteenth century', '1700'],
      ['1996', '1996'],
      ['the turn of the century', '2000'],
    ]);
  });
});
