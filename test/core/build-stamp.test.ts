/**
 * `npm start` builds only when the build is stale (scripts/build-stamp.mjs). These tests run the
 * decision on a small made-up project in a temporary folder: no real build.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { BUILD_INPUTS, STAMP_FILE, buildStatus, compareBuild, hashInputs, writeBuildStamp } from '../../scripts/build-stamp.mjs';

const options = { inputs: ['src', 'package.json'], outputs: ['dist/cdn/lio.js'], stampFile: 'dist/.build-stamp.json' };
let dir: string;

/** A project with two sources and a finished build (its output and its stamp). */
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lio-stamp-'));
  mkdirSync(join(dir, 'src/core'), { recursive: true });
  mkdirSync(join(dir, 'dist/cdn'), { recursive: true });
  writeFileSync(join(dir, 'src/core/search.ts'), 'export const a = 1;\n');
  writeFileSync(join(dir, 'package.json'), '{ "version": "0.1.0" }\n');
  writeFileSync(join(dir, 'dist/cdn/lio.js'), '// built\n');
  writeBuildStamp(dir, options);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('fresh right after a build', () => {
  const status = buildStatus(dir, options);
  assert.equal(status.fresh, true);
  assert.match(status.reason, /no source file changed since the last build \(2 files checked\)/);
});

test('stale after a source file changed, naming the file', () => {
  writeFileSync(join(dir, 'src/core/search.ts'), 'export const a = 2;\n');
  const status = buildStatus(dir, options);
  assert.equal(status.fresh, false);
  assert.deepEqual(status.changed, ['src/core/search.ts']);
  assert.equal(status.reason, '1 source file changed since the last build: src/core/search.ts');
});

test('stale after a source file was added or removed', () => {
  writeFileSync(join(dir, 'src/core/new.ts'), 'export {};\n');
  assert.deepEqual(buildStatus(dir, options).changed, ['src/core/new.ts']);
  writeBuildStamp(dir, options);
  unlinkSync(join(dir, 'src/core/new.ts'));
  assert.deepEqual(buildStatus(dir, options).changed, ['src/core/new.ts']);
});

test('a touched file with the same content does not cause a build', () => {
  const later = new Date(Date.now() + 60_000);
  utimesSync(join(dir, 'src/core/search.ts'), later, later);
  assert.equal(buildStatus(dir, options).fresh, true);
});

test('stale without a stamp, with an unreadable stamp, or with an output missing', () => {
  writeFileSync(join(dir, 'dist/.build-stamp.json'), 'not json');
  assert.deepEqual(buildStatus(dir, options), { fresh: false, reason: 'no earlier build was found', changed: [] });
  rmSync(join(dir, 'dist/.build-stamp.json'));
  assert.equal(buildStatus(dir, options).reason, 'no earlier build was found');
  writeBuildStamp(dir, options);
  rmSync(join(dir, 'dist/cdn/lio.js'));
  assert.equal(buildStatus(dir, options).reason, 'the build is incomplete (dist/cdn/lio.js missing)');
});

test('many changed files are summed up, not all listed', () => {
  const stamp = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`src/f${i}.ts`, 'old']));
  const current = Object.fromEntries(Object.keys(stamp).map((path) => [path, 'new']));
  assert.equal(compareBuild(stamp, current).reason, '8 source files changed since the last build: src/f0.ts, src/f1.ts, src/f2.ts, src/f3.ts, src/f4.ts and 3 more');
});

test("the project's inputs cover what the build reads: entries, every element, the catalogue, the build config", () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const files = Object.keys(hashInputs(root, BUILD_INPUTS));
  for (const path of ['src/index.ts', 'components/intervention-finder/lio-intervention-finder.ts', 'components/catalogue/lio-catalogue.ts', 'catalogue/default.json', 'package.json', 'package-lock.json', 'vite.config.ts', 'tsconfig.build.json', 'scripts/build.mjs']) {
    assert.ok(files.includes(path), `${path} is not a build input`);
  }
  // Nothing outside the sources: dist/ (the stamp's own folder) and node_modules never count.
  assert.deepEqual(files.filter((path) => path.startsWith('dist/') || path.includes('node_modules/')), []);
});

test('the stamp is not published with the package', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { files: string[] };
  assert.ok(STAMP_FILE.startsWith('dist/') && pkg.files.includes('dist'));
  assert.ok(pkg.files.includes(`!${STAMP_FILE}`), `package.json "files" should exclude ${STAMP_FILE}`);
});
