/**
 * Fails when a committed, generated file no longer matches its source:
 * catalogue/schema.json and catalogue/generated/* (from the zod schema and catalogue/default.json),
 * custom-elements.json (from the components' JSDoc).
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { npmBin, root, run } from './bootstrap.mjs';

let failed = 0;
if (run(process.execPath, ['--import', 'tsx', 'scripts/generate-catalogue.ts', '--check']) !== 0) failed++;

// The analyzer resolves --outdir against the working directory, so stay inside the project.
const out = join(root, 'test/generated/manifest-check');
try {
  if (run(npmBin('cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', 'test/generated/manifest-check'], { stdio: 'ignore' }) !== 0) {
    console.error('custom-elements manifest analyzer failed');
    failed++;
  } else if (readFileSync(join(out, 'custom-elements.json'), 'utf8') !== readFileSync(join(root, 'custom-elements.json'), 'utf8')) {
    console.error('custom-elements.json is out of date: run npm run analyze');
    failed++;
  } else {
    console.log('custom-elements.json is up to date');
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
