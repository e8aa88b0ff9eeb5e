import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDates } from '../lib/dates/index';
import { splitRanges } from '../lib/dates/split-ranges';

const TEXT = 'The treaty was signed on 4 April 1949. Turkey joined in 1952, two years later.\n';

function extract(cache: string, ...args: string[]) {
  return spawnSync(process.execPath, ['src/cli/run-cli.mjs', 'extract', ...args], {
    encoding: 'utf8',
    env: { ...process.env, SOURCELINE_CLI_CACHE: cache },
  });
}

describe('run-cli', () => {
  it('runs extract from a bundle it builds once and builds again when a source changed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sourceline-cli-'));
    const file = join(dir, 'doc.txt');
    writeFileSync(file, TEXT);
    const cache = join(dir, 'cache');
    const expected = splitRanges(TEXT, findDates(TEXT, { dct: '2022-05-18' }));

    const first = extract(cache, '--dct', '2022-05-18', file);
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));

    const bundle = join(cache, 'extract.mjs');
    const built = readFileSync(bundle, 'utf8');
    expect(built.startsWith('// inputs: ')).toBe(true);
    expect(built).toContain('src/lib/dates/scan.ts');

    // A stamp that no longer matches its file makes the next call build the bundle again.
    writeFileSync(
      bundle,
      built.replace(/"src\/lib\/dates\/scan\.ts":"[^"]*"/, '"src/lib/dates/scan.ts":"0:0"'),
    );
    const second = extract(cache, '--dct', '2022-05-18', file);
    expect(second.status).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(readFileSync(bundle, 'utf8')).toBe(built);
  });

  it('keeps the command’s errors and exit codes, and refuses unknown commands', () => {
    const cache = mkdtempSync(join(tmpdir(), 'sourceline-cli-'));
    const bad = extract(cache, '--dct', '2022-13', 'missing.txt');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('bad --dct');
    expect(bad.stdout).toBe('');
    const unknown = spawnSync(process.execPath, ['src/cli/run-cli.mjs', '../x'], {
      encoding: 'utf8',
    });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('no command');
  });
});
