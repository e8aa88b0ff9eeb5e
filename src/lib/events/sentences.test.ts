import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences()', () => {
  it("leaves a list item's mark out of its sentence, at the start of a line only", () => {
    expect(sentencesOf('- 753 BC: Rome founded.\n  * 509 BC – The Republic.\n• Pompeii.')).toEqual([
      '753 BC: Rome founded.',
      '509 BC – The Republic.',
      'Pompeii.',
    ]);
    expect(sentencesOf('He left. - Then he came back.')).toEqual(['He left. - Then he came back.']);
    expect(sentencesOf('-5 degrees was the low.')).toEqual(['-5 degrees was the low.']);
  });

  it.each([
    [
      'keeps "D.C." inside a sentence',
      'Leaders met in Washington, D.C., in July. They left.',
      ['Leaders met in Washington, D.C., in July.', 'They left.'],
    ],
    [
      'keeps "U.S." inside a sentence',
      'Laos suffered U.S. bombings. It still does.',
      ['Laos suffered U.S. bombings.', 'It still does.'],
    ],
    [
      'keeps titles and initials',
      'Mr. Smith met J. Doe in 1954. Then he left.',
      ['Mr. Smith met J. Doe in 1954.', 'Then he left.'],
    ],
    [
      'ends at a question inside quotes only before a capital',
      '"Why?" he asked. "Because."',
      ['"Why?" he asked.', '"Because."'],
    ],
    [
      'ends at a line break (captions, headings)',
      'A heading\nThe text follows.',
      ['A heading', 'The text follows.'],
    ],
    [
      'ends after an abbreviation followed by a footnote marker',
      'It was signed in Washington, D.C.[1] It entered into force in August.[2] Fine.',
      ['It was signed in Washington, D.C.[1]', 'It entered into force in August.[2]', 'Fine.'],
    ],
    [
      'keeps decimals',
      'It grew by 2.5 percent in 2024. Fine.',
      ['It grew by 2.5 percent in 2024.', 'Fine.'],
    ],
  ])('%s', (_, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});
