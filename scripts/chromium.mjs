/**
 * How every tool of ours starts Debian's Chromium: the browser tests, the benchmarks and the
 * story check. One list, so a flag added for one (say, for a new container quirk) reaches all.
 */
export { CHROMIUM_PATH } from './browsers.mjs';
import { CHROMIUM_PATH } from './browsers.mjs';

/**
 * --no-sandbox: CI runs as root. --disable-dev-shm-usage: containers have a tiny /dev/shm.
 * The rest keeps Chromium from phoning home, which a closed network answers with refusals.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** Headless Chromium through playwright-core, for scripts that drive pages themselves. */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
