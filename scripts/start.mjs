/**
 * `npm start`: install what is missing, build when a source changed since the last build, and
 * serve the demo pages until stopped. The port comes from PORT (default 5173).
 */
import { ensureNodeModules, root, run } from './bootstrap.mjs';
import { buildStatus } from './build-stamp.mjs';
import { serve } from './serve.mjs';

const port = Number(process.env.PORT ?? 5173);
const host = process.env.HOST ?? '127.0.0.1';

ensureNodeModules();
const status = buildStatus(root);
if (status.fresh) {
  console.log(`› build is up to date: ${status.reason}; serving dist/ as it is (\`npm run build\` rebuilds anyway)`);
} else {
  console.log(`› building, because ${status.reason}`);
  if (run(process.execPath, ['scripts/build.mjs']) !== 0) process.exit(1);
}
await serve(root, port, host);
console.log(`\nlio-widgets demo: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/demo/\n(stop with Ctrl+C)`);
