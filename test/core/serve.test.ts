/**
 * The demo server (`npm start`, also used by the story check): it must answer every request,
 * bad ones included, and keep serving afterwards.
 */
import assert from 'node:assert/strict';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/serve.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
let server: Server;
let port: number;

before(async () => {
  server = (await serve(root, 0, '127.0.0.1')) as Server;
  port = (server.address() as AddressInfo).port;
});

after(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A raw GET: `fetch` would normalise or refuse the malformed paths this test needs to send. */
function get(path: string): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method: 'GET', agent: false }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body, headers: response.headers }));
    });
    req.on('error', reject);
    // A server that crashed on the request never answers: fail instead of waiting for ever.
    req.setTimeout(5_000, () => req.destroy(new Error(`no answer to GET ${path} within 5 s`)));
    req.end();
  });
}

test('a malformed URL gets 400, and the server keeps serving', async () => {
  for (const path of ['/%E0%A4%A', '/demo/%', '/%C0%AF']) {
    const response = await get(path);
    assert.equal(response.status, 400, path);
    assert.match(response.body, /malformed URL/);
  }
  const after = await get('/package.json');
  assert.equal(after.status, 200);
  assert.equal(JSON.parse(after.body).name, 'lio-widgets');
});

test('serves files with their type, redirects / to the demo, refuses paths outside the folder', async () => {
  const json = await get('/package.json');
  assert.equal(json.headers['content-type'], 'application/json; charset=utf-8');
  const home = await get('/');
  assert.equal(home.status, 302);
  assert.equal(home.headers.location, '/demo/');
  assert.equal((await get('/..%2f..%2fetc%2fpasswd')).status, 403);
  assert.equal((await get('/no-such-file.txt')).status, 404);
});

test('extra headers (a page\'s Content-Security-Policy) go on every file served', async () => {
  const policy = "default-src 'self'";
  const strict = (await serve(root, 0, '127.0.0.1', { 'Content-Security-Policy': policy })) as Server;
  try {
    const { port: strictPort } = strict.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${strictPort}/package.json`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-security-policy'), policy);
    // The file's own type is never overridden by an extra header.
    assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal((await fetch(`http://127.0.0.1:${strictPort}/no-such-file.txt`)).status, 404);
  } finally {
    await new Promise<void>((resolve) => strict.close(() => resolve()));
  }
  assert.equal((await get('/package.json')).headers['content-security-policy'], undefined);
});
