/**
 * What bytes 0x80-0x9F mean in windows-1252 (as the WHATWG Encoding standard maps them; the five
 * unassigned bytes map to the C1 controls). Browsers also read numeric references in this range so.
 */
export const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * Decodes windows-1252 bytes. Written out because some runtimes (Node 20) read the label as
 * ISO-8859-1 and turn curly quotes and dashes into control characters.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  const codes = new Uint16Array(Math.min(CHUNK, bytes.length));
  for (let at = 0; at < bytes.length; at += CHUNK) {
    const end = Math.min(bytes.length, at + CHUNK);
    for (let i = at; i < end; i++) {
      const byte = bytes[i];
      codes[i - at] =
        byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte;
    }
    parts.push(String.fromCharCode(...codes.subarray(0, end - at)));
  }
  return parts.join('');
}
