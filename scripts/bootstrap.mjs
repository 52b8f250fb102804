/**
 * Installs what `npm start` and `npm test` need on a fresh machine. Plain Node only: this runs
 * before any dependency exists.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH, FIREFOX_PATH, WEBKITDRIVER_PATH, findMiniBrowser } from './browsers.mjs';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** Debian packages for the browser tests, and the files that show each is present. */
const BROWSER_PACKAGES = [
  { pkg: 'chromium', file: CHROMIUM_PATH, env: 'LIO_CHROMIUM_PATH' },
  { pkg: 'firefox-esr', file: FIREFOX_PATH, env: 'LIO_FIREFOX_PATH' },
  { pkg: 'webkit2gtk-driver', file: WEBKITDRIVER_PATH, env: 'LIO_WEBKITDRIVER_PATH' },
  // MiniBrowser is found wherever the architecture puts it (see browsers.mjs).
  { pkg: 'libwebkit2gtk-4.1-0', file: findMiniBrowser(), env: 'LIO_WEBKIT_PATH' },
  { pkg: 'xvfb', file: '/usr/bin/xvfb-run' },
  { pkg: 'xauth', file: '/usr/bin/xauth' },
  // pdftotext reads back what the print tests (test/print) printed to PDF.
  { pkg: 'poppler-utils', file: '/usr/bin/pdftotext' },
];

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

/** `npm ci` when node_modules is missing or older than the lockfile. */
export function ensureNodeModules() {
  const marker = `${root}/node_modules/.package-lock.json`;
  const lock = `${root}/package-lock.json`;
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('› installing npm dependencies (npm ci)');
  if (run('npm', ['ci', '--no-audit', '--no-fund']) !== 0) {
    throw new Error('npm ci failed');
  }
}

/**
 * The Debian browsers (and poppler-utils for the print tests). As root (CI, containers) they are installed with apt-get; otherwise the
 * missing ones are named with the command to install them.
 */
export function ensureBrowsers() {
  // A path set by the environment is the user's choice: say so when it is wrong, install nothing.
  const wrongEnv = BROWSER_PACKAGES.filter(({ env, file }) => env && process.env[env]?.trim() && !existsSync(file));
  if (wrongEnv.length) {
    throw new Error(wrongEnv.map(({ env, file }) => `${env} is set to ${file}, which does not exist.`).join('\n'));
  }
  const missing = BROWSER_PACKAGES.filter(({ file }) => !file || !existsSync(file)).map(({ pkg }) => pkg);
  if (!missing.length) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const isDebian = existsSync('/usr/bin/apt-get');
  if (isRoot && isDebian) {
    console.log(`› installing browsers from Debian: ${missing.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (run('apt-get', ['update'], { env }) !== 0 || run('apt-get', ['install', '-y', ...missing], { env }) !== 0) {
      throw new Error(`apt-get could not install ${missing.join(' ')}`);
    }
    return;
  }
  throw new Error(
    `The browser tests need Chromium, Firefox ESR and WebKit (WebKitWebDriver), the print tests poppler-utils. Missing: ${missing.join(', ')}.\n` +
      `On Debian/Ubuntu: sudo apt-get install -y ${missing.join(' ')}\n` +
      'Elsewhere, point LIO_CHROMIUM_PATH, LIO_FIREFOX_PATH, LIO_WEBKIT_PATH (MiniBrowser) and LIO_WEBKITDRIVER_PATH at the browsers.',
  );
}

export function packageVersion() {
  return JSON.parse(readFileSync(`${root}/package.json`, 'utf8')).version;
}

export function npmBin(name) {
  return `${root}/node_modules/.bin/${name}`;
}

export function hasCommand(command) {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
