/**
 * The package as an app developer gets it: `npm pack` makes the tarball, which is unpacked as
 * `node_modules/lio-widgets` of each host app in test/hosts/: a minimal React 19 + TypeScript and
 * Vue 3 + TypeScript app (as create-vite makes them), an Angular 21 app (as `ng new` makes it) and
 * a plain HTML page served under a strict Content-Security-Policy header (the tarball's dist/cdn
 * copied next to it, no build step). Each app is type-checked the way its framework does it
 * (`tsc -b`, `vue-tsc -b`, `ngc` with strictTemplates, `tsc` over the page's checked JavaScript),
 * including uses that must be type errors, then built (Vite, Angular's application builder);
 * Chromium and Firefox load each app and check that its two widgets render the app's own catalogue,
 * that a number prop arrived (page size), that the app's own state shows their events, and that an
 * intervention saved in the finder is offered in the maturity matrix (their shared workspace).
 *
 * React, Vue, Angular and their tools come from the project's devDependencies (the apps find them
 * up the folder tree); only lio-widgets comes from the tarball. Run after `npm run build` (npm test
 * does):
 *
 *   node scripts/test-hosts.mjs [react|vue|angular|html ...]
 *
 * Prints one line per check and ends with `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { stripVTControlCharacters } from 'node:util';
import { join, relative, sep } from 'node:path';
import { npmBin, root } from './bootstrap.mjs';
import { FIREFOX_PATH } from './browsers.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { serve } from './serve.mjs';

/**
 * How each app is type-checked (as its template does, plus a look inside the package's
 * declarations), which of its uses must fail the check, and how it is built into `dist/`.
 */
const HOSTS = {
  react: {
    typecheck: [
      [npmBin('tsc'), ['-b']],
      // The template skips checking libraries' .d.ts files; ours must compile for apps that do not.
      [npmBin('tsc'), ['-p', 'tsconfig.app.json', '--skipLibCheck', 'false']],
    ],
    build: [[npmBin('vite'), ['build']]],
    readme: ['src/catalogue.ts', 'src/App.tsx'],
  },
  vue: {
    typecheck: [[npmBin('vue-tsc'), ['-b']]],
    build: [[npmBin('vite'), ['build']]],
    readme: ['src/App.vue'],
  },
  angular: {
    typecheck: [[npmBin('ngc'), ['-p', 'tsconfig.app.json']]],
    // Angular templates have no @ts-expect-error: this file alone must fail, on its marked lines only.
    typeErrors: { tsconfig: 'tsconfig.type-errors.json', file: 'src/app/type-errors.ts' },
    build: [[process.execPath, ['build.mjs']]],
    readme: ['src/app/app.ts'],
  },
  html: {
    typecheck: [[npmBin('tsc'), ['-p', 'tsconfig.json']]],
    build: assembleHtmlPage,
    readme: ['index.html', 'src/app.js'],
  },
};

/** The strict policy the plain page is served with (the one README's "Privacy and security" names). */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

