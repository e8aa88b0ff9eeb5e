// Runs a command of src/cli (TypeScript) as one JavaScript bundle that esbuild writes to
// node_modules/.cache/sourceline-cli and writes again when any of its source files changes.
// A call then starts in about a fifth of a second; compiling every file on each call (tsx)
// took half a second, which adds up when a command runs once per document.
// Usage: node src/cli/run-cli.mjs extract [arguments of extract]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const name = process.argv[2];
const entry = join(root, 'src/cli', `${name}.ts`);
if (!name || !/^[\w-]+$/.test(name) || !existsSync(entry)) {
  process.stderr.write(`run-cli: no command ${JSON.stringify(name ?? '')} in src/cli\n`);
  process.exit(2);
}
// The command reads its own arguments from process.argv.slice(2).
process.argv.splice(2, 1);

const cache = process.env.SOURCELINE_CLI_CACHE ?? join(root, 'node_modules/.cache/sourceline-cli');
const bundle = join(cache, `${name}.mjs`);
/** The bundle's first line lists its inputs with their sizes and times, to see if it is stale. */
const STAMP = '// inputs: ';

/** @param {string} file */
function stamp(file) {
  const s = statSync(join(root, file));
  return `${s.size}:${s.mtimeMs}`;
}

function isFresh() {
  try {
    const first = readFileSync(bundle, 'utf8').split('\n', 1)[0];
    if (!first.startsWith(STAMP)) return false;
    /** @type {Record<string, string>} */
    const inputs = JSON.parse(first.slice(STAMP.length));
    return Object.entries(inputs).every(([file, was]) => stamp(file) === was);
  } catch {
    return false;
  }
}

/** Installs the npm packages first when they are missing, keeping standard output clean. */
function installIfMissing() {
  if (existsSync(join(root, 'node_modules/.package-lock.json'))) return;
  const result = spawnSync(process.execPath, [join(root, 'src/cli/ensure-deps.mjs')], {
    cwd: root,
    stdio: ['ignore', 2, 2],
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function rebuild() {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  /** @type {Record<string, string>} */
  const inputs = {};
  for (const file of Object.keys(result.metafile.inputs)) inputs[file] = stamp(file);
  mkdirSync(dirname(bundle), { recursive: true });
  // Written aside and renamed, so a command running meanwhile never reads half a file.
  const aside = `${bundle}.${process.pid}.tmp`;
  writeFileSync(aside, `${STAMP}${JSON.stringify(inputs)}\n${result.outputFiles[0].text}`);
  renameSync(aside, bundle);
}

installIfMissing();
let ready = isFresh();
if (!ready) {
  try {
    await rebuild();
    ready = true;
  } catch {
    // No esbuild or no place to write: compile on the fly instead.
  }
}
if (ready) await import(pathToFileURL(bundle).href);
else {
  const { tsImport } = await import('tsx/esm/api');
  await tsImport(pathToFileURL(entry).href, import.meta.url);
}
