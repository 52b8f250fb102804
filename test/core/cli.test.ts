/**
 * The catalogue CLI (`bin/lio-widgets.mjs validate`), run as a child process the way authors and
 * CI run it. Paths are relative to the repository root, as printed in the messages.
 *
 * In this repository the CLI runs from the TypeScript sources; an installed package runs it from
 * dist/core.js. The last test forces the build (npm test builds before the core tests).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = 'test/fixtures/catalogues';

function cli(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, ['bin/lio-widgets.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, lines: run.stdout.split('\n') };
}

test('the default catalogue is valid', () => {
  const run = cli(['validate', 'catalogue/default.json']);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /^✓ catalogue\/default\.json is a valid catalogue \(\d+ interventions, a scan of \d+ statements\)$/m);
});

test('an extension of the default is checked together with the default', () => {
  const run = cli(['validate', `${fixtures}/extension.json`]);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /is a valid catalogue \(\d+ interventions with the default it extends, a scan of \d+ statements\)/);
});

test('a wrong level is reported with its line, column and path', () => {
  const run = cli(['validate', `${fixtures}/invalid-level.json`]);
  assert.equal(run.status, 1);
  assert.ok(
    run.lines.includes(
      `${fixtures}/invalid-level.json:9:16 interventions[0].level: expected one of employee, task, colleagues-and-leader, organisation, environment`,
    ),
    run.stdout,
  );
  assert.match(run.stdout, /hint \(invalid-value\)/);
  // The unknown factor in the same item comes in the same run, although the schema check failed.
  assert.ok(
    run.lines.includes(`${fixtures}/invalid-level.json:10:19 interventions[0].factors[0]: unknown factor "collegial-support" (did you mean "colleague-support"?)`),
    run.stdout,
  );
  assert.match(run.stdout, /✗ .*invalid-level\.json: 2 problems$/m);
});

test('schema and cross-reference problems come in one run, top to bottom, with "did you mean" and the valid factor ids', () => {
  const file = `${fixtures}/many-problems.json`;
  const run = cli(['validate', file]);
  assert.equal(run.status, 1, run.stderr);
  assert.deepEqual(
    run.lines.filter((line) => line.startsWith(`${file}:`)),
    [
      '10:19 interventions[0].factors[0]: unknown factor "colleague-suport" (did you mean "colleague-support"?)',
      '12:19 interventions[0].evidence: expected one of proven, mixed, not-effective, practice, expert-session',
      '15:19 interventions[0].related[0]: unknown intervention "job-craftng" (did you mean "job-crafting"?)',
      '17:5 interventions[1].summary: is required (text)',
      '18:13 interventions[1].id: "peer-coaching" is used twice',
      '21:31 interventions[1].factors[1]: unknown factor "no-such-thing-at-all"',
      '25:26 interventions[1].links[0].url: expected an http(s) URL',
      '28:14 remove[0]: removes "task-rotaton", which the default catalogue does not have (did you mean "task-rotation"?)',
    ].map((line) => `${file}:${line}`),
  );
  const factorHint = run.lines.find((line) => line.startsWith('  hint (unknown-factor):')) ?? '';
  const factors = (JSON.parse(readFileSync(join(root, 'catalogue/default.json'), 'utf8')) as { levels: Array<{ factors: Array<{ id: string }> }> }).levels
    .flatMap((level) => level.factors.map((factor) => factor.id));
  assert.ok(factorHint.endsWith(`: ${factors.join(', ')}`), factorHint);
  // The intervention ids are too many to print; the hint says how to list them.
  assert.match(run.stdout, /hint \(unknown-related\): .*npx lio-widgets ids/);
  assert.match(run.stdout, /hint \(unknown-remove\): .*npx lio-widgets ids/);
  assert.match(run.stdout, /✗ .*many-problems\.json: 8 problems$/m);
});

test('`lio-widgets ids` lists the default catalogue\'s factor and intervention ids with their titles', () => {
  const run = cli(['ids']);
  assert.equal(run.status, 0, run.stderr);
  const json = JSON.parse(readFileSync(join(root, 'catalogue/default.json'), 'utf8')) as { interventions: Array<{ id: string }> };
  assert.ok(run.lines.includes('colleague-support\tSteun van collega\'s'), run.stdout.slice(0, 500));
  assert.ok(run.lines.includes('task-rotation\tTaakroulatie'), run.stdout.slice(0, 500));
  const interventions = run.lines.slice(run.lines.indexOf('# interventions (for "related" and "remove")') + 1).filter(Boolean);
  assert.deepEqual(interventions.map((line) => line.split('\t')[0]), json.interventions.map((item) => item.id));
});

test('an unknown factor is reported at the factor', () => {
  const run = cli(['validate', `${fixtures}/unknown-factor.json`]);
  assert.equal(run.status, 1);
  assert.ok(run.lines.includes(`${fixtures}/unknown-factor.json:10:40 interventions[0].factors[1]: unknown factor "collegial-support" (did you mean "colleague-support"?)`), run.stdout);
});

test('a JSON syntax error is reported where it is', () => {
  const run = cli(['validate', `${fixtures}/syntax-error.json`]);
  assert.equal(run.status, 1);
  assert.ok(run.lines.includes(`${fixtures}/syntax-error.json:4:3 not valid JSON: missing ',' after a property value`), run.stdout);
});

test('a file that cannot be read exits with 2', () => {
  const run = cli(['validate', `${fixtures}/does-not-exist.json`]);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /does-not-exist\.json: cannot read the file \(no such file\)/);
});

test('with several files, the worst outcome decides the exit code', () => {
  assert.equal(cli(['validate', 'catalogue/default.json', `${fixtures}/invalid-level.json`]).status, 1);
  assert.equal(cli(['validate', `${fixtures}/invalid-level.json`, `${fixtures}/does-not-exist.json`]).status, 2);
});

test('the command is committed executable, so running it does not change its mode in git', () => {
  // npm marks a bin file executable on install; committed as 100644, a checkout then shows it as modified.
  const bins = Object.values((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin);
  assert.ok(bins.length > 0);
  for (const bin of bins) {
    const staged = spawnSync('git', ['ls-files', '--stage', '--', bin], { cwd: root, encoding: 'utf8' });
    assert.equal(staged.status, 0, staged.stderr);
    assert.match(staged.stdout, /^100755 /, `${bin} is committed as ${staged.stdout.split(' ')[0] || 'untracked'}, not 100755`);
    assert.ok(statSync(join(root, bin)).mode & 0o111, `${bin} is not executable in this checkout`);
  }
  // Run directly (shebang), not through node: what a user's shell does.
  const help = spawnSync(join(root, 'bin/lio-widgets.mjs'), ['--help'], { cwd: root, encoding: 'utf8' });
  assert.equal(help.status, 0, help.stderr);
  assert.match(help.stdout, /^Usage: lio-widgets validate FILE/);
});

test('--help prints usage; a wrong command exits with 2', () => {
  const help = cli(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /Usage: lio-widgets validate FILE/);
  const wrong = cli(['check', 'catalogue/default.json']);
  assert.equal(wrong.status, 2);
  assert.match(wrong.stderr, /Usage:/);
});

test('runs from the built dist/core.js, as in an installed package', () => {
  const run = cli(['validate', 'catalogue/default.json', `${fixtures}/invalid-level.json`, `${fixtures}/scan-unknown-factor.json`], { LIO_CLI_FROM_DIST: '1' });
  assert.equal(run.status, 1);
  assert.match(run.stdout, /^✓ catalogue\/default\.json is a valid catalogue \(\d+ interventions, a scan of \d+ statements\)/m);
  assert.match(run.stdout, /invalid-level\.json:9:16 interventions\[0\]\.level: expected one of/);
  assert.match(run.stdout, /scan-unknown-factor\.json:65:19 scan\.statements\[1\] \(autonomy-2\)\.factor: unknown factor "job-autonomie"/);
});

test('a file with hundreds of thousands of problems lists the first thousand and counts the rest', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'lio-cli-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const json = JSON.parse(readFileSync(join(root, 'catalogue/default.json'), 'utf8'));
  // Nine missing required fields per empty item: 360,000 problems, three times what zod could gather at once.
  json.interventions = Array.from({ length: 40_000 }, () => ({}));
  const file = join(dir, 'huge.json');
  writeFileSync(file, JSON.stringify(json, null, 1));
  const run = cli(['validate', file]);
  assert.equal(run.status, 1, run.stderr);
  assert.equal(run.stderr, '');
  assert.equal(run.lines.filter((line) => line.startsWith(`${file}:`)).length, 1000);
  assert.ok(run.lines.includes(`… and ${360_000 - 1000} more problems not listed (only the first 1000 are shown)`), run.stdout.slice(-500));
  assert.ok(run.lines.includes(`✗ ${file}: 360000 problems`), run.stdout.slice(-500));
});

test('a negative count is reported with the range it must be in', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'lio-cli-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const json = JSON.parse(readFileSync(join(root, 'catalogue/default.json'), 'utf8'));
  json.meta.literatureSearch[0].abstracts = -1;
  const file = join(dir, 'negative.json');
  writeFileSync(file, JSON.stringify(json, null, 2));
  const run = cli(['validate', file]);
  assert.equal(run.status, 1);
  assert.match(run.stdout, /:\d+:\d+ meta\.literatureSearch\[0\]\.abstracts: must be 0 or more$/m);
  assert.match(run.stdout, /hint \(below-minimum\)/);
});

// One broken fixture per kind of problem an author can make; each must be named exactly.
const brokenFixtures: Array<[file: string, expected: string[]]> = [
  ['unknown-phase.json', ['21:9 interventions[0].phases[1]: expected one of unaware, selection, action, application, continuous']],
  ['duplicate-id.json', ['29:13 interventions[1].id: "peer-coaching" is used twice']],
  ['unknown-related.json', ['29:9 interventions[0].related[1]: unknown intervention "peer-mentoring"']],
  ['missing-dutch.json', ['11:18 interventions[0].summary: the Dutch text ("nl") is required']],
  ['non-http-link.json', ['28:18 interventions[0].links[0].url: expected an http(s) URL', '32:18 interventions[0].links[1].url: expected an http(s) URL']],
  ['unknown-field.json', ['5:5 interventions[0].summary: is required (text)', '23:7 interventions[0]: unknown field(s): sumary']],
  // The quick scan's question set: a problem inside a statement names it in the path.
  [
    'scan-unknown-factor.json',
    [
      '65:19 scan.statements[1] (autonomy-2).factor: unknown factor "job-autonomie" (did you mean "job-autonomy"?)',
      '74:19 scan.statements[2] (feedback-1).factor: unknown factor "no-such-factor"',
    ],
  ],
  ['scan-duplicate-id.json', ['43:15 scan.roles[1].id: "employee" is used twice', '73:15 scan.statements[2] (autonomy-1).id: "autonomy-1" is used twice']],
  ['scan-bad-thresholds.json', ['50:19 scan.thresholds: the strength threshold (3) must be higher than the improvement threshold (3.5)']],
  [
    'scan-bad-scale.json',
    ['7:17 scan.scale.labels: needs exactly 5 items', '47:19 scan.thresholds.strength: must be 5 or less', '59:7 scan.statements[1] (autonomy-2).text: is required (text)'],
  ],
];

for (const [file, expected] of brokenFixtures) {
  test(`names every problem in ${file}`, () => {
    const run = cli(['validate', `${fixtures}/${file}`]);
    assert.equal(run.status, 1, run.stdout + run.stderr);
    const problems = run.lines.filter((line) => line.startsWith(`${fixtures}/${file}:`));
    assert.deepEqual(problems, expected.map((line) => `${fixtures}/${file}:${line}`));
    assert.match(run.stdout, new RegExp(`✗ .*${file}: ${expected.length} problems?`));
  });
}