/** Text the app shows of its own state, and the search word that finds the app's own intervention. */
const SEARCH = { react: 'React-app', vue: 'Vue-app', angular: 'Angular-app', html: 'HTML-app' };
/** The app's own intervention (level organisation, phase selection: see each app's catalogue). */
const HOST_ITEM = 'host-app-check';
const HOST_CELL = 'organisation/selection';
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
    await check(`${name}: README shows ${host.readme.join(' and ')} as ${host.readme.length > 1 ? 'they are' : 'it is'}`, () => readmeShows(dir, host.readme));
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
      (!host.typeErrors || (await check(`${name}: wrong uses are type errors (ngc -p ${host.typeErrors.tsconfig})`, () => expectTypeErrors(dir, host.typeErrors)))) &&
      (await check(`${name}: build (${typeof host.build === 'function' ? host.build.name : host.build.map(([command, args]) => [command.split('/').at(-1), ...args].join(' ')).join('; ')})`, () => {
        rmSync(join(dir, 'dist'), { recursive: true, force: true });
        if (typeof host.build === 'function') host.build(dir);
        else for (const [command, args] of host.build) run(command, args, dir);
      }));
    if (ok) built.push(name);
  }

  if (built.length) {
    const server = await serve(root, 0);
    const { port } = server.address();
    // The plain page gets a server of its own: its folder is the site, with the policy on every response.
    const htmlServer = built.includes('html') ? await serve(join(root, 'test/hosts/html/dist'), 0, '127.0.0.1', { 'Content-Security-Policy': CSP }) : undefined;
    const urlOf = (name) =>
      name === 'html' ? `http://127.0.0.1:${htmlServer.address().port}/index.html` : `http://127.0.0.1:${port}/test/hosts/${name}/dist/index.html`;
    try {
      for (const engine of ENGINES) {
        let browser;
        const launched = await check(`${engine}: start`, async () => (browser = await launch(engine)));
        if (!launched) continue;
        try {
          for (const name of built) {
            await check(`${name}: the app renders its two widgets, receives their events, and they share the workspace (${engine})`, () => checkApp(browser, urlOf(name), name));
          }
        } finally {
          await browser.close();
        }
      }
    } finally {
      server.close();
      htmlServer?.close();
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

/**
 * README's framework section shows each host's code under `<!-- file: test/hosts/… -->`, in the
 * fenced block that follows; it must be the file as it is, so the README cannot drift from code
 * that is built and tested.
 */
function readmeShows(dir, files) {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  for (const file of files) {
    const path = relative(root, join(dir, file)).split(sep).join('/');
    const marker = `<!-- file: ${path} -->\n`;
    const at = readme.indexOf(marker);
    const shown = at < 0 ? null : /^```\w*\n([\s\S]*?)\n```\n/.exec(readme.slice(at + marker.length));
    if (!shown) throw new Error(`README.md has no code block after <!-- file: ${path} -->`);
    if (shown[1] !== readFileSync(join(dir, file), 'utf8').trimEnd()) throw new Error(`README.md shows ${path} differently from the file: copy the file into the README`);
  }
}

/**
 * Compile `file` alone with `ngc` and require it to fail with exactly one error on each line that
 * follows an `<!-- error: … -->` comment, and no error elsewhere: should the types stop catching a
 * wrong use (become `any`), its error is missing and this check fails.
 */
function expectTypeErrors(dir, { tsconfig, file }) {
  const result = spawnSync(npmBin('ngc'), ['-p', tsconfig], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  if (result.error) throw result.error;
  // ngc colours its report even without a terminal.
  const output = stripVTControlCharacters(`${result.stdout}${result.stderr}`);
  const lines = readFileSync(join(dir, file), 'utf8').split('\n');
  const expected = lines.flatMap((line, index) => (line.trim().startsWith('<!-- error:') ? [index + 2] : []));
  const found = [...output.matchAll(/^(\S+):(\d+):\d+ - error (TS\d+|NG\d+)/gm)].map((match) => ({ file: match[1], line: Number(match[2]) }));
  const problems = [];
  if (result.status === 0) problems.push('ngc passed, so no wrong use was caught');
  if (!expected.length) problems.push(`${file} marks no line with <!-- error: … -->`);
  for (const line of expected) {
    const count = found.filter((error) => error.file === file && error.line === line).length;
    if (count !== 1) problems.push(`${file}:${line}: ${count} errors, expected 1: ${lines[line - 1].trim()}`);
  }
  for (const error of found.filter((error) => error.file !== file || !expected.includes(error.line))) problems.push(`unexpected error at ${error.file}:${error.line}`);
  if (!found.length && result.status !== 0) problems.push(`ngc failed without a type error:\n${output}`);
  if (problems.length) throw new Error(`${problems.join('\n')}\n${output}`.trimEnd());
}

/**
 * The plain page's "build" is what a site editor does: copy the page and its scripts, and the
 * package's dist/cdn folder (from the unpacked tarball) as `lio/` beside them.
 */
function assembleHtmlPage(dir) {
  const out = join(dir, 'dist');
  mkdirSync(out, { recursive: true });
  for (const file of ['index.html', 'favicon.svg', 'src/app.js', 'src/catalogue.js']) cpSync(join(dir, file), join(out, file.replace(/^src\//, '')));
  cpSync(join(dir, 'node_modules/lio-widgets/dist/cdn'), join(out, 'lio'), { recursive: true });
}

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
 * app's state through the typed `lio-shortlist-change` handler. Then the shared workspace: the
 * maturity matrix offers the saved intervention in the add dialog of its cell, adding it reaches
 * the app's state through `lio-plan-change`. No error and no CSP violation on the way.
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
  // Every engine fires this event for a blocked script, style or Trusted Types sink; not every one logs it.
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      document.documentElement.dataset.cspViolations = `${document.documentElement.dataset.cspViolations ?? ''}${event.violatedDirective} ${event.blockedURI}\n`;
    });
  });
  const text = (selector) => page.$eval(selector, (element) => element.textContent);
  // Polled every frame: puppeteer's waitForSelector watches the document for mutations, and a
  // change inside a widget's shadow root is none, so a result rendered late was never seen.
  const inWidget = (tag, selector) =>
    page.waitForFunction((t, s) => !!document.querySelector(t)?.shadowRoot?.querySelector(s), { timeout: TIMEOUT_MS, polling: 'raf' }, tag, selector);
  const waitForText = (selector, expected) =>
    page.waitForFunction((s, e) => document.querySelector(s)?.textContent === e, { timeout: TIMEOUT_MS }, selector, expected);
  // `>>>` looks into the widget's shadow root.
  const click = (tag, selector) => page.locator(`${tag} >>> ${selector}`).setTimeout(TIMEOUT_MS).click();
  try {
    await page.goto(url);
    await waitForText('#catalogue-state', 'ready');
    await inWidget('lio-intervention-finder', '[part="result"]');
    const shown = (await page.$$('lio-intervention-finder >>> [part="result"]')).length;
    if (shown !== PAGE_SIZE) throw new Error(`pageSize={${PAGE_SIZE}} should show ${PAGE_SIZE} results, found ${shown}`);

    await page.locator('lio-intervention-finder >>> input[type="search"]').fill(SEARCH[name]);
    const save = `[part="result"][data-id="${HOST_ITEM}"] button[aria-pressed="false"]`;
    await inWidget('lio-intervention-finder', save);
    await click('lio-intervention-finder', save);
    // `added` is only in the shortlist event's detail: no other event can fill it.
    await waitForText('#added', HOST_ITEM);
    const ids = await text('#shortlist');
    if (ids !== HOST_ITEM) throw new Error(`the app's shortlist should be ${HOST_ITEM}, is ${ids}`);

    // The matrix knows the app's intervention (same catalogue) and the finder's shortlist (same workspace).
    const add = `button[data-add="${HOST_CELL}"]`;
    await inWidget('lio-maturity-matrix', add);
    await click('lio-maturity-matrix', add);
    const offer = `.shortlist .offer[data-id="${HOST_ITEM}"] button`;
    await inWidget('lio-maturity-matrix', offer);
    await click('lio-maturity-matrix', offer);
    await waitForText('#plan', HOST_ITEM);
    // The action shows the title from the app's catalogue ("Interventie uit de React-app").
    await page.waitForFunction(
      (word) => !!document.querySelector('lio-maturity-matrix')?.shadowRoot?.querySelector('[part="action"]')?.textContent?.includes(word),
      { timeout: TIMEOUT_MS, polling: 'raf' },
      SEARCH[name],
    );

    const violations = await page.evaluate(() => document.documentElement.dataset.cspViolations ?? '');
    if (violations) errors.push(`CSP violations:\n${violations.trimEnd()}`);
    if (errors.length) throw new Error(errors.join('\n'));
  } catch (error) {
    const state = await page
      .evaluate(() => ['catalogue-state', 'shortlist', 'added', 'plan'].map((id) => `${id}: ${document.getElementById(id)?.textContent}`).join('; '))
      .catch(() => 'page not readable');
    throw new Error([String(error.message ?? error).split('\n')[0], `app state: ${state}`, ...errors].join('\n'));
  } finally {
    await page.close();
  }
}
