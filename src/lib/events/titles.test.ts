import { describe, expect, it } from 'vitest';
import { makeTitle } from './titles';

/** A clause with its date blanked, as the events stage hands it over. */
function title(sentence: string, date: string): string {
  const at = sentence.indexOf(date);
  return makeTitle(
    sentence.slice(0, at) + ' '.repeat(date.length) + sentence.slice(at + date.length),
    at,
  );
}

describe('makeTitle', () => {
  it('keeps the commas of a list that runs over several chunks', () => {
    expect(
      title('On 10 May 1940, Germany invaded France, Belgium, the Netherlands.', '10 May 1940'),
    ).toBe('Germany invaded France, Belgium, Netherlands');
  });

  it('keeps numbers with thousands separators whole', () => {
    expect(
      title('On 8 March 1965, 3,500 United States Marines were dispatched.', '8 March 1965'),
    ).toBe('3,500 United States Marines were dispatched');
  });

  it('does not cut a sentence at the initial of a name', () => {
    expect(title('In 1961, John F. Kennedy disagreed with Khrushchev.', '1961')).toBe(
      'John F. Kennedy disagreed with Khrushchev',
    );
  });

  it('drops the prepositions that belonged to the date', () => {
    expect(title('Pericles dominated politics from about 461 BC until his death.', '461 BC')).toBe(
      'Pericles dominated politics until his death',
    );
    expect(title('The budget for 2024/25 is 4.5 million pounds.', '2024/25')).toBe(
      'Budget is 4.5 million pounds',
    );
  });

  it('ends on a word, not on a comma', () => {
    const long = title(
      'In 1997, NATO invited Poland, Hungary and the Czech Republic to join talks.',
      '1997',
    );
    expect(long).not.toMatch(/[,;:]$/);
    expect(long.split(' ').length).toBeLessThanOrEqual(9);
  });
});
