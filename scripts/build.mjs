/**
 * `npm run build`: derived catalogue files, the library build (dist/*.js + dist/types), and the
 * script-tag build (dist/cdn: the loader lio.js, the eager lio-all.js, shared chunks, manifest.json),
 * then the stamp `npm start` reads to skip the build when nothing changed (build-stamp.mjs).
 */
import { rmSync } from 'node:fs';
import { npmBin, root, run } from './bootstrap.mjs';
import { writeBuildStamp } from './build-stamp.mjs';

const steps = [
  ['generate catalogue files', process.execPath, ['--import', 'tsx', 'scripts/generate-catalogue.ts']],
  ['library build', npmBin('vite'), ['build'], { LIO_BUILD: 'lib' }],
  ['type declarations', npmBin('tsc'), ['-p', 'tsconfig.build.json']],
  ['script-tag build', npmBin('vite'), ['build'], { LIO_BUILD: 'cdn' }],
];

rmSync(`${root}/dist`, { recursive: true, force: true });
for (const [name, command, args, env = {}] of steps) {
  console.log(`› ${name}`);
  if (run(command, args, { env: { ...process.env, ...env } }) !== 0) {
    console.error(`build failed at: ${name}`);
    process.exit(1);
  }
}
// After the steps, so the stamp also covers the catalogue files the first step generated.
writeBuildStamp(root);
console.log('› built dist/ and dist/cdn/ (lio.js, lio-all.js)');
