import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../build';
import { readDocument } from '../documents';
import { buildEvents } from './index';

const eventsOf = (text: string) =>
  buildEvents([
    analyzeDocument(readDocument('history.txt', new TextEncoder().encode(text))),
  ]).events.map((e) => [e.date, e.title, e.citations.map((c) => c.text)]);

describe('a semicolon between two dates of a sentence', () => {
  it('sets two happenings apart, each with its own words', () => {
    expect(
      eventsOf(
        'The 1950s saw the rise of commercial jet travel; the Boeing 707 entered service in October 1958.',
      ),
    ).toEqual([
      ['195X', '1950s saw the rise of commercial jet travel', ['The 1950s']],
      ['1958-10', 'Boeing 707 entered service', ['October 1958']],
    ]);
    expect(
      eventsOf(
        'In late April 1945 Soviet forces stormed Berlin; the two forces linked up on the Elbe on 25 April.',
      ).map(([date, title]) => [date, title]),
    ).toEqual([
      ['1945-04~', 'Soviet forces stormed Berlin'],
      ['1945-04-25', 'Forces linked up on the Elbe'],
    ]);
  });

  it('keeps a date and the finer one beside it as one, without a semicolon', () => {
    expect(eventsOf('The summit was held in Madrid in 2022 (June 29-30).')).toEqual([
      ['2022-06-29/2022-06-30', 'Summit was held in Madrid', ['2022', 'June 29-30']],
    ]);
  });
});
