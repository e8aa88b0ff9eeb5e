import { decodeWindows1252 } from './windows-1252';

/** How the bytes of a text file were read. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Text read from bytes, and how; `fallback` is set when UTF-8 failed and windows-1252 was used. */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** True when the encoding was guessed rather than declared (no byte-order mark). */
  fallback?: boolean;
}

/** Why bytes could not become text. */
export type DecodeProblem = 'empty' | 'binary' | 'blank';

/** Bytes that are not text; `reason` picks the message shown (see `ingestMessages.problems`). */
export class DecodeError extends Error {
  constructor(readonly reason: DecodeProblem) {
    super(reason);
    this.name = 'DecodeError';
  }
}

const SAMPLE = 8192;

/** Which byte positions of the sample are NUL, as a share of the even and of the odd positions. */
function nulShares(sample: Uint8Array): { even: number; odd: number; any: boolean } {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const half = Math.max(1, sample.length / 2);
  return { even: even / half, odd: odd / half, any: even + odd > 0 };
}

/** Share of the sample that is control bytes a text file does not hold (not tab, LF, FF, CR, ESC). */
function controlShare(sample: Uint8Array): number {
  let count = 0;
  for (const byte of sample) {
    if (byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13 && byte !== 27)
      count++;
  }
  return count / Math.max(1, sample.length);
}

const decode = (
  encoding: Exclude<TextEncodingName, 'windows-1252'>,
  bytes: Uint8Array,
  fatal = false,
) => new TextDecoder(encoding, { fatal }).decode(bytes);

/**
 * Reads the bytes of a text file: a UTF-8 or UTF-16 byte-order mark decides; without one,
 * UTF-16 is recognised by its NUL bytes, then UTF-8 is tried and, when the bytes are not valid
 * UTF-8, windows-1252 (the usual encoding of older Western text) is used and `fallback` set.
 * Throws `DecodeError` for empty, binary or blank input. The text is otherwise kept as it is.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new DecodeError('empty');
  let result: DecodedText;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    result = { text: decode('utf-8', bytes), encoding: 'utf-8' };
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    result = { text: decode('utf-16le', bytes), encoding: 'utf-16le' };
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    result = { text: decode('utf-16be', bytes), encoding: 'utf-16be' };
  } else {
    const sample = bytes.subarray(0, SAMPLE);
    const nul = nulShares(sample);
    if (nul.any) {
      // ASCII-range text in UTF-16 has a NUL in every other byte; anything else with NULs is binary.
      if (nul.odd > 0.3 && nul.even < 0.05)
        result = { text: decode('utf-16le', bytes), encoding: 'utf-16le', fallback: true };
      else if (nul.even > 0.3 && nul.odd < 0.05)
        result = { text: decode('utf-16be', bytes), encoding: 'utf-16be', fallback: true };
      else throw new DecodeError('binary');
    } else if (controlShare(sample) > 0.1) {
      throw new DecodeError('binary');
    } else {
      try {
        result = { text: decode('utf-8', bytes, true), encoding: 'utf-8' };
      } catch {
        result = { text: decodeWindows1252(bytes), encoding: 'windows-1252', fallback: true };
      }
    }
  }
  const text = result.text.startsWith('\uFEFF') ? result.text.slice(1) : result.text;
  if (text.trim() === '') throw new DecodeError('blank');
  return { ...result, text };
}
