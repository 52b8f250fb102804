// Browser-test harness: one engine per run, chosen with LIO_ENGINE.
// Normally started through `node scripts/test-browsers.mjs <engine>`, which also
// manages the WebKitWebDriver process that the webkit engine needs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import puppeteerCore from 'puppeteer-core';
import { FIREFOX_PATH, findMiniBrowser } from './scripts/browsers.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';
import { lioReporter } from './scripts/wtr-reporter.mjs';

const rootDir = fileURLToPath(new URL('.', import.meta.url));

const ENGINES = ['chromium', 'firefox', 'webkit'];
const engine = process.env.LIO_ENGINE ?? 'chromium';
if (!ENGINES.includes(engine)) {
  throw new Error(`LIO_ENGINE must be one of ${ENGINES.join(', ')} (got "${engine}")`);
}

function browserFor(name) {
  switch (name) {
    case 'chromium':
      return chromeLauncher({
        launchOptions: {
          executablePath: CHROMIUM_PATH,
          headless: true,
          args: CHROMIUM_ARGS,
        },
      });
    case 'firefox':
      // No geckodriver here: drive Firefox ESR over WebDriver BiDi via puppeteer-core.
      return chromeLauncher({
        puppeteer: puppeteerCore,
        launchOptions: { browser: 'firefox', executablePath: FIREFOX_PATH, headless: true },
      });
    case 'webkit': {
      // WebKitWebDriver (under xvfb-run) is started by scripts/test-browsers.mjs.
      const binary = findMiniBrowser();
      if (!binary) throw new Error('WebKitGTK\'s MiniBrowser was not found: install libwebkit2gtk-4.1-0 or set LIO_WEBKIT_PATH');
      const port = Number(process.env.LIO_WEBDRIVER_PORT ?? 4444);
      return webdriverLauncher({
        automationProtocol: 'webdriver',
        hostname: '127.0.0.1',
        port,
        capabilities: {
          browserName: 'MiniBrowser',
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': {
            binary,
            args: ['--automation'],
          },
        },
      });
    }
  }
}

// Lit code uses TS *experimental* decorators (`@property()`) and relies on class
// fields not being [[Define]]d over Lit's reactive accessors. esbuild's transform
// API only sees a tsconfig we hand it (it does not find tsconfig.json itself),
// and @web/dev-server-esbuild only accepts a tsconfig *path*, which it reads as
// raw text (so `extends` would be ignored). So we always write this minimal,
// explicit one to a temp file, independent of the project's tsconfig.json.
// The file lives in a folder of its own per run (removed when the run ends), so parallel
// runs, from this checkout or another, never share or clobber it.
function esbuildTsconfigPath() {
  const raw = JSON.stringify({
    compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false },
  });
  const dir = mkdtempSync(join(tmpdir(), 'lio-wtr-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'tsconfig.json');
  writeFileSync(file, raw);
  return file;
}

// One test file at a time in every engine: WebKit's WebDriver session manager only
// supports one page, and in Chromium a second, background page gets its timers and
// animation frames throttled, so tests that wait on them time out. One page at a time
// is also fast enough (seconds per engine). `--concurrency N` on the CLI still overrides this.
const concurrency = 1;

// Test-only routes for the harness and loader tests (test/browser/): a redirecting script URL,
// and chunks that fail or arrive late, as after a redeploy or on a bad network.
//   /__lio/redirect/<path>                  302 to /<path> (query kept)
//   /__lio/<key>/fail-<n>-<name>/<path>     serves /<path>; files whose name starts with <name>
//                                           answer 503 to their first n requests under <key>
//   /__lio/<key>/slow-<ms>-<name>/<path>    the same, but such files arrive <ms> later
//   /__lio/<key>/hold-<n>-<name>/<path>     the same, but their first n requests wait until
//                                           /__lio/<key>/release is requested
//   /__lio/<key>/requests                   the paths requested under <key> so far (JSON), also
//                                           those still held: "not requested" can be asserted
const served = new Map();
const requested = new Map();
const holds = new Map();
/** The hold of `key`: a promise that the release route resolves. */
function holdOf(key) {
  if (!holds.has(key)) {
    let release;
    const released = new Promise((resolve) => (release = resolve));
    holds.set(key, { released, release });
  }
  return holds.get(key);
}
async function lioTestRoutes(ctx, next) {
  const redirect = /^\/__lio\/redirect(\/.*)$/.exec(ctx.path);
  if (redirect) return ctx.redirect(redirect[1] + ctx.search);
  const control = /^\/__lio\/([\w-]+)\/(release|requests)$/.exec(ctx.path);
  if (control) {
    if (control[2] === 'release') holdOf(control[1]).release();
    ctx.body = control[2] === 'release' ? 'released' : JSON.stringify(requested.get(control[1]) ?? []);
    return;
  }
  const route = /^\/__lio\/([\w-]+)\/(fail|slow|hold)-(\d+)-([\w.-]+?)(\/.*)$/.exec(ctx.path);
  if (!route) return next();
  const [, key, kind, amount, name, path] = route;
  const count = (served.get(key + path) ?? 0) + 1;
  served.set(key + path, count);
  requested.set(key, [...(requested.get(key) ?? []), path]);
  const matches = path.split('/').pop().startsWith(name);
  if (matches && kind === 'fail' && count <= Number(amount)) {
    ctx.status = 503;
    ctx.body = 'unavailable (test)';
    return;
  }
  if (matches && kind === 'slow') await new Promise((resolve) => setTimeout(resolve, Number(amount)));
  if (matches && kind === 'hold' && count <= Number(amount)) await holdOf(key).released;
  ctx.url = path + ctx.search;
  return next();
}

// A collector for the quick scan's opt-in submission (test/browser/quick-scan-team.test.ts):
//   POST /__submit/<key>/ok          204, and keeps the request's body and content type
//   POST /__submit/<key>/fail-<n>    500 to the first n posts under <key>, then as `ok`
//   GET  /__submit/<key>/received    what was posted under <key>, as JSON: [{ status, type, body }]
const submissions = new Map();
async function submitRoutes(ctx, next) {
  const route = /^\/__submit\/([\w-]+)\/(ok|fail-(\d+)|received)$/.exec(ctx.path);
  if (!route) return next();
  const [, key, kind, fails] = route;
  const received = submissions.get(key) ?? [];
  submissions.set(key, received);
  if (kind === 'received') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(received);
    return;
  }
  if (ctx.method !== 'POST') {
    ctx.status = 405;
    return;
  }
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  const status = kind !== 'ok' && received.length < Number(fails) ? 500 : 204;
  received.push({ status, type: ctx.get('content-type'), body: Buffer.concat(chunks).toString('utf8') });
  ctx.status = status;
  if (status === 500) ctx.body = 'failed (test)';
}

