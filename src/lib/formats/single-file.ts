import { escapeJsonForHtml, INLINE_DATASET_ID } from '../export/single-html';
import type { Dataset } from '../types';

const INLINE = new RegExp(
  `(<script type="application/json" id="${INLINE_DATASET_ID}">)[^<]*(</script>)`,
);

/** True when `html` is a single-file build (`npm run build:single`) with a dataset to replace. */
export function isSingleFileTemplate(html: string): boolean {
  return INLINE.test(html);
}

/**
 * The single-file page with another dataset in it. Only the JSON data element changes: the
 * script and its Content-Security-Policy hash stay as built. Throws when `html` is not one.
 */
export function withDataset(html: string, dataset: Dataset): string {
  if (!isSingleFileTemplate(html)) throw new Error('not a single-file build of sourceline');
  const json = escapeJsonForHtml(JSON.stringify(dataset));
  return html.replace(INLINE, (_, open: string, close: string) => open + json + close);
}
