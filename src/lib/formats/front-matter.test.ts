import { describe, expect, it } from 'vitest';
import { readFrontMatter } from './front-matter';

describe('readFrontMatter', () => {
  it('reads the title and the date of a post, and where its text begins', () => {
    const text =
      '---\ntitle: "Ten years of the garden"\ndate: 2024-09-15\ntags: [garden]\n---\n\nTen years ago...';
    const front = readFrontMatter(text);
    expect(front?.meta).toEqual({ title: 'Ten years of the garden', published: '2024-09-15' });
    expect(text.slice(front?.bodyStart)).toBe('\nTen years ago...');
  });

  it.each([
    ['date: 2024-09-15T10:00:00+02:00', '2024-09-15'],
    ['date: 2024-09-15 10:00:00 +0200', '2024-09-15'],
    ['pubDate: 2023-07', '2023-07'],
    ['publishDate: 1999', '1999'],
    ["published: '2021-05-04'", '2021-05-04'],
  ])('takes the day a date starts with (%s)', (line, published) => {
    expect(readFrontMatter(`---\n${line}\n---\nText.`)?.meta.published).toBe(published);
  });

  it("prefers sourceline's own key, and leaves out what is no date", () => {
    expect(readFrontMatter('---\npublished: 2020-01-02\ndate: 2021-03-04\n---\nT')?.meta).toEqual({
      published: '2020-01-02',
    });
    // Jekyll's `published: false` marks a draft; "last spring" is no date a sidecar would take.
    expect(readFrontMatter('---\npublished: false\ndate: last spring\n---\nT')?.meta).toEqual({});
  });

  it('keeps only the text keys a sidecar knows, as text', () => {
    const front = readFrontMatter(
      '---\ntitle: Post\nauthor: [Ann, Bo]\nlanguage: en\nlayout: post\n---\r\nText',
    );
    expect(front?.meta).toEqual({ title: 'Post', language: 'en' });
  });

  it('reads CRLF lines and a block closed by "..."', () => {
    const text = '---\r\ntitle: Post\r\n...\r\nText';
    const front = readFrontMatter(text);
    expect(front?.meta).toEqual({ title: 'Post' });
    expect(text.slice(front?.bodyStart)).toBe('Text');
  });

  it('finds none where a text opens with a rule, a list or broken YAML', () => {
    expect(readFrontMatter('Text\n---\ntitle: x\n---\n')).toBeNull();
    expect(
      readFrontMatter('---\n\nSome prose: with a colon, and more.\nAnother line.\n\n---\n'),
    ).toBeNull();
    expect(readFrontMatter('---\n- one\n- two\n---\nText')).toBeNull();
    expect(readFrontMatter('---\ntitle: [unclosed\n---\nText')).toBeNull();
    expect(readFrontMatter('---\ntitle: never closed\nText')).toBeNull();
  });
});
