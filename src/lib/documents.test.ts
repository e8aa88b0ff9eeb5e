import { describe, expect, it } from 'vitest';
import { DocumentError, parseDocumentMeta, readDocument, slugFromFileName } from './documents';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readDocument', () => {
  it('keeps the text exactly, line endings and non-breaking spaces included', () => {
    const text = 'Title\r\n\r\nIn 1949\u00a0NATO was founded.';
    expect(readDocument('a.txt', bytes(text)).text).toBe(text);
  });

  it('dates a web page from the publication date it declares, unless the sidecar says', () => {
    const page = bytes(
      '<html><head><meta property="article:published_time" content="2021-05-04T09:30:00Z"></head><body><p>Text.</p></body></html>',
    );
    expect(readDocument('a.html', page).meta.published).toEqual({
      value: '2021-05-04',
      precision: 'day',
    });
    expect(readDocument('a.html', page, 'published: 2020-03').meta.published).toEqual({
      value: '2020-03',
      precision: 'month',
    });
    expect(readDocument('a.txt', bytes('Text.')).meta.published.value).toBeNull();
  });

  it('titles a document without metadata from its file name', () => {
    const document = readDocument('The Cold War notes.txt', bytes('Text.'));
    expect(document.id).toBe('the-cold-war-notes');
    expect(document.meta.title).toBe('The cold war notes');
    expect(document.meta.published).toEqual({ value: null, precision: 'unknown' });
  });

  it('titles a text from the Markdown heading on its first line, unless the sidecar titles it', () => {
    const text = '\n# The end of the Western Roman Empire #\n\nIn 476 Odoacer deposed him.';
    expect(readDocument('rome.md', bytes(text)).meta.title).toBe(
      'The end of the Western Roman Empire',
    );
    expect(readDocument('rome.txt', bytes(text), 'title: Fall of Rome').meta.title).toBe(
      'Fall of Rome',
    );
    // A first line that is not a heading may be a sentence: the file name stays.
    expect(readDocument('rome.txt', bytes('Rome fell in 476.\n')).meta.title).toBe('Rome');
    expect(readDocument('tags.txt', bytes('#history #rome\n')).meta.title).toBe('Tags');
  });

  it("reads a Markdown post's front matter as its metadata, and its text after it", () => {
    const post =
      '---\ntitle: Ten years of the garden\ndate: 2024-09-15T08:00:00Z\n---\n\n# Ten years\n\nLast summer we built a greenhouse.';
    const document = readDocument('garden.md', bytes(post));
    expect(document.text).toBe('\n# Ten years\n\nLast summer we built a greenhouse.');
    expect(document.meta.title).toBe('Ten years of the garden');
    expect(document.meta.published).toEqual({ value: '2024-09-15', precision: 'day' });
    // The sidecar says it otherwise: the sidecar wins, key by key.
    const sidecar = readDocument('garden.md', bytes(post), 'published: 2024-09');
    expect(sidecar.meta).toMatchObject({
      title: 'Ten years of the garden',
      published: { value: '2024-09', precision: 'month' },
    });
    // No title in the front matter: the heading under it.
    expect(readDocument('garden.md', bytes('---\ndate: 2024\n---\n# Ten years\n')).meta.title).toBe(
      'Ten years',
    );
    // A plain text keeps its opening lines, whatever they look like.
    expect(readDocument('notes.txt', bytes('---\ntitle: x\n---\nText')).text).toBe(
      '---\ntitle: x\n---\nText',
    );
    expect(() => readDocument('empty.md', bytes('---\ntitle: Draft\n---\n \n'))).toThrowError(
      /white space/,
    );
  });

  it.each([
    ['an empty file', new Uint8Array(), /empty/],
    ['a file of only white space', bytes(' \n\n '), /white space/],
    ['a binary file', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), /binary/],
    ['a file that is not UTF-8', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]), /UTF-8/],
  ])('rejects %s with an error naming the file', (_, data, reason) => {
    expect(() => readDocument('notes/bad.txt', data)).toThrowError(DocumentError);
    expect(() => readDocument('notes/bad.txt', data)).toThrowError(/^notes\/bad\.txt: /);
    expect(() => readDocument('notes/bad.txt', data)).toThrowError(reason);
  });
});

describe('parseDocumentMeta', () => {
  it('reads title, author, kind and a publication date with its precision', () => {
    const meta = parseDocumentMeta(
      'x.meta.yaml',
      'title: A\nauthor: B\nkind: C\npublished:\n  value: 2024-07\n  precision: month\n',
    );
    expect(meta).toMatchObject({
      title: 'A',
      author: 'B',
      kind: 'C',
      published: { value: '2024-07', precision: 'month' },
    });
  });

  it('infers the precision from a bare date and accepts unknown', () => {
    expect(parseDocumentMeta('m', 'published: 2022-05-18').published).toEqual({
      value: '2022-05-18',
      precision: 'day',
    });
    expect(parseDocumentMeta('m', 'published: "1998"').published).toEqual({
      value: '1998',
      precision: 'year',
    });
    expect(parseDocumentMeta('m', 'published: unknown').published.precision).toBe('unknown');
    // Unquoted, YAML reads a year as a number.
    for (const yaml of ['published: 1998', 'published:\n  value: 1998\n  precision: year'])
      expect(parseDocumentMeta('m', yaml).published).toEqual({ value: '1998', precision: 'year' });
  });

  it.each([
    ['published: next Tuesday', /published.value/],
    ['title: [1, 2]', /title must be text/],
    ['published: {value: "2020", precision: week}', /precision/],
    ['title: "unclosed', /not valid YAML/],
  ])('stops on %s with a message saying what to fix', (yaml, message) => {
    expect(() => parseDocumentMeta('x.meta.yaml', yaml)).toThrowError(message);
  });
});

describe('slugFromFileName', () => {
  it.each([
    ['001_How NATO.txt', '001-how-nato'],
    ['Été 1944.md', 'ete-1944'],
    ['dir/sub/x.txt', 'x'],
    ['---.txt', 'document'],
  ])('turns %s into %s', (file, slug) => expect(slugFromFileName(file)).toBe(slug));
});
