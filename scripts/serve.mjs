/**
 * A tiny static file server for the demo pages (no dependency, so `npm start` works before
 * anything else). Serves the project folder; `/` redirects to `/demo/`.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serve `rootFolder` on `host:port` (port 0 picks a free one). Resolves with the listening
 * http.Server. A malformed URL gets 400, a path outside the folder 403, a missing file 404.
 * `headers` go on every file served (a test page's Content-Security-Policy, for instance).
 */
export function serve(rootFolder, port, host = '127.0.0.1', headers = {}) {
  const rootDir = normalize(rootFolder).replace(/[\\/]+$/, '');
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/') {
      response.writeHead(302, { Location: '/demo/' });
      response.end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      // A malformed escape (`/%E0%A4%A`) is the client's mistake, not a reason to stop serving.
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('bad request: malformed URL');
      return;
    }
    let path = normalize(join(rootDir, pathname));
    if (!path.startsWith(rootDir + sep) && path !== rootDir) {
      response.writeHead(403).end('forbidden');
      return;
    }
    try {
      if (statSync(path).isDirectory()) path = join(path, 'index.html');
      statSync(path);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    response.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    // A file that vanishes or cannot be read after the check ends this response, not the server.
    createReadStream(path)
      .on('error', () => response.destroy())
      .pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
