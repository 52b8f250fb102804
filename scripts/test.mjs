/**
 * `npm test`: installs what is missing, then runs every check and ends with one line
 * `N passed, N failed` (totals of all parts), followed by `, N skipped` when a test was skipped,
 * so a skipped test never hides in a green total. Any failure exits non-zero.
 *
 * Parts: typecheck, lint, generated files up to date (catalogue/schema.json, catalogue chunks,
 * custom-elements.json, framework types), core tests (node:test), build, printed PDFs (test/print),
 * size budgets, host apps (React and Vue apps built from the packed package, checked in Chromium and
 * Firefox), browser tests in Chromium, Firefox ESR and WebKit, Storybook static build, axe on every
 * story in every theme.
 *
 * Set LIO_TEST_ONLY=core,chromium (comma-separated part names) to run a subset.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBrowsers, ensureNodeModules, npmBin, root } from './bootstrap.mjs';

const only = process.env.LIO_TEST_ONLY?.split(',').map((s) => s.trim()).filter(Boolean);
const results = [];

/** Run a command, echo its output, and return { code, output }. */
function exec(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const echo = (stream) => (chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', echo(process.stdout));
    child.stderr.on('data', echo(process.stderr));
    child.on('error', (error) => resolve({ code: 1, output: String(error) }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** A part that is one check: passes when the command exits 0. */
async function check(name, command, args, env) {
  if (only && !only.includes(name)) return;
  console.log(`\n━━ ${name}`);
  const { code, output } = await exec(command, args, env);
  results.push({ name, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0, output });
}

/** A part that runs many tests: counts come from its output or result file. */
async function suite(name, command, args, counts, env) {
  if (only && !only.includes(name)) return;
  console.log(`\n━━ ${name}`);
  const { code, output } = await exec(command, args, env);
  const { passed, failed, skipped = 0 } = counts(output);
  // A runner that crashed, or ran nothing, fails even if it printed no failures.
  const broken = (code !== 0 && failed === 0) || passed + failed === 0;
  results.push({ name, passed, failed: failed + (broken ? 1 : 0), skipped, output });
}

const nodeTestCounts = (output) => ({
  passed: Number(/^# pass (\d+)/m.exec(output)?.[1] ?? 0),
  failed: Number(/^# fail (\d+)/m.exec(output)?.[1] ?? 0),
  // node:test reports skip() and todo() apart; both are tests that did not really run.
  skipped: Number(/^# skipped (\d+)/m.exec(output)?.[1] ?? 0) + Number(/^# todo (\d+)/m.exec(output)?.[1] ?? 0),
});
const plainCounts = (output) => {
  const match = [...output.matchAll(/^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/gm)].at(-1);
  return { passed: Number(match?.[1] ?? 0), failed: Number(match?.[2] ?? 0), skipped: Number(match?.[3] ?? 0) };
};
// Each browser run writes its result file into this run's own folder, so two `npm test` runs
// in one checkout never read each other's results.
const resultsDir = mkdtempSync(join(tmpdir(), 'lio-test-'));
process.once('exit', () => rmSync(resultsDir, { recursive: true, force: true }));
const resultFile = (engine) => join(resultsDir, `${engine}.json`);
const engineCounts = (engine) => () => {
  const file = resultFile(engine);
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const { passed, failed, skipped } = JSON.parse(readFileSync(file, 'utf8'));
  return { passed, failed, skipped };
};

/** `N passed, N failed`, and `, N skipped` only when something was skipped. */
const totals = ({ passed, failed, skipped }) => `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;

try {
  ensureNodeModules();
  if (!only || only.some((part) => ['hosts', 'print', 'chromium', 'firefox', 'webkit', 'stories'].includes(part))) ensureBrowsers();
} catch (error) {
  console.error(`\n${error.message}`);
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}

const node = process.execPath;
await check('typecheck', npmBin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
await check('lint', npmBin('eslint'), ['.']);
await check('generated files', node, ['scripts/check-generated.mjs']);
await check('build', node, ['scripts/build.mjs']);
// After the build: the CLI tests also run the built dist/core.js.
// Node 20's test runner does not expand globs or find .ts files in folders: list them.
const coreTests = readdirSync(`${root}/test/core`).filter((f) => f.endsWith('.test.ts')).map((f) => `test/core/${f}`);
await suite('core', node, ['--import', 'tsx', '--test', '--test-reporter=tap', ...coreTests], nodeTestCounts);
// What the finder prints, read back from real PDFs (headless Chromium + pdftotext); needs the build.
const printTests = readdirSync(`${root}/test/print`).filter((f) => f.endsWith('.test.ts')).map((f) => `test/print/${f}`);
await suite('print', node, ['--import', 'tsx', '--test', '--test-reporter=tap', ...printTests], nodeTestCounts);
// A second build with another version, for the test that loads two versions on one page.
await check('build (second version for tests)', 'npm', ['run', '--silent', 'build:test']);
await suite('size', node, ['scripts/check-size.mjs'], plainCounts);
// The packed package in a React and a Vue app: type-checked, built, and loaded in Chromium and Firefox.
await suite('hosts', node, ['scripts/test-hosts.mjs'], plainCounts);
for (const engine of ['chromium', 'firefox', 'webkit']) {
  await suite(engine, node, ['scripts/test-browsers.mjs', engine], engineCounts(engine), { LIO_WTR_RESULTS: resultFile(engine) });
}
await check('storybook', npmBin('storybook'), ['build', '--quiet', '-o', 'storybook-static'], { STORYBOOK_DISABLE_TELEMETRY: '1' });
// Every story in every toolbar theme and both languages, checked with axe in Chromium.
await suite('stories', node, ['--import', 'tsx', 'scripts/check-stories.ts'], plainCounts);

// CI logs are often cut to their end: repeat the end of each failing part's output there.
const FAILURE_TAIL_LINES = 30;
for (const r of results.filter((part) => part.failed)) {
  // eslint-disable-next-line no-control-regex -- strip the colour codes of the tools' output
  const lines = r.output.replace(/\x1b\[[0-9;]*m/g, '').trimEnd().split('\n');
  console.log(`\n━━ failed: ${r.name} (last ${Math.min(lines.length, FAILURE_TAIL_LINES)} lines of its output)`);
  console.log(lines.slice(-FAILURE_TAIL_LINES).join('\n'));
}

const width = Math.max(...results.map((r) => r.name.length));
console.log('\n━━ summary');
for (const r of results) console.log(`${r.name.padEnd(width)}  ${r.failed ? '✗' : '✓'} ${totals(r)}`);
const sum = (key) => results.reduce((n, r) => n + r[key], 0);
const failed = sum('failed');
console.log(`\n${totals({ passed: sum('passed'), failed, skipped: sum('skipped') })}`);
process.exit(failed ? 1 : 0);
