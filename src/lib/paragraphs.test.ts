import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findParagraphAt, splitParagraphs } from './paragraphs';

const corpus = readdirSync('data')
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ id: name.replace('.txt', ''), text: readFileSync(`data/${name}`, 'utf8') }));

function expectRoundTrip(text: string, id = 'doc') {
  const paragraphs = splitParagraphs(id, text);
  paragraphs.forEach((p, i) => {
    expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(p.text).toBe(p.text.trim());
    expect(p.text.length).toBeGreaterThan(0);
    expect(p.id).toBe(`${id}#p${i + 1}`);
    if (i > 0) expect(p.start).toBeGreaterThanOrEqual(paragraphs[i - 1].end);
  });
  return paragraphs;
}

describe('splitParagraphs', () => {
  it.each(corpus)('round-trips every paragraph of $id to its exact text', ({ id, text }) => {
    const paragraphs = expectRoundTrip(text, id);
    expect(paragraphs.length).toBeGreaterThan(5);
    // Every non-blank character of the document belongs to a paragraph.
    const covered = paragraphs.reduce((n, p) => n + p.text.replace(/\s/g, '').length, 0);
    expect(covered).toBe(text.replace(/\s/g, '').length);
  });

  it('gives forum replies their depth from indentation in the forum thread', () => {
    const { id, text } = corpus.find((doc) => doc.id === 'nato-explained-forum-thread')!;
    const paragraphs = splitParagraphs(id, text);
    const depthOf = (words: string) => paragraphs.find((p) => p.text.startsWith(words))?.depth;
    expect(depthOf('The North Atlantic Treaty Organisation was founded')).toBe(0);
    expect(depthOf('I seriously don’t understand')).toBe(1);
    expect(depthOf('There was literally one single case')).toBe(2);
    expect(depthOf('I’ve never seen anything that suggests')).toBe(3);
    expect(Math.max(...paragraphs.map((p) => p.depth))).toBe(3);
  });

  it('returns no paragraph for an empty text or one of only white space', () => {
    expect(splitParagraphs('d', '')).toEqual([]);
    expect(splitParagraphs('d', ' \n\t\r\n\u00a0 \n')).toEqual([]);
  });

  it('keeps the last paragraph of a text with no trailing newline', () => {
    const paragraphs = expectRoundTrip('First.\n\nSecond and last');
    expect(paragraphs.map((p) => p.text)).toEqual(['First.', 'Second and last']);
  });

  it('splits CRLF text at blank lines and at single line breaks alike', () => {
    const text = 'One line.\r\n\r\nTwo line.\r\nThree line.\r\n';
    expect(expectRoundTrip(text).map((p) => p.text)).toEqual([
      'One line.',
      'Two line.',
      'Three line.',
    ]);
  });

  it('joins hard-wrapped prose lines into one paragraph and splits at blank lines', () => {
    const line = 'This sentence is wrapped at a fixed width like old e-mail';
    const text = `${line}\n${line}\nend.\n\n${line}\nend.\n`;
    expect(expectRoundTrip(text).map((p) => p.text)).toEqual([
      `${line}\n${line}\nend.`,
      `${line}\nend.`,
    ]);
  });

  it('splits a 5 MB document in linear time', () => {
    const block = 'A paragraph of prose that mentions 1954 and goes on for a while. '.repeat(8);
    const text = `${block}\n\n`.repeat(Math.ceil(5_000_000 / (block.length + 2)));
    const started = performance.now();
    const paragraphs = splitParagraphs('big', text);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(paragraphs.length).toBeGreaterThan(9_000);
    expect(text.slice(paragraphs.at(-1)!.start, paragraphs.at(-1)!.end)).toBe(block.trim());
  });

  it('round-trips any text, whatever its characters', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r', '\t', '\u00a0', 'é', '😀') }),
        (text) => {
          expectRoundTrip(text);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('findParagraphAt', () => {
  it('finds the paragraph that holds an offset and nothing between paragraphs', () => {
    const paragraphs = splitParagraphs('d', 'Alpha.\n\nBeta.');
    expect(findParagraphAt(paragraphs, 0)?.id).toBe('d#p1');
    expect(findParagraphAt(paragraphs, 9)?.id).toBe('d#p2');
    expect(findParagraphAt(paragraphs, 6)).toBeUndefined();
  });
});
