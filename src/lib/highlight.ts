/**
 * Splits text into consecutive parts by (possibly overlapping) marked ranges, so a component
 * can wrap marked parts in elements and render everything as text, never as HTML.
 */

/** A range to mark, `[start, end)` in indices of the text being split, with what it is. */
export interface MarkRange<K extends string = string, D = unknown> {
  start: number;
  end: number;
  kind: K;
  data?: D;
}

/** A run of text and the ranges that cover all of it (empty when unmarked). */
export interface TextPart<K extends string = string, D = unknown> {
  text: string;
  start: number;
  marks: MarkRange<K, D>[];
}

/**
 * Cuts `text` at every range boundary. Ranges are clipped to the text; empty ones are dropped.
 * The parts' texts join back to `text` exactly.
 */
export function splitMarked<K extends string, D>(
  text: string,
  ranges: readonly MarkRange<K, D>[],
): TextPart<K, D>[] {
  const clipped = ranges
    .map((r) => ({ ...r, start: Math.max(0, r.start), end: Math.min(text.length, r.end) }))
    .filter((r) => r.start < r.end);
  const cuts = new Set([0, text.length]);
  for (const r of clipped) cuts.add(r.start).add(r.end);
  const points = [...cuts].sort((a, b) => a - b);
  const parts: TextPart<K, D>[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i], points[i + 1]];
    if (start === end) continue;
    parts.push({
      text: text.slice(start, end),
      start,
      marks: clipped.filter((r) => r.start <= start && r.end >= end),
    });
  }
  return parts;
}

/** Moves ranges given in document offsets into offsets of a paragraph starting at `origin`. */
export function shiftRanges<R extends { start: number; end: number }>(
  ranges: readonly R[],
  origin: number,
): R[] {
  return ranges.map((r) => ({ ...r, start: r.start - origin, end: r.end - origin }));
}

/**
 * Keeps ranges that do not overlap one already kept, preferring earlier then longer ones, so
 * each character belongs to at most one (for clickable mentions).
 */
export function withoutOverlaps<R extends { start: number; end: number }>(
  ranges: readonly R[],
): R[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: R[] = [];
  for (const r of sorted) if (!kept.length || r.start >= kept[kept.length - 1].end) kept.push(r);
  return kept;
}
