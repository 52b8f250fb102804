#!/usr/bin/env node
// Runs the browser tests in one engine:
//   node scripts/test-browsers.mjs <chromium|firefox|webkit> [extra web-test-runner args]
// e.g. node scripts/test-browsers.mjs webkit --files test/browser/catalogue.test.ts
//
// For webkit it first starts `xvfb-run -a WebKitWebDriver --port=<free port>`
// and tears it down afterwards. Exits with web-test-runner's exit code.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { WEBKITDRIVER_PATH } from './browsers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const wtrBin = fileURLToPath(new URL('../node_modules/@web/test-runner/dist/bin.js', import.meta.url));
const ENGINES = ['chromium', 'firefox', 'webkit'];

const [engine, ...wtrArgs] = process.argv.slice(2);
if (!ENGINES.includes(engine)) {
  console.error(`usage: node scripts/test-browsers.mjs <${ENGINES.join('|')}> [web-test-runner args]`);
  process.exit(2);
}

// The harness tests load the built script-tag bundle and a second version of it; when run on its
// own (npm run test:<engine>) without a build, say what to run instead of failing obscurely.
for (const file of ['dist/cdn/lio.js', 'test/generated/second-version/lio.js']) {
  if (!existsSync(`${root}/${file}`)) {
    console.error(`${file} is missing: run \`npm run build && npm run build:test\` first (npm test does both).`);
    process.exit(2);
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForDriver(port, driver, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited early (code ${driver.exitCode})`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok && (await res.json()).value?.ready) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${timeoutMs} ms`);
}

/** Live (non-zombie) processes in process group `pgid`, as [{ pid, comm }] (Linux /proc). */
function processesInGroup(pgid) {
  const found = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // format: pid (comm) state ppid pgrp ...; comm may contain spaces/parens
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(pgrp) === pgid && state !== 'Z') found.push({ pid: Number(entry), comm });
    } catch {
      // process vanished while we looked
    }
  }
  return found;
}

async function startWebKitDriver() {
  const port = await freePort();
  // detached => own process group (xvfb-run, Xvfb, WebKitWebDriver, MiniBrowser
  // and its WebKit helpers all land in it), so nothing can escape the cleanup.
  const driver = spawn('xvfb-run', ['-a', WEBKITDRIVER_PATH, `--port=${port}`], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // Kept quiet unless startup fails (it ends with sh's "Terminated" on shutdown).
  let stderr = '';
  driver.stderr.on('data', chunk => (stderr += chunk));
  const exited = new Promise(resolve => driver.once('exit', resolve));
  const signalGroup = signal => {
    try { process.kill(-driver.pid, signal); } catch { /* group already empty */ }
  };

  async function stop() {
    // Terminate only WebKitWebDriver: it closes MiniBrowser, and xvfb-run then
    // runs its EXIT trap (kills Xvfb, removes /tmp/xvfb-run.*). Signalling the
    // whole group first would kill xvfb-run's shell before that trap runs and
    // leak the temp dir.
    for (const { pid, comm } of processesInGroup(driver.pid)) {
      // /proc's comm is the executable's name, cut to 15 characters.
      if (comm !== basename(WEBKITDRIVER_PATH).slice(0, 15)) continue;
      try { process.kill(pid, 'SIGTERM'); } catch { /* already gone */ }
    }
    await Promise.race([exited, sleep(10_000)]);
    // xvfb-run sends Xvfb a single SIGTERM and does not wait for it. Now and then
    // (~1 run in 20 here) Xvfb outlives that signal, idle in epoll_wait with
    // nothing pending, so repeat SIGTERM until the group is gone. SIGKILL is the
    // last resort only: it leaves Xvfb's /tmp/.X<n>-lock behind, and
    // `xvfb-run -a` then skips that display number from then on.
    for (let i = 0; i < 40 && processesInGroup(driver.pid).length > 0; i++) {
      if (i > 0) signalGroup('SIGTERM'); // first give Xvfb 250 ms to exit on its own
      await sleep(250);
    }
    if (processesInGroup(driver.pid).length > 0) signalGroup('SIGKILL');
    await exited;
  }

  try {
    await waitForDriver(port, driver);
  } catch (error) {
    process.stderr.write(stderr);
    await stop();
    throw error;
  }
  return { port, stop };
}

function runWtr(env) {
  // stdin 'ignore': wtr must never wait for keyboard input (CI has no TTY).
  const wtr = spawn(
    process.execPath,
    [wtrBin, '--config', 'web-test-runner.config.mjs', '--static-logging', ...wtrArgs],
    { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  const done = new Promise(resolve =>
    wtr.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1))),
  );
  return { wtr, done };
}

const started = Date.now();
// A stale result file must not pass for this run's result if wtr dies early.
rmSync(process.env.LIO_WTR_RESULTS || `${root}/.wtr-results/${engine}.json`, { force: true });

const env = { ...process.env, LIO_ENGINE: engine };
let driver;
let wtr;
let interrupted = false;
// On Ctrl-C / CI cancellation let wtr shut its browser down, then clean up below.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    interrupted = true;
    wtr?.kill(signal);
  });
}
let exitCode = 1;
try {
  if (engine === 'webkit') {
    driver = await startWebKitDriver();
    env.LIO_WEBDRIVER_PORT = String(driver.port);
  }
  if (!interrupted) {
    let done;
    ({ wtr, done } = runWtr(env));
    exitCode = await done;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  await driver?.stop();
}
if (interrupted) exitCode = 130; // cancelled, whatever wtr managed to report
console.log(`${engine}: finished in ${((Date.now() - started) / 1000).toFixed(1)}s (exit code ${exitCode})`);
process.exit(exitCode);
