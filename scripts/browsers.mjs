/**
 * Where the browsers for the tests are. Debian's paths by default; each can be set by an
 * environment variable for other systems:
 *
 *   LIO_CHROMIUM_PATH      Chromium                (default /usr/bin/chromium)
 *   LIO_FIREFOX_PATH       Firefox ESR             (default /usr/bin/firefox-esr)
 *   LIO_WEBKIT_PATH        WebKitGTK's MiniBrowser (default: found, see findMiniBrowser)
 *   LIO_WEBKITDRIVER_PATH  WebKitWebDriver         (default /usr/bin/WebKitWebDriver)
 *
 * Plain Node only: bootstrap.mjs uses it before any dependency is installed.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const fromEnv = (name, fallback) => process.env[name]?.trim() || fallback;

export const CHROMIUM_PATH = fromEnv('LIO_CHROMIUM_PATH', '/usr/bin/chromium');
export const FIREFOX_PATH = fromEnv('LIO_FIREFOX_PATH', '/usr/bin/firefox-esr');
export const WEBKITDRIVER_PATH = fromEnv('LIO_WEBKITDRIVER_PATH', '/usr/bin/WebKitWebDriver');

/** Folders that hold WebKitGTK's per-API directories on Debian (multiarch), Fedora and Arch. */
const LIB_DIRS = ['/usr/lib', '/usr/lib64', '/usr/libexec'];

/**
 * WebKitGTK's MiniBrowser: LIO_WEBKIT_PATH, or the newest `webkit2gtk-4.*` / `webkitgtk-6.*`
 * build found under /usr/lib/<any arch>/, /usr/lib64 or /usr/libexec. Undefined when there is none.
 */
export function findMiniBrowser() {
  const set = process.env.LIO_WEBKIT_PATH?.trim();
  if (set) return set;
  const found = [];
  const look = (dir) => {
    let entries;
    try {
      entries = readdirSync(dir);
    } catch {
      return;
    }
    for (const entry of entries) {
      if (/^webkit(?:2gtk-4|gtk-6)\.\d+$/.test(entry) && existsSync(join(dir, entry, 'MiniBrowser'))) found.push(join(dir, entry, 'MiniBrowser'));
    }
  };
  for (const lib of LIB_DIRS) {
    look(lib);
    // Debian's multiarch folders: /usr/lib/x86_64-linux-gnu, /usr/lib/aarch64-linux-gnu, …
    let arches = [];
    try {
      arches = readdirSync(lib).filter((entry) => entry.endsWith('-linux-gnu') || entry.endsWith('-linux-gnueabihf'));
    } catch {
      // no such folder on this system
    }
    for (const arch of arches) look(join(lib, arch));
  }
  // Newest API first: webkitgtk-6.0 before webkit2gtk-4.1 before webkit2gtk-4.0.
  const rank = (path) => {
    const [, api4, api6, minor] = /webkit(?:2gtk-(4)|gtk-(6))\.(\d+)/.exec(path) ?? [];
    return Number(api4 ?? api6) * 100 + Number(minor);
  };
  return found.sort((a, b) => rank(b) - rank(a))[0];
}
