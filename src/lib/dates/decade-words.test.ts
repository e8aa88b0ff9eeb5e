import { describe, expect, it } from 'vitest';
import { findDates } from './index';

/** The mentions of `input` as [text, value, mod]. */
function read(input: string, dct: string | null = null) {
  return findDates(input, { dct }).map((m) => [m.text, m.value, m.mod ?? '']);
}

describe('decades in words', () => {
  it.each([
    ['In the thirties, jazz spread.', 'the thirties', '193', ''],
    ['The Twenties roared.', 'The Twenties', '192', ''],
    ['In the late sixties, rock.', 'the late sixties', '196', 'END'],
    ['by the mid-thirties', 'the mid-thirties', '193', 'MID'],
    ['He turned sixty in the seventies.', 'the seventies', '197', ''],
  ])('reads %j as a decade', (input, text, value, mod) => {
    expect(read(input)).toEqual([[text, value, mod]]);
  });

  it('takes the century "the \'30s" would have', () => {
    expect(read('Music of the thirties and the \u201930s.')).toEqual([
      ['the thirties', '193', ''],
      ['the \u201930s', '193', ''],
    ]);
    expect(read('Since the twenties began, prices rose.', '2024-05-01')).toEqual([
      ['the twenties', '202', ''],
    ]);
  });
});

describe('ages are not decades', () => {
  it.each([
    'She was in her thirties then.',
    'In his early twenties he moved to Paris.',
    'men in their late twenties',
    "in one's late thirties",
    'A man in his 40s was arrested.',
    'She was in her late 50s.',
    'a woman in her early \u201940s',
    "in his mid-'30s",
    'people in their \u201920s',
    'Aged 45, he retired.',
    'At 19 she married.',
  ])('reads no date in %j', (input) => {
    expect(read(input)).toEqual([]);
  });
});
