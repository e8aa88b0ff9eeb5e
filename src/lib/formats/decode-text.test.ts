import { describe, expect, test } from 'vitest';
import { decodeText, DecodeError } from './decode-text';

const utf16le = (text: string, bom = true) => {
  const bytes = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  if (bom) bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    bytes[(bom ? 2 : 0) + i * 2] = text.charCodeAt(i) & 0xff;
    bytes[(bom ? 2 : 0) + i * 2 + 1] = text.charCodeAt(i) >> 8;
  }
  return bytes;
};
const utf16be = (text: string) => {
  const le = utf16le(text);
  const be = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
  return be;
};
const reason = (bytes: Uint8Array) => {
  try {
    decodeText(bytes);
    return null;
  } catch (error) {
    return (error as DecodeError).reason;
  }
};

describe('decodeText', () => {
  test('decodeText() reads UTF-8 and drops its byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Déjà vu, 1954')]);
    expect(decodeText(bytes)).toEqual({ text: 'Déjà vu, 1954', encoding: 'utf-8' });
  });

  test('decodeText() reads UTF-16 with a byte-order mark, little and big endian', () => {
    expect(decodeText(utf16le('March 31, 1954 – note'))).toEqual({
      text: 'March 31, 1954 – note',
      encoding: 'utf-16le',
    });
    const be = utf16be('March 31, 1954');
    expect(decodeText(be).text).toBe('March 31, 1954');
    expect(decodeText(be).encoding).toBe('utf-16be');
  });

  test('decodeText() recognises UTF-16 without a byte-order mark by its NUL bytes', () => {
    expect(decodeText(utf16le('Plain text from 1954.', false))).toEqual({
      text: 'Plain text from 1954.',
      encoding: 'utf-16le',
      fallback: true,
    });
  });

  test('decodeText() reads bytes that are not UTF-8 as windows-1252 and says so', () => {
    // "Café – 1954" in windows-1252: é = 0xE9, en dash = 0x96.
    const bytes = new Uint8Array([
      0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x31, 0x39, 0x35, 0x34,
    ]);
    expect(decodeText(bytes)).toEqual({
      text: 'Café – 1954',
      encoding: 'windows-1252',
      fallback: true,
    });
  });

  test.each([
    ['an empty file', new Uint8Array(), 'empty'],
    ['white space only', new TextEncoder().encode(' \n\t\n'), 'blank'],
    [
      'a PNG header',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]),
      'binary',
    ],
    [
      'control bytes without NUL',
      new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 ? 0x41 : 0x01))),
      'binary',
    ],
  ])('decodeText() refuses %s', (_, bytes, expected) => {
    expect(reason(bytes)).toBe(expected);
  });
});
