import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitMarked, withoutOverlaps } from './highlight';

describe('splitMarked', () => {
  it('splitMarked() marks a date inside a sentence at two levels', () => {
    const text = 'Intro. On March 31, 1954 the USSR asked. End.';
    const parts = splitMarked(text, [
      { start: 7, end: 39, kind: 'sentence' },
      { start: 10, end: 24, kind: 'cited' },
    ]);
    expect(parts.map((p) => [p.text, p.marks.map((m) => m.kind).join('+')])).toEqual([
      ['Intro. ', ''],
      ['On ', 'sentence'],
      ['March 31, 1954', 'sentence+cited'],
      [' the USSR asked', 'sentence'],
      ['. End.', ''],
    ]);
  });

  it('splitMarked() clips ranges to the text and drops empty ones', () => {
    const parts = splitMarked('abc', [
      { start: -5, end: 1, kind: 'a' },
      { start: 2, end: 2, kind: 'b' },
      { start: 2, end: 99, kind: 'c' },
    ]);
    expect(parts.map((p) => p.text)).toEqual(['a', 'b', 'c']);
    expect(parts[1].marks).toEqual([]);
  });

  it('splitMarked() parts always join back to the text', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(
          fc.record({
            start: fc.integer({ min: -5, max: 60 }),
            end: fc.integer({ min: -5, max: 60 }),
          }),
        ),
        (text, ranges) => {
          const parts = splitMarked(
            text,
            ranges.map((r) => ({ ...r, kind: 'x' })),
          );
          expect(parts.map((p) => p.text).join('')).toBe(text);
        },
      ),
      { seed: 6 },
    );
  });

  it('withoutOverlaps() keeps the first and longest of overlapping ranges', () => {
    const kept = withoutOverlaps([
      { start: 5, end: 9 },
      { start: 0, end: 4 },
      { start: 0, end: 12 },
      { start: 12, end: 14 },
    ]);
    expect(kept).toEqual([
      { start: 0, end: 12 },
      { start: 12, end: 14 },
    ]);
  });
});
