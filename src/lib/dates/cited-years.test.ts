import { describe, expect, it } from 'vitest';
import { findDates } from './index';

/** The mention whose text is `text`. */
const mentionOf = (input: string, text: string, dct: string | null = null) =>
  findDates(input, { dct }).find((m) => m.text === text);

describe('the year of a work cited by its authors', () => {
  it.each([
    ['The wall fell in 1989 (Jones et al., 2004). That summer the border opened.', 'That summer'],
    [
      'The wall fell in 1989 (see Jones, 2004, p. 12). The following year the border opened.',
      'The following year',
    ],
    ['The wall fell in 1989; Jones et al. (2004) showed why. In March the border opened.', 'March'],
  ])('does not become the date the story is at: %j', (input, relative) => {
    const mention = mentionOf(input, relative);
    expect(mention?.anchor).toMatchObject({ source: 'narrative', value: '1989' });
  });

  it('counts a lone name and year only after the text has cited for sure', () => {
    const lone = 'The wall fell in 1989 (Jones, 2004). That summer the border opened.';
    expect(mentionOf(lone, 'That summer')?.value).toBe('2004-SU');
    const cites = `Trade grew (Smith et al., 2001). ${lone}`;
    expect(mentionOf(cites, 'That summer')?.value).toBe('1989-SU');
  });

  it('is not the year its sentence gives a year-less date in a dated text', () => {
    const input = 'Prices rose (Jones et al., 2004), and in September the bank acted.';
    expect(mentionOf(input, 'September', '2020-01-10')?.value).toBe('2019-09');
  });

  it('leaves the years of battles, treaties and rulers in brackets to anchor the story', () => {
    const input =
      'The Battle of the Marne (1914) stopped the advance. That winter both sides dug in.';
    expect(mentionOf(input, 'That winter')?.value).toBe('1914-WI');
  });
});
