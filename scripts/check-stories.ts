/**
 * Every story of the static Storybook build, in every theme of the toolbar and in both
 * languages, rendered in Chromium and checked with axe under the same rules as the browser tests:
 * what the accessibility panel shows a designer, enforced. A story also fails when it throws,
 * and when it never settles (still changing after SETTLE_LIMIT_MS, see story-settle.ts).
 *
 * Run after `storybook build` (npm test does): `node --import tsx scripts/check-stories.ts`.
 * Prints one line per failing story and ends with `N passed, N failed`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';
import { AXE_OPTIONS } from '../test/browser/helpers/axe-options.js';
import { launchChromium } from './chromium.mjs';
import { root } from './bootstrap.mjs';
import { serve } from './serve.mjs';
import { settle } from './story-settle.js';

/** The toolbar's globals each story is checked under: every theme in Dutch, and English once. */
const VARIANTS = ['theme:light;lang:nl', 'theme:dark;lang:nl', 'theme:nlds;lang:nl', 'theme:light;lang:en'];

const PARALLEL_PAGES = 4;

const staticDir = join(root, 'storybook-static');
if (!existsSync(join(staticDir, 'index.json'))) {
  console.error('storybook-static/index.json is missing: run npm run build-storybook first');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8')) as {
  entries: Record<string, { id: string; type: string; title: string; name: string }>;
};
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Our own axe-core, always injected: the preview already has the a11y addon's instance on
 * `window.axe`, which the addon runs itself after each render and would share its run lock.
 */
async function violationsOf(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (runOptions) => {
    const axe = (window as unknown as { axe: { run(context: Element, options: RunOptions): Promise<AxeResults> } }).axe;
    const results = await axe.run(document.querySelector('#storybook-root')!, runOptions);
    return results.violations.flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${node.target.join(' ')}`));
  }, AXE_OPTIONS);
}

const server = await serve(staticDir, 0);
const { port } = server.address() as { port: number };
const browser = await launchChromium();
let passed = 0;
let failed = 0;

async function check(story: (typeof stories)[number], globals: string): Promise<void> {
  const label = `${story.title} › ${story.name} [${globals}]`;
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  try {
    await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${story.id}&viewMode=story&globals=${globals}`);
    await settle(page);
    errors.push(...(await violationsOf(page)));
  } catch (error) {
    errors.push(`could not check: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    await page.close();
  }
  if (errors.length) {
    failed++;
    console.log(`✗ ${label}\n${errors.map((line) => `    ${line}`).join('\n')}`);
  } else {
    passed++;
  }
}

// A few pages at a time: most of each check is waiting for the story to settle.
const queue = stories.flatMap((story) => VARIANTS.map((globals) => () => check(story, globals)));
try {
  await Promise.all(
    Array.from({ length: PARALLEL_PAGES }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await next();
    }),
  );
} finally {
  await browser.close();
  server.close();
}
console.log(`${stories.length} stories × ${VARIANTS.length} variants (${VARIANTS.join(', ')})`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
