// Installs the project's npm packages when they are missing or older than the lockfile, so
// that `npm start` and `npm test` work on a fresh clone. Uses only Node's standard library.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const installed = 'node_modules/.package-lock.json';
/** @param {string} file */
const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);
const stale =
  !existsSync(installed) ||
  mtime('package-lock.json') > mtime(installed) ||
  mtime('package.json') > mtime(installed);

if (stale) {
  const command = existsSync('node_modules') || !existsSync('package-lock.json') ? 'install' : 'ci';
  console.log(`sourceline: installing npm packages (npm ${command})…`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, [command, '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('sourceline: npm could not install the packages; see the messages above.');
    process.exit(result.status ?? 1);
  }
}
