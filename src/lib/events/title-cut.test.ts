import { describe, expect, it } from 'vitest';
import { cutAtPhrase } from './title-cut';

const cut = (title: string) => cutAtPhrase(title.split(' ')).join(' ');

describe('cutAtPhrase()', () => {
  it('keeps nine words that end on a whole place name after a preposition, not on part of one', () => {
    expect(
      cut('Vietnam Moratorium peace demonstration was held in Washington D.C. and other US cities'),
    ).toBe('Vietnam Moratorium peace demonstration was held in Washington D.C.');
    expect(cut('North Vietnamese forces attacked Route 14 in Phuoc Long Province')).toBe(
      'North Vietnamese forces attacked Route 14',
    );
  });
});
