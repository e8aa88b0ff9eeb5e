import { describe, expect, it } from 'vitest';
import { findDates } from './index';

/** The mentions of `input` as [text, value, granularity]. */
function read(input: string) {
  return findDates(input).map((m) => [m.text, m.value, m.granularity]);
}

describe('decades of one or two digits with an era', () => {
  it.each([
    ['The civil wars raged in the 40s BC.', 'the 40s BC', 'BC004'],
    ['The civil wars raged in the 40s B.C.', 'the 40s B.C.', 'BC004'],
    ['Augustus ruled Rome by the 10s BC.', 'the 10s BC', 'BC001'],
    ['Claudius invaded Britain in the 40s AD.', 'the 40s AD', '004'],
  ])('reads %j as a decade of its era', (input, text, value) => {
    expect(read(input)).toEqual([[text, value, 'decade']]);
  });

  it('still reads "the 40s" with no era as the 1940s', () => {
    expect(read('In the 40s the war came. In the 40s BC it did too.')).toEqual([
      ['the 40s', '194', 'decade'],
      ['the 40s BC', 'BC004', 'decade'],
    ]);
  });
});
