import type { Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHints } from './compile-hints';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;
type NormalizedOutputOptions = Rollup.NormalizedOutputOptions;

function chunk(fileName: string, isEntry: boolean, code: string): OutputChunk {
  return { type: 'chunk', fileName, isEntry, code } as OutputChunk;
}

function run(bundle: OutputBundle) {
  const hook = compileHints().generateBundle;
  if (!hook || typeof hook !== 'object') throw new Error('expected an ordered generateBundle hook');
  (hook.handler as (o: NormalizedOutputOptions, b: OutputBundle) => void).call(
    {} as never,
    {} as NormalizedOutputOptions,
    bundle,
  );
}

describe('compileHints', () => {
  it('puts the hint first in entry chunks only, once', () => {
    const bundle: OutputBundle = {
      'index.js': chunk('index.js', true, 'const a=1;'),
      'lazy.js': chunk('lazy.js', false, 'export const b=2;'),
      'index.css': { type: 'asset', fileName: 'index.css', source: 'a{}' } as never,
    };
    run(bundle);
    run(bundle);
    expect((bundle['index.js'] as OutputChunk).code).toBe(`${COMPILE_HINT}const a=1;`);
    expect((bundle['lazy.js'] as OutputChunk).code).toBe('export const b=2;');
  });

  it('runs after the other plugins, where nothing is put in front of it', () => {
    const hook = compileHints().generateBundle;
    expect(hook && typeof hook === 'object' && hook.order).toBe('post');
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad\n');
  });
});
