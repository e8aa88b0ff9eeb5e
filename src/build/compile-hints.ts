import type { Plugin } from 'vite';

/**
 * V8's explicit compile hint (Chrome 136 and later; a plain comment to other engines): the
 * functions of a file that starts with it are compiled while the file streams in, on a
 * background thread, instead of one by one on the main thread when first called. Nearly all of
 * the entry chunk runs before the first events are drawn; what does not (the list, the reader)
 * is in later chunks, which stay lazily compiled.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** Puts the compile hint at the top of each entry chunk, after minification. */
export function compileHints(): Plugin {
  return {
    name: 'sourceline:compile-hints',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // After Vite's own additions to the chunk: the hint counts only at the very top.
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk' && chunk.isEntry && !chunk.code.startsWith(COMPILE_HINT))
            chunk.code = COMPILE_HINT + chunk.code;
        }
      },
    },
  };
}
