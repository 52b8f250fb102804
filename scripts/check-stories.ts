/**
 * Every story of the static Storybook build, in every theme of the toolbar and in both
 * languages, rendered in Chromium and checked with axe under the same rules as the browser tests:
 * what the accessibility panel shows a designer, enforced. A story also fails when it throws,
 * when it never settles (still changing after SETTLE_LIMIT_MS, see story-settle.ts), and when an
 * event an element fired did not reach the Actions panel. Every Docs page is checked the same way
 * once (light theme, Dutch): its stories are checked on their own in every variant.
 *
 * Run after `storybook build` (npm test does): `node --import tsx scripts/check-stories.ts`; an
 * argument checks only the stories and Docs pages whose id contains it (`… check-stories.ts docs`).
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
import { DOCS_ROOT, settle, STORY_ROOT } from './story-settle.js';

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
const only = process.argv[2] ?? '';
const entries = Object.values(index.entries).filter((entry) => entry.id.includes(only));
const stories = entries.filter((entry) => entry.type === 'story');
const docsPages = entries.filter((entry) => entry.type === 'docs');
const DOCS_VARIANT = 'theme:light;lang:nl';

/** Every event the elements fire, from the manifest: each must reach the Actions panel. */
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')) as {
  modules: Array<{ declarations?: Array<{ events?: Array<{ name: string }> }> }>;
};
const EVENT_NAMES = [...new Set(manifest.modules.flatMap((m) => (m.declarations ?? []).flatMap((d) => (d.events ?? []).map((e) => e.name))))];

/**
 * Runs in the preview before Storybook: records each lio-* event that reaches the window and each
 * action Storybook's channel emits (it sends them to the Actions panel). Source text, like SNAPSHOT.
 */
const RECORD_EVENTS = `(() => {
  const seen = { events: [], actions: [] };
  window.__lioSeen = seen;
  for (const name of ${JSON.stringify(EVENT_NAMES)}) window.addEventListener(name, () => seen.events.push(name));
  let channel;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set: (next) => {
      channel = next;
      next.on('storybook/actions/action-event', (action) => seen.actions.push(action.data.name));
    },
  });
})()`;

/** Events fired but not sent to the Actions panel, by name, as readable lines. */
async function eventsWithoutAction(page: Page): Promise<{ missing: string[]; actions: number }> {
  const seen = await page.evaluate(() => (window as unknown as { __lioSeen: { events: string[]; actions: string[] } }).__lioSeen);
  const left = [...seen.actions];
  const missing: string[] = [];
  for (const name of seen.events) {
    const at = left.indexOf(name);
    if (at === -1) missing.push(`${name} fired, but no action reached the Actions panel`);
    else left.splice(at, 1);
  }
  return { missing, actions: seen.actions.length };
}
let actionsSeen = 0;

/** The tag names the manifest declares. */
function elementTags(): string[] {
  return (manifest as { modules: Array<{ declarations?: Array<{ tagName?: string }> }> }).modules.flatMap((m) =>
    (m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : [])),
  );
}
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Our own axe-core, always injected: the preview already has the a11y addon's instance on
 * `window.axe`, which the addon runs itself after each render and would share its run lock.
 */
async function violationsOf(page: Page, rootSelector: string): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(
    async ({ runOptions, selector }) => {
      const axe = (window as unknown as { axe: { run(context: Element, options: RunOptions): Promise<AxeResults> } }).axe;
      const results = await axe.run(document.querySelector(selector)!, runOptions);
      return results.violations.flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${node.target.join(' ')}`));
    },
    { runOptions: AXE_OPTIONS, selector: rootSelector },
  );
}

const server = await serve(staticDir, 0);
const { port } = server.address() as { port: number };
const browser = await launchChromium();
let passed = 0;
let failed = 0;

async function check(story: (typeof stories)[number], globals: string): Promise<void> {
  const docs = story.type === 'docs';
  const label = `${story.title} › ${story.name} [${globals}]`;
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  try {
    await page.addInitScript(RECORD_EVENTS);
    await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${story.id}&viewMode=${docs ? 'docs' : 'story'}&globals=${globals}`);
    await settle(page, undefined, undefined, docs ? DOCS_ROOT : STORY_ROOT);
    errors.push(...(await violationsOf(page, docs ? DOCS_ROOT : STORY_ROOT)));
    const { missing, actions } = await eventsWithoutAction(page);
    errors.push(...missing);
    actionsSeen += actions;
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
const queue = [
  ...stories.flatMap((story) => VARIANTS.map((globals) => () => check(story, globals))),
  ...docsPages.map((page) => () => check(page, DOCS_VARIANT)),
];
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
console.log(`${stories.length} stories × ${VARIANTS.length} variants (${VARIANTS.join(', ')}), ${docsPages.length} Docs pages [${DOCS_VARIANT}]`);
// Stories load catalogues, so events fire: none reaching the Actions panel means the wiring broke
// (a filtered run may pick stories that fire none).
if (!actionsSeen && !only) {
  failed++;
  console.log('✗ no story sent any event to the Actions panel');
}
// Each element has a Docs page.
for (const tag of only ? [] : elementTags()) {
  if (!docsPages.some((entry) => entry.title === `Elements/${tag}`)) {
    failed++;
    console.log(`✗ <${tag}> has no Docs page`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
