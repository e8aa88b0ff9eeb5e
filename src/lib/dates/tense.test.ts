import { describe, expect, it } from 'vitest';
import { findDates } from './index';
import { tenseAround } from './tense';

/** The value findDates gives `text` inside `input`, written on `dct`. */
function valueOf(input: string, text: string, dct: string | null): string | undefined {
  return findDates(input, { dct }).find((m) => m.text === text)?.value;
}

function tenseOf(sentence: string, date: string) {
  const start = sentence.indexOf(date);
  return tenseAround(sentence, start, start + date.length);
}

describe('the tense of the clause around a date', () => {
  it('reads the verb nearest before the date', () => {
    expect(tenseOf('The fiscal year ended Sept. 30.', 'Sept. 30')).toBe('past');
    expect(tenseOf('The vote is scheduled for January 12.', 'January 12')).toBe('future');
    expect(tenseOf('They said the report will come out on March 3.', 'March 3')).toBe('future');
    expect(
      tenseOf('When they attended the summit in late June, there will be more.', 'late June'),
    ).toBe('past');
  });

  it('else the first verb after it in the same clause', () => {
    expect(tenseOf('Sept. 30 was the deadline.', 'Sept. 30')).toBe('past');
    expect(tenseOf('On March 3 the board will meet.', 'March 3')).toBe('future');
  });

  it('says nothing without a plain verb, and stays in its sentence', () => {
    expect(tenseOf('Meeting on Sept. 30', 'Sept. 30')).toBeNull();
    expect(tenseOf('Prices fell. Meeting on Sept. 30', 'Sept. 30')).toBeNull();
    expect(tenseOf('Prices fell.\nMeeting on Sept. 30', 'Sept. 30')).toBeNull();
    expect(tenseOf('We need a plan by Sept. 30', 'Sept. 30')).toBeNull();
  });
});

describe('a year-less date in news takes the year its sentence points to', () => {
  it('a past event after the document date happened the year before', () => {
    expect(valueOf('The fiscal year ended Sept. 30.', 'Sept. 30', '2023-02-15')).toBe('2022-09-30');
    expect(valueOf('Sales rose sharply in November.', 'November', '2023-02-15')).toBe('2022-11');
  });

  it('a coming event before the document date happens the year after', () => {
    expect(valueOf('The vote is scheduled for January 12.', 'January 12', '2022-11-10')).toBe(
      '2023-01-12',
    );
  });

  it('keeps the document year when the tense agrees with the side, or says nothing', () => {
    expect(valueOf('The report will be published on March 3.', 'March 3', '2023-02-15')).toBe(
      '2023-03-03',
    );
    expect(valueOf('On January 20 the board met.', 'January 20', '2023-02-15')).toBe('2023-01-20');
    expect(valueOf('Meeting on Sept. 30 in Paris', 'Sept. 30', '2023-02-15')).toBe('2023-09-30');
  });

  it('reads a time gone by as the past ("last season", "previously")', () => {
    const dct = '2024-11-20';
    expect(valueOf('Last season, the club stood top in January.', 'January', dct)).toBe('2024-01');
    expect(valueOf('Last season, a loss in January to a rival.', 'January', dct)).toBe('2024-01');
    expect(valueOf('Last season the side grew stronger in February.', 'February', dct)).toBe(
      '2024-02',
    );
    expect(valueOf('Previously, a deficit in December.', 'December', dct)).toBe('2023-12');
  });

  it('reads a past written as the present after a subject ("they forecast")', () => {
    const dct = '2024-11-20';
    const forecast = 'Growth is now seen at 1.2%, down from the 1.4% they forecast in December.';
    expect(valueOf(forecast, 'December', dct)).toBe('2023-12');
    expect(valueOf('The Bank of England cut rates in December.', 'December', dct)).toBe('2023-12');
    expect(valueOf('Analysts forecast in December that growth would slow.', 'December', dct)).toBe(
      '2023-12',
    );
    expect(valueOf('Prices hit a record in December.', 'December', dct)).toBe('2023-12');
  });

  it('but not a noun, an infinitive or a verb after "will"', () => {
    const dct = '2024-11-20';
    expect(valueOf('A rate cut in December is likely.', 'December', dct)).toBe('2024-12');
    expect(valueOf('The bank will cut rates in December.', 'December', dct)).toBe('2024-12');
    expect(valueOf('They expect to cut in December.', 'December', dct)).toBe('2024-12');
    expect(valueOf('The cost in December is high.', 'December', dct)).toBe('2024-12');
  });

  it('leaves narratives without a document date to the narrative', () => {
    const story = 'The siege began on 3 May 1940. It ended on June 10 after heavy losses.';
    expect(valueOf(story, 'June 10', null)).toBe('1940-06-10');
  });
});

describe('what is still to come is not in a year gone by', () => {
  const text = 'Our CEO, who joined in 2016, will retire at the end of the year.';

  it('takes the document year for "the end of the year" said of the future', () => {
    expect(valueOf(text, 'the end of the year', '2025-02-10')).toBe('2025');
    // Without a document date, the story's year is all there is.
    expect(valueOf(text, 'the end of the year', null)).toBe('2016');
  });

  it('keeps the story year when the story tells of the past', () => {
    expect(
      valueOf(
        'She joined in 2016 and retired at the end of the year.',
        'the end of the year',
        '2025-02-10',
      ),
    ).toBe('2016');
  });
});
