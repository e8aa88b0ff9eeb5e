/**
 * Document colours: a qualitative palette that keeps 3:1 contrast against both the light and
 * the dark background (Okabe-Ito based, darkened/lightened per scheme in CSS variables), twelve
 * hues before one repeats (a corpus of eleven histories had eight colours for eleven documents).
 * In the order that keeps the first ones farthest apart: the first eight differ by a CIE76
 * distance of 30 or more in both schemes (the sixth was a teal close to the first blue).
 */
export const DOCUMENT_COLORS = [
  'var(--doc-1)',
  'var(--doc-2)',
  'var(--doc-3)',
  'var(--doc-4)',
  'var(--doc-5)',
  'var(--doc-6)',
  'var(--doc-7)',
  'var(--doc-8)',
  'var(--doc-9)',
  'var(--doc-10)',
  'var(--doc-11)',
  'var(--doc-12)',
] as const;

/** Colour of the document at `index` in the dataset's document order. */
export function colorForDocument(index: number): string {
  return DOCUMENT_COLORS[index % DOCUMENT_COLORS.length];
}
