/**
 * Fails when a committed, generated file no longer matches its source:
 * catalogue/schema.json, catalogue/plan.schema.json, catalogue/journey.schema.json and catalogue/generated/* (from the zod schemas and
 * catalogue/default.json),
 * custom-elements.json (from the components' JSDoc), themes/dark.css (from the colour palettes),
 * frameworks/react.d.ts and frameworks/vue.d.ts (from custom-elements.json).
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { npmBin, root, run } from './bootstrap.mjs';

let failed = 0;
if (run(process.execPath, ['--import', 'tsx', 'scripts/generate-catalogue.ts', '--check']) !== 0) failed++;
if (run(process.execPath, ['--import', 'tsx', 'scripts/generate-themes.ts', '--check']) !== 0) failed++;
if (run(process.execPath, ['scripts/generate-framework-types.mjs', '--check']) !== 0) failed++;

// The analyzer resolves --outdir against the working directory, so stay inside the project.
const out = join(root, 'test/generated/manifest-check');
try {
  if (run(npmBin('cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', 'test/generated/manifest-check'], { stdio: ['ignore', 'ignore', 'inherit'] }) !== 0) {
    console.error('custom-elements manifest analyzer failed');
    failed++;
  } else {
    const difference = firstDifference(readFileSync(join(root, 'custom-elements.json'), 'utf8'), readFileSync(join(out, 'custom-elements.json'), 'utf8'));
    if (difference) {
      console.error(`custom-elements.json is out of date: run npm run analyze\n${difference}`);
      failed++;
    } else {
      console.log('custom-elements.json is up to date');
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

/** The first line where the committed file and the fresh one differ, for the CI log; '' when equal. */
function firstDifference(committed, fresh) {
  if (committed === fresh) return '';
  const a = committed.split('\n');
  const b = fresh.split('\n');
  const line = a.findIndex((text, i) => text !== b[i]);
  const at = line === -1 ? a.length : line;
  return `  line ${at + 1}\n  committed: ${a[at] ?? '(end of file)'}\n  generated: ${b[at] ?? '(end of file)'}`;
}
