// Finds Debian's Chromium (or the one named by CHROMIUM_PATH) for the browser tests. Run
// directly, it fails with instructions when there is none: browser tests never skip silently.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Path of a Chromium executable, or null. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** Flags for a headless Chromium on a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && !findChromium()) {
  const named = process.env.CHROMIUM_PATH
    ? ` (CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist)`
    : '';
  console.error(
    `sourceline: no Chromium found for the browser tests${named}.\n` +
      'Install it with `sudo apt-get install chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a\n' +
      'Chromium or Chrome executable. Browsers are never downloaded by the tests.',
  );
  process.exit(1);
}
