/**
 * Side-by-side size of the schema library we chose (zod/mini) and the one we did not (full zod),
 * each bundled and minified with esbuild the way a user's bundler would, for `npm run bench`.
 * The snippets are the smallest real use, so the numbers are the library's floor, not a
 * made-up schema; "our core" is src/core/schema.ts itself (zod/mini + the catalogue contract).
 */
import * as esbuild from 'esbuild';
import { compressedSizes, ROOT } from '../scripts/sizes.mjs';

export const PEERS = [
  { name: "zod (full), import { z } from 'zod'", code: "import { z } from 'zod'; export const s = z.object({ id: z.string() });" },
  { name: "zod (full), import * as z from 'zod'", code: "import * as z from 'zod'; export const s = z.object({ id: z.string() });" },
  { name: "zod/mini, import * as z from 'zod/mini'", code: "import * as z from 'zod/mini'; export const s = z.object({ id: z.string() });" },
  { name: 'zod/mini as used by our core (src/core/schema.ts)', code: "export * from './src/core/schema.ts';", ours: true },
];

/** Bundle a snippet (resolved from the repository root) and measure the output. */
export async function bundleSnippet(code) {
  const result = await esbuild.build({
    stdin: { contents: code, resolveDir: ROOT, loader: 'ts' },
    absWorkingDir: ROOT,
    bundle: true,
    format: 'esm',
    minify: true,
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return compressedSizes(result.outputFiles[0].contents);
}

export async function measurePeers() {
  return Promise.all(PEERS.map(async (peer) => ({ ...peer, ...(await bundleSnippet(peer.code)) })));
}
