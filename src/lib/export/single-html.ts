/**
 * One self-contained HTML file from a built app: the stylesheet, the script and the dataset go
 * inline, and the Content-Security-Policy allows exactly that script by its sha256 hash. Pure:
 * the hash function is passed in (Node's crypto in the CLI).
 */

/** The parts of a build, as text. */
export interface SingleFileParts {
  /** The built index.html. */
  html: string;
  /** The one JavaScript module of the build (dynamic imports inlined). */
  script: string;
  css: string;
  /** The dataset JSON text. */
  dataset: string;
  /** The workspace's worker script (a classic script), when the build has one. */
  worker?: string;
}

/** Id of the `<script type="application/json">` element the app reads its dataset from. */
export const INLINE_DATASET_ID = 'sourceline-dataset';
/**
 * Id of the `<script type="text/plain">` element holding the workspace's worker ("Your
 * documents"): the single file has no file beside it to start a worker from, so it starts one
 * from this text, as a blob.
 */
export const INLINE_WORKER_ID = 'sourceline-worker';

/**
 * Text that can sit inside a `<script>` element without ending it or switching the HTML parser
 * into its "escaped" states: `<` of `</script`, `<script` and `<!--` becomes `\x3C`, which means
 * the same inside the JavaScript strings, templates and regular expressions those occur in.
 */
export function escapeScript(script: string): string {
  return script.replace(/<(\/?script|!--)/gi, '\\x3C$1');
}

/** JSON that can sit inside a `<script>` element: every `<` is written `\u003c`. */
export function escapeJsonForHtml(json: string): string {
  return json.replace(/</g, '\\u003c');
}

/**
 * The single HTML file. `hash` returns the base64 sha256 of a string's UTF-8 bytes.
 * Throws when the built HTML does not have the expected script, stylesheet or CSP.
 */
export function assembleSingleFile(parts: SingleFileParts, hash: (text: string) => string): string {
  const script = escapeScript(parts.script);
  const scriptTag = /<script\b[^>]*\bsrc="[^"]*"[^>]*><\/script>\s*/;
  const styleTag = /<link\b[^>]*\brel="stylesheet"[^>]*>\s*/;
  const csp = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/i;
  if (!scriptTag.test(parts.html)) throw new Error('the built index.html has no script tag');
  if (!csp.test(parts.html)) throw new Error('the built index.html has no CSP meta tag');
  const policy = (value: string) =>
    value.replace(/script-src[^;]*/, `script-src 'sha256-${hash(script)}'`) +
    (parts.worker ? '; worker-src blob:' : '');
  const worker = parts.worker
    ? `<script type="text/plain" id="${INLINE_WORKER_ID}">${escapeScript(parts.worker)}</script>\n`
    : '';
  const css = parts.css.replace(/<\/style/gi, '<\\/style');
  return parts.html
    .replace(/<link\b[^>]*\brel="modulepreload"[^>]*>\s*/g, '')
    .replace(csp, (_, open: string, value: string, close: string) => open + policy(value) + close)
    .replace(scriptTag, '')
    .replace(styleTag, () => `<style>${css}</style>\n`)
    .replace(
      '</body>',
      () =>
        `<script type="application/json" id="${INLINE_DATASET_ID}">${escapeJsonForHtml(parts.dataset)}</script>\n` +
        worker +
        `<script type="module">${script}</script>\n</body>`,
    );
}