// Pages a test writes and then opens, served like any page of a host site (test/browser/builder.test.ts
// puts the embed builder's snippet in a page with a strict policy; a `srcdoc` or written frame
// would not do: Firefox does not count the server as `'self'` there):
//   PUT /__page/<key>   keeps the request's body (HTML) under <key>
//   GET /__page/<key>   serves it as text/html
const pages = new Map();
async function pageRoutes(ctx, next) {
  const route = /^\/__page\/([\w-]+)$/.exec(ctx.path);
  if (!route) return next();
  if (ctx.method === 'PUT') {
    const chunks = [];
    for await (const chunk of ctx.req) chunks.push(chunk);
    pages.set(route[1], Buffer.concat(chunks).toString('utf8'));
    ctx.status = 204;
    return;
  }
  if (!pages.has(route[1])) return next();
  ctx.type = 'text/html';
  ctx.body = pages.get(route[1]);
}

export default {
  rootDir, // project root, so tests can fetch /package.json, /dist/cdn/lio.js, /demo/*.html
  // `--files <path or glob>` on the CLI replaces this, e.g. to run a single file.
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  browsers: [browserFor(engine)],
  concurrentBrowsers: 1,
  concurrency,
  // Never draw the dynamic progress UI: output must be readable in CI logs.
  staticLogging: true,
  // Lit's dev build (picked via the "development" export condition) gives useful
  // warnings in tests, but announces itself in every file; drop just that line.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  // Generous timeouts: a cold Firefox/WebKit start on a busy 2-core box is slow.
  browserStartTimeout: 120_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  // No mocha `grep` passthrough: @web/test-runner-mocha reports grep-excluded tests
  // as failed (neither passed nor skipped). Narrow runs with `--files` or `it.only`.
  testFramework: { config: { timeout: 20_000 } },
  middleware: [lioTestRoutes, submitRoutes, pageRoutes],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: esbuildTsconfigPath() })],
  reporters: [
    // Quiet: no progress bar and nothing for passing files; failures, browser
    // logs and 404s are still printed per file.
    defaultReporter({ reportTestResults: true, reportTestProgress: false }),
    // LIO_WTR_RESULTS: where to write this run's result file (npm test gives each run its own).
    lioReporter({ engine, file: process.env.LIO_WTR_RESULTS || join(rootDir, '.wtr-results', `${engine}.json`) }),
  ],
};
