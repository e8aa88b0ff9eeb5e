/**
 * Copies text to the clipboard: the Clipboard API when the page may use it, else the selection
 * of `field` with the old copy command (inside a sandboxed frame the API is often refused).
 * Returns false when neither worked; the text is then left selected for Ctrl+C.
 */
export async function copyText(
  text: string,
  field: HTMLInputElement | HTMLTextAreaElement | null,
): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Refused (no permission in this frame) or missing: fall back to the selection.
  }
  if (!field) return false;
  field.focus();
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
