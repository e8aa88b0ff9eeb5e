import { describe, expect, it } from 'vitest';
import { findDates } from './index';

/** The mentions of `input` as [text, value]. */
function read(input: string, dct: string | null = null) {
  return findDates(input, { dct }).map((m) => [m.text, m.value]);
}

/** The value of the mention written `text` in `input`. */
function valueOf(input: string, text: string): string | undefined {
  return findDates(input).find((m) => m.text === text)?.value;
}

describe('a time of day written before its date', () => {
  // Each story is at another day first, so the time cannot get its day from the narrative.
  it.each([
    [
      'On July 10, 2002 a team entered. At 5:34 AM Baghdad time on March 20, 2003 it began.',
      '5:34 AM',
      '2003-03-20T05:34',
    ],
    [
      'In 1960 it grew. Troops fired at 3 p.m. local time on 4 May 1970.',
      '3 p.m.',
      '1970-05-04T15:00',
    ],
    [
      'In 1990 it grew. The plane landed at 11:02 GMT on 12 June 1999.',
      '11:02',
      '1999-06-12T11:02',
    ],
    ['In 1990 it grew. It struck at 11:02 UTC+3 on 12 June 1999.', '11:02', '1999-06-12T11:02'],
    [
      'On 2 June 1944 they waited. The landings began at 0500 hours on 6 June 1944.',
      '0500 hours',
      '1944-06-06T05:00',
    ],
    [
      'In 2008 he won. He took the oath at noon Washington time on January 20, 2009.',
      'noon',
      '2009-01-20T12:00',
    ],
    [
      'In 2008 he won. At 9 a.m. (local time) on 4 November 2008 polls opened.',
      '9 a.m.',
      '2008-11-04T09:00',
    ],
    [
      'In 2008 he won. At 9 a.m. New York time on 4 November 2008 polls opened.',
      '9 a.m.',
      '2008-11-04T09:00',
    ],
    [
      'On 19 March 2003 they waited. That night, March 20, the war began.',
      'That night',
      '2003-03-20TNI',
    ],
  ])('%j: %j is on the day that follows', (input, text, value) => {
    expect(valueOf(input, text)).toBe(value);
  });

  it('reads each time of a sentence on the day written after it, in either zone', () => {
    expect(
      read(
        'On July 10, 2002 a team entered. At 5:34 AM Baghdad time on March 20, 2003 ' +
          '(9:34 p.m., March 19 EST) the invasion began.',
      ),
    ).toEqual([
      ['July 10, 2002', '2002-07-10'],
      ['5:34 AM', '2003-03-20T05:34'],
      ['March 20, 2003', '2003-03-20'],
      ['9:34 p.m.', '2003-03-19T21:34'],
      ['March 19', '2003-03-19'],
    ]);
  });

  it('says where the day came from', () => {
    const [, time] = findDates('In 1960 it grew. At 3 p.m. local time on 4 May 1970 they fired.');
    expect(time.anchor).toEqual({
      value: '1970-05-04',
      source: 'narrative',
      reason: 'day taken from the date written after it, 1970-05-04',
    });
  });

  it("keeps the narrative's day when what follows is not its day", () => {
    // Not a single day ("in June 1971", "in 1971"), or not joined to the time ("and on").
    expect(
      read(
        'On 3 May 1970 it rained. At noon in June 1971 it ended. At 5 p.m. in 1971 it ended. ' +
          'At 5 p.m. the crowd left and on 9 May it returned. At 6 p.m. on 10 May it left.',
      ),
    ).toEqual([
      ['3 May 1970', '1970-05-03'],
      ['noon', 'XXXX-XX-XXT12:00'],
      ['June 1971', '1971-06'],
      ['5 p.m.', 'XXXX-XX-XXT17:00'],
      ['1971', '1971'],
      ['5 p.m.', 'XXXX-XX-XXT17:00'],
      ['9 May', '1971-05-09'],
      ['6 p.m.', '1971-05-10T18:00'],
      ['10 May', '1971-05-10'],
    ]);
  });
});

describe('military time', () => {
  it.each([
    [
      'On 1 May 1940 they waited. At 0500 hours the guns opened fire.',
      '0500 hours',
      '1940-05-01T05:00',
    ],
    ['On 1 May 1940 they waited. They met at 1400 hrs.', '1400 hrs', '1940-05-01T14:00'],
    ['On 1 May 1940 they waited. By 2130h the town had fallen.', '2130h', '1940-05-01T21:30'],
  ])('%j: %j is a time of day', (input, text, value) => {
    expect(valueOf(input, text)).toBe(value);
  });

  it('reads a count of hours as no time', () => {
    expect(
      read(
        'He logged 1500 hours of flying. After 1000 hours the engine failed. ' +
          'The mission took 1200 hours. On 1 May 1940 at 0600 hours they left.',
      ),
    ).toEqual([
      ['1 May 1940', '1940-05-01'],
      ['0600 hours', '1940-05-01T06:00'],
    ]);
  });
});

describe('a clock time followed by something that is not am or pm', () => {
  it.each([
    ['This page was last edited on 14 November 2024, at 10:12 (UTC).', '2024-11-14T10:12'],
    ['We met at 10:12 (UTC) on 18 November 2024.', '2024-11-18T10:12'],
  ])('%j: the time ends with its digits and takes its day', (input, value) => {
    const time = findDates(input).find((m) => m.type === 'TIME');
    expect([time?.text, time?.value]).toEqual(['10:12', value]);
  });
});
