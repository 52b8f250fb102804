/**
 * `npm ci` prints no install-script warning: every dependency with an install script is reviewed
 * in package.json's `allowScripts` (npm 11 skips unreviewed scripts and warns about each). The
 * ones here today only download binaries the project does not need (esbuild and rs-module-lexer
 * fall back to their platform packages; edgedriver and geckodriver fetch drivers for browsers the
 * tests do not drive through them; lmdb and msgpackr-extract only look for their prebuilt platform
 * package, which npm installs anyway, and @parcel/watcher builds from source only without one:
 * all three come with Angular's build, for the Angular host app), so each is denied: see
 * docs/decisions.md.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const read = (file: string) => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));
const pkg = read('package.json') as { allowScripts?: Record<string, boolean> };
const lock = read('package-lock.json') as { packages: Record<string, { version?: string; hasInstallScript?: boolean }> };

test('every dependency with an install script has a decision in allowScripts', () => {
  const decisions = Object.keys(pkg.allowScripts ?? {});
  const withScripts = Object.entries(lock.packages)
    .filter(([, entry]) => entry.hasInstallScript)
    .map(([path, entry]) => ({ name: path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length), version: entry.version }));
  assert.ok(withScripts.length > 0, 'the lockfile lists packages with install scripts');
  const unreviewed = withScripts.filter(({ name, version }) => !decisions.includes(name) && !decisions.includes(`${name}@${version}`));
  assert.deepEqual(unreviewed, [], 'run `npm install-scripts ls`, review, then approve or deny');
});

test('no decision is left over for a package that is gone', () => {
  const names = new Set(Object.keys(lock.packages).map((path) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length)));
  for (const key of Object.keys(pkg.allowScripts ?? {})) {
    const name = key.replace(/(.)@.*$/, '$1');
    assert.ok(names.has(name), `allowScripts names ${key}, which is not installed`);
  }
});
