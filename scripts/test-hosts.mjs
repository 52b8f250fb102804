/**
 * The package as a React or Vue developer gets it: `npm pack` makes the tarball, which is unpacked
 * as `node_modules/lio-widgets` of each host app in test/hosts/ (a minimal React 19 + TypeScript
 * and Vue 3 + TypeScript app, as create-vite makes them). Each app is type-checked the way its
 * template does it (`tsc -b`, `vue-tsc -b`), including lines that must be type errors, then built
 * with Vite; Chromium and Firefox load each built app and check that the finder renders the app's own
 * catalogue, that a number prop arrived (page size) and that the app's own state shows an event.
 *
 * React, Vue and their tools come from the project's devDependencies (the apps find them up the
 * folder tree); only lio-widgets comes from the tarball. Run after `npm run build` (npm test does):
 *
 *   node scripts/test-hosts.mjs [react|vue ...]
 *
 * Prints one line per check and ends with `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { npmBin, root } from './bootstrap.mjs';
import { FIREFOX_PATH } from './browsers.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { serve } from './serve.mjs';

/** How each app is type-checked: as its create-vite template does, plus a look inside the package's declarations. */
const HOSTS = {
  react: {
    typecheck: [
      [npmBin('tsc'), ['-b']],
      // The template skips checking libraries' .d.ts files; ours must compile for apps that do not.
      [npmBin('tsc'), ['-p', 'tsconfig.app.json', '--skipLibCheck', 'false']],
    ],
  },
  vue: {
    typecheck: [[npmBin('vue-tsc'), ['-b']]],
  },
};

/** Text the app shows of its own state, and the search word that finds the app's own intervention. */
const SEARCH = { react: 'React-app', vue: 'Vue-app' };
const HOST_ITEM = 'host-app-check';
const PAGE_SIZE = 5;
const TIMEOUT_MS = 15_000;
/** The browsers that load each built app, started in-process by puppeteer-core. WebKit needs WebKitWebDriver under Xvfb; the browser suites run the same elements there. */
const ENGINES = ['chromium', 'firefox'];

const chosen = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(HOSTS);
let passed = 0;
let failed = 0;

/** One counted check: `✓ name` or `✗ name` with why. Returns whether it passed. */
async function check(name, body) {
  const started = Date.now();
  try {
    await body();
    passed++;
    console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return true;
  } catch (error) {
    failed++;
    console.log(`✗ ${name}\n${String(error.message ?? error).replace(/^/gm, '    ')}`);
    return false;
  }
}

