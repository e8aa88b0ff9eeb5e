import { describe, expect, it } from 'vitest';
import { findDates } from './index';

/** The mention of `input` whose text starts with "the" and names a year of a reign. */
function regnal(input: string) {
  const m = findDates(input).find((d) => /year of/i.test(d.text));
  return m && [m.text, `${m.value}..${m.endValue}`];
}

describe('regnal years', () => {
  it.each([
    [
      'Henry came to the throne in 1509. In the third year of his reign he went to war.',
      'the third year of his reign',
      '1511..1512',
    ],
    [
      'Henry VIII was crowned king of England on 24 June 1509. In the 5th year of Henry VIII, a statute passed.',
      'the 5th year of Henry VIII',
      '1513..1514',
    ],
    [
      'Elizabeth became queen in 1558. The act dates from the second year of the reign of Elizabeth.',
      'the second year of the reign of Elizabeth',
      '1559..1560',
    ],
    [
      'Victoria became queen of the United Kingdom in 1837. In the tenth year of Victoria’s reign, famine struck.',
      'the tenth year of Victoria’s reign',
      '1846..1847',
    ],
    [
      'Darius (r. 522–486 BC) ruled Persia. In the second year of his reign he fought rebels.',
      'the second year of his reign',
      'BC0521..BC0520',
    ],
    [
      'Augustus became emperor in 27 BC. In the 30th year of his reign, Tiberius returned.',
      'the 30th year of his reign',
      '0003..0004',
    ],
  ])('reads a regnal year from the stated start of the reign: %j', (input, text, value) => {
    expect(regnal(input)).toEqual([text, value]);
  });

  it('takes the reign stated last before a pronoun', () => {
    const text =
      'Henry VII came to the throne in 1485. Henry VIII came to the throne in 1509. ' +
      'In the third year of his reign he married.';
    expect(regnal(text)).toEqual(['the third year of his reign', '1511..1512']);
  });

  it.each([
    'In the third year of his reign, the king fell ill.',
    'in the 5th year of Henry VIII, a statute passed.',
    'Henry VIII came to the throne in 1509. In the fifth year of Edward VI, a law passed.',
    'In the third year of the war, food ran short.',
  ])('reads no date where the start of the reign is not stated: %j', (input) => {
    expect(regnal(input)).toBeUndefined();
  });
});
