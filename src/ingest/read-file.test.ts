import { describe, expect, it } from 'vitest';
import { readDocumentBytes } from './read-file';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readDocumentBytes', () => {
  it("reads a Markdown post's front matter as its title and date, and its text after it", () => {
    const read = readDocumentBytes(
      'garden.md',
      bytes(
        '---\ntitle: Ten years of the garden\ndate: 2024-09-15\n---\nLast summer we built a greenhouse.',
      ),
      new Set(),
    );
    expect(read).toMatchObject({
      text: 'Last summer we built a greenhouse.',
      info: {
        id: 'garden',
        title: 'Ten years of the garden',
        published: { value: '2024-09-15', precision: 'day' },
      },
    });
  });

  it('says a post with nothing under its front matter is blank', () => {
    expect(readDocumentBytes('draft.md', bytes('---\ntitle: Draft\n---\n\n'), new Set())).toEqual({
      file: 'draft.md',
      reason: 'blank',
    });
  });
});
