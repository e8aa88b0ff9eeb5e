import { describe, expect, it } from 'vitest';
import { findNounStart } from './noun-phrases';

/** The noun phrase that ends before `verb` in `text`. */
const nounBefore = (text: string, verb: string) => {
  const words = text.split(' ');
  const end = words.indexOf(verb);
  return words.slice(findNounStart(words, end, false), end).join(' ');
};

describe('findNounStart()', () => {
  it('takes an adjective that is a stop word ("old", "last") into the noun, never as its end', () => {
    expect(nounBefore('The old harbour wall was begun', 'was')).toBe('The old harbour wall');
    expect(nounBefore('In 1962 the last boatyard closed', 'closed')).toBe('the last boatyard');
    expect(nounBefore('they first met', 'met')).toBe('');
  });
});