/** Run a command; throws with its output when it fails. */
function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${[command.replace(`${root}/`, ''), ...args].join(' ')} failed (${result.status}):\n${result.stdout}${result.stderr}`.trimEnd());
  return result.stdout;
}

const packDir = mkdtempSync(join(tmpdir(), 'lio-pack-'));
let tarball;
try {
  const packed = await check('npm pack', () => {
    if (!existsSync(join(root, 'dist/index.js')) || !existsSync(join(root, 'dist/types/src/index.d.ts'))) {
      throw new Error('dist/ is missing or incomplete: run npm run build first');
    }
    run('npm', ['pack', '--silent', '--pack-destination', packDir], root);
    tarball = readdirSync(packDir).find((file) => file.endsWith('.tgz'));
    if (!tarball) throw new Error('npm pack wrote no tarball');
    tarball = join(packDir, tarball);
  });

  const built = [];
  for (const name of packed ? chosen : []) {
    const host = HOSTS[name];
    if (!host) throw new Error(`unknown host app ${name}; known: ${Object.keys(HOSTS).join(', ')}`);
    const dir = join(root, 'test/hosts', name);
    const ok =
      (await check(`${name}: install the packed package`, () => {
        // A fresh node_modules each run: only the tarball's files, and no build info from an earlier run.
        rmSync(join(dir, 'node_modules'), { recursive: true, force: true });
        mkdirSync(join(dir, 'node_modules/lio-widgets'), { recursive: true });
        run('tar', ['-xzf', tarball, '-C', join(dir, 'node_modules/lio-widgets'), '--strip-components=1'], dir);
      })) &&
      (await check(`${name}: type-check (${host.typecheck.map(([command, args]) => [command.split('/').at(-1), ...args].join(' ')).join('; ')})`, () => {
        for (const [command, args] of host.typecheck) run(command, args, dir);
      })) &&
      (await check(`${name}: vite build`, () => {
        rmSync(join(dir, 'dist'), { recursive: true, force: true });
        run(npmBin('vite'), ['build'], dir);
      }));
    if (ok) built.push(name);
  }

  if (built.length) {
    const server = await serve(root, 0);
    const { port } = server.address();
    try {
      for (const engine of ENGINES) {
        let browser;
        const launched = await check(`${engine}: start`, async () => (browser = await launch(engine)));
        if (!launched) continue;
        try {
          for (const name of built) {
            const url = `http://127.0.0.1:${port}/test/hosts/${name}/dist/index.html`;
            await check(`${name}: the built app renders the finder and receives its events (${engine})`, () => checkApp(browser, url, name));
          }
        } finally {
          await browser.close();
        }
      }
    } finally {
      server.close();
    }
  }
} catch (error) {
  failed++;
  console.log(`✗ ${error.message}`);
} finally {
  rmSync(packDir, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

/** Chromium and Firefox ESR through puppeteer-core (Firefox over WebDriver BiDi, as the browser tests drive it). */
async function launch(engine) {
  const puppeteer = (await import('puppeteer-core')).default;
  return engine === 'firefox'
    ? puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true })
    : puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/**
 * What a visitor of the app sees: the app's catalogue object reached <lio-catalogue> (its ready
 * event, with origin `property`, is in the app's state), the number prop `pageSize` reached the
 * finder (five result cards), the app's own intervention is found, and saving it reaches the
 * app's state through the typed `lio-shortlist-change` handler. No error on the way.
 */
async function checkApp(browser, url, name) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') errors.push(`console.${message.type()}: ${message.text()} ${message.location()?.url ?? ''}`.trimEnd());
  });
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  const text = (selector) => page.$eval(selector, (element) => element.textContent);
  // Polled every frame: puppeteer's waitForSelector watches the document for mutations, and a
  // change inside the finder's shadow root is none, so a result rendered late was never seen.
  const inFinder = (selector) =>
    page.waitForFunction((s) => !!document.querySelector('lio-intervention-finder')?.shadowRoot?.querySelector(s), { timeout: TIMEOUT_MS, polling: 'raf' }, selector);
  const waitForText = (selector, expected) =>
    page.waitForFunction((s, e) => document.querySelector(s)?.textContent === e, { timeout: TIMEOUT_MS }, selector, expected);
  try {
    await page.goto(url);
    await waitForText('#catalogue-state', 'ready');
    await inFinder('[part="result"]');
    const shown = (await page.$$('lio-intervention-finder >>> [part="result"]')).length;
    if (shown !== PAGE_SIZE) throw new Error(`pageSize={${PAGE_SIZE}} should show ${PAGE_SIZE} results, found ${shown}`);

    await page.locator('lio-intervention-finder >>> input[type="search"]').fill(SEARCH[name]);
    const save = `[part="result"][data-id="${HOST_ITEM}"] button[aria-pressed="false"]`;
    await inFinder(save);
    // `>>>` looks into the finder's shadow root.
    await page.locator(`lio-intervention-finder >>> ${save}`).setTimeout(TIMEOUT_MS).click();
    // `added` is only in the shortlist event's detail: no other event can fill it.
    await waitForText('#added', HOST_ITEM);
    const ids = await text('#shortlist');
    if (ids !== HOST_ITEM) throw new Error(`the app's shortlist should be ${HOST_ITEM}, is ${ids}`);
    if (errors.length) throw new Error(errors.join('\n'));
  } catch (error) {
    const state = await page
      .evaluate(() => ['catalogue-state', 'shortlist', 'added'].map((id) => `${id}: ${document.getElementById(id)?.textContent}`).join('; '))
      .catch(() => 'page not readable');
    throw new Error([String(error.message ?? error).split('\n')[0], `app state: ${state}`, ...errors].join('\n'));
  } finally {
    await page.close();
  }
}
