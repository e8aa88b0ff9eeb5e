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

describe('decades known by a name', () => {
  it.each([
    ['The Roaring Twenties ended in a crash.', 'The Roaring Twenties', '192'],
    ['a Roaring Twenties party', 'Roaring Twenties', '192'],
    ['Britain in the Swinging Sixties', 'the Swinging Sixties', '196'],
    ['the Gay Nineties', 'the Gay Nineties', '189'],
    ['London in the naughty nineties', 'the naughty nineties', '189'],
    ['Farms failed in the Dirty Thirties.', 'the Dirty Thirties', '193'],
    ['Ireland in the Hungry Forties', 'the Hungry Forties', '184'],
  ])('reads %j as the decade of its name', (input, text, value) => {
    // Whatever the document date: "the Roaring Twenties" are not the 2020s.
    expect(read(input, '2024-05-01')).toEqual([[text, value, '']]);
  });

  it('reads no decade in other epithets or in an age', () => {
    // The Roaring Forties are latitudes.
    expect(
      read(
        'In the Roaring Twenties ships braved the Roaring Forties. She was in her roaring twenties.',
      ),
    ).toEqual([['the Roaring Twenties', '192', '']]);
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
