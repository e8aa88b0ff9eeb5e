/** Folds the typographic variants an editor cannot easily type: curly quotes, dashes, odd spaces. */
function foldChar(ch: string): string {
  if (/[‘’‚′]/.test(ch)) return "'";
  if (/[“”„″]/.test(ch)) return '"';
  if (/[‐‑‒–—―]/.test(ch)) return '-';
  if (/\s/.test(ch)) return ' ';
  return ch.toLowerCase();
}

/** The folded text (runs of blanks as one space) and, for each of its characters, the source offset. */
function foldText(text: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = foldChar(text[i]);
    if (ch === ' ' && folded.endsWith(' ')) continue;
    folded += ch;
    offsets.push(i);
  }
  return { folded, offsets };
}

/**
 * Finds every place `quote` occurs in `text`, ignoring case, curly versus straight quotes, dash
 * kinds and blank runs. Returns the source offsets of each match.
 */
export function findQuote(text: string, quote: string): { start: number; end: number }[] {
  const needle = foldText(quote.trim()).folded;
  if (!needle) return [];
  const { folded, offsets } = foldText(text);
  const found: { start: number; end: number }[] = [];
  for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
    found.push({ start: offsets[at], end: offsets[at + needle.length - 1] + 1 });
  }
  return found;
}
