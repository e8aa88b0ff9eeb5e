import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../build';
import { readDocument } from '../documents';
import { parseEdtf } from './edtf';
import { buildEvents } from './index';
import { scoreMerge, type Mergeable } from './merge';
import { extractTerms } from './terms';

let counter = 0;
const candidate = (document: string, date: string, text: string): Mergeable => {
  const span = parseEdtf(date);
  if (!span) throw new Error(date);
  return { key: `s${counter++}`, document, span, terms: extractTerms(text), text };
};
const none = new Set<string>();

/** Titles and cited documents of the events of one-sentence-per-line documents. */
function eventsOf(documents: Record<string, string>): [string, string][] {
  const analyzed = Object.entries(documents).map(([id, text]) =>
    analyzeDocument(
      readDocument(
        `${id}.txt`,
        new TextEncoder().encode(text),
        `title: ${id}\npublished: 2000-01-01\n`,
      ),
    ),
  );
  return buildEvents(analyzed).events.map((e) => [
    e.date,
    [...new Set(e.citations.map((c) => c.document))].join('+'),
  ]);
}

describe('synonyms under one date', () => {
  it.each([
    ['the talks had failed', 'the talks collapsed'],
    ['the talks failed', 'the talks broke down'],
    ['the strike began', 'the strike started'],
    ['the siege ended', 'the siege was finished'],
    ['the mill closed', 'the mill shut down'],
    ['Carter won', 'Carter defeated Smith'],
    ['the fort was captured', 'the fort was seized'],
  ])('"%s" and "%s" tell one happening (the verb is their second shared term)', (a, b) => {
    const score = scoreMerge(
      candidate('a', '1990-03-12', a),
      candidate('b', '1990-03-12', b),
      none,
    );
    expect(score).toBe(2);
  });

  it.each([
    ['the talks began', 'the talks collapsed'],
    ['the strike began', 'the strike ended'],
    ['the mill closed', 'the mill was founded'],
  ])('"%s" and "%s" are two happenings', (a, b) => {
    expect(scoreMerge(candidate('a', '1990-03-12', a), candidate('b', '1990-03-12', b), none)).toBe(
      0,
    );
  });

  it('needs the very same date: a year and a day of it do not meet through other words', () => {
    // From the Iraq War text: "the reports had begun in 2005" is no "beginning of the conflict".
    const year = candidate(
      'a',
      '2005',
      'insurgent attacks were the highest since the reports had begun',
    );
    const day = candidate(
      'a',
      '2005-11-23',
      'the deadliest attack since the beginning of the conflict',
    );
    expect(scoreMerge(year, day, none)).toBe(0);
    // The same words still meet under a year and its day, as before.
    const same = candidate('a', '2005-11-23', 'the deadliest attack since the reports had begun');
    expect(scoreMerge(year, same, none)).toBeGreaterThan(0);
  });

  it('merges two documents that tell one failure in other words, on one day', () => {
    expect(
      eventsOf({
        opinion: 'The talks had failed on 12 March 1990.',
        report: 'On 12 March 1990 the talks collapsed after nine hours.',
      }),
    ).toEqual([['1990-03-12', 'opinion+report']]);
  });

  it('keeps two happenings of one document on one day apart', () => {
    expect(
      eventsOf({
        report:
          'On 12 March 1990 the talks collapsed after nine hours. On 12 March 1990 the strike began at the port.',
      }),
    ).toEqual([
      ['1990-03-12', 'report'],
      ['1990-03-12', 'report'],
    ]);
  });
});
