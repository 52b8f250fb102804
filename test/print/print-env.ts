/**
 * What every print test needs: the project served on a free port, headless Chromium, a folder for
 * the PDFs, and Debian's poppler-utils to read them. Started before a file's tests, stopped after.
 * Needs the built bundle (`npm run build`).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.mjs';
import { serve } from '../../scripts/serve.mjs';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const PDFTOTEXT = '/usr/bin/pdftotext';
export const PDFTOPPM = '/usr/bin/pdftoppm';

/** The running environment, filled in by `before`. */
export interface PrintEnvironment {
  origin: string;
  browser: Browser;
  /** A fresh folder for this file's PDFs, removed after. */
  folder: string;
}

/** Register `before`/`after` hooks for the calling test file; read the fields inside tests. */
export function printEnvironment(prefix: string): PrintEnvironment {
  const env = { folder: mkdtempSync(join(tmpdir(), prefix)) } as PrintEnvironment;
  let server: Server | undefined;
  before(async () => {
    assert.ok(existsSync(`${root}/dist/cdn/lio.js`), 'dist/cdn/lio.js is missing: run `npm run build` first');
    for (const tool of [PDFTOTEXT, PDFTOPPM]) assert.ok(existsSync(tool), `${tool} is missing: install Debian's poppler-utils (npm test does so when run as root)`);
    server = (await serve(root, 0, '127.0.0.1')) as Server;
    env.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    env.browser = await launchChromium();
  });
  after(async () => {
    await env.browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    rmSync(env.folder, { recursive: true, force: true });
  });
  return env;
}
