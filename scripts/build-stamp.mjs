/**
 * Is dist/ up to date? `npm run build` writes a stamp after a successful build: the content hash
 * of every file the build reads. `npm start` compares it with the files as they are now and
 * builds only when something differs (a file changed, was added or removed) or dist/ is
 * incomplete. Content hashes, not modification times: a `git checkout` that restores the same
 * content, or an editor that saves without a change, does not cause a build. Plain Node only:
 * this runs before any dependency exists.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** What the build reads: the sources of both builds, the catalogue, and the build's own config. */
export const BUILD_INPUTS = [
  'src',
  'components',
  'catalogue',
  'package.json',
  'package-lock.json',
  'vite.config.ts',
  'tsconfig.json',
  'tsconfig.build.json',
  'scripts/build.mjs',
  'scripts/generate-catalogue.ts',
];

/** Files every build leaves behind; when one is missing dist/ is incomplete, whatever the stamp says. */
export const BUILD_OUTPUTS = ['dist/index.js', 'dist/core.js', 'dist/cdn/lio.js', 'dist/cdn/lio-all.js', 'dist/cdn/manifest.json'];

/** Where the stamp lives: inside dist/, so removing dist/ (as every build does first) removes it too. */
export const STAMP_FILE = 'dist/.build-stamp.json';

/** `{ 'src/core/search.ts': '<sha256>', … }` for every file under `inputs` (folders are walked), sorted by path. */
export function hashInputs(rootDir, inputs = BUILD_INPUTS) {
  const hashes = {};
  const visit = (path) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
      return;
    }
    hashes[relative(rootDir, path).split(sep).join('/')] = createHash('sha256').update(readFileSync(path)).digest('hex');
  };
  for (const input of inputs) visit(join(rootDir, input));
  return hashes;
}

/**
 * The decision, from data alone: `stamp` is what the last build saw (or undefined when there is
 * none), `current` the hashes now, `missingOutputs` the build outputs that are not there.
 * Returns `{ fresh, reason, changed }`; `changed` names the files that differ, for the console.
 */
export function compareBuild(stamp, current, missingOutputs = []) {
  if (!stamp) return { fresh: false, reason: 'no earlier build was found', changed: [] };
  if (missingOutputs.length) return { fresh: false, reason: `the build is incomplete (${missingOutputs.join(', ')} missing)`, changed: [] };
  const paths = new Set([...Object.keys(stamp), ...Object.keys(current)]);
  const changed = [...paths].filter((path) => stamp[path] !== current[path]).sort();
  if (!changed.length) return { fresh: true, reason: `no source file changed since the last build (${Object.keys(current).length} files checked)`, changed };
  const shown = changed.slice(0, 5).join(', ') + (changed.length > 5 ? ` and ${changed.length - 5} more` : '');
  const files = changed.length === 1 ? 'file' : 'files';
  return { fresh: false, reason: `${changed.length} source ${files} changed since the last build: ${shown}`, changed };
}

/** Read the stamp, hash the inputs, check the outputs: `{ fresh, reason, changed }` for `rootDir`. */
export function buildStatus(rootDir, { inputs = BUILD_INPUTS, outputs = BUILD_OUTPUTS, stampFile = STAMP_FILE } = {}) {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(join(rootDir, stampFile), 'utf8')).files;
  } catch {
    stamp = undefined; // none yet, or unreadable: either way, build
  }
  const missing = outputs.filter((output) => !existsSync(join(rootDir, output)));
  return compareBuild(stamp, hashInputs(rootDir, inputs), missing);
}

/** Record what this build saw; call after a successful build. */
export function writeBuildStamp(rootDir, { inputs = BUILD_INPUTS, stampFile = STAMP_FILE } = {}) {
  writeFileSync(join(rootDir, stampFile), JSON.stringify({ files: hashInputs(rootDir, inputs) }, null, 1) + '\n');
}
