/**
 * When a story is ready to be checked: the story check (check-stories.ts) waits until the
 * rendered story stops changing, and fails a story that never does.
 */
import type { Page } from 'playwright-core';

/** How long a story may keep changing (a catalogue loading, a timeout running out) before it fails. */
export const SETTLE_LIMIT_MS = 10_000;

/** Where Storybook renders a story (`viewMode=story`) and a Docs page (`viewMode=docs`). */
export const STORY_ROOT = '#storybook-root';
export const DOCS_ROOT = '#storybook-docs';

/**
 * The rendered story (or Docs page) under `root` as a string of tag names, attribute counts and
 * text lengths, shadow roots included. Source text rather than a function: tsx would add helper
 * calls the page lacks.
 */
export function snapshotScript(root = STORY_ROOT): string {
  return `(() => {
  const parts = [];
  const walk = (node) => {
    for (const element of node.querySelectorAll('*')) {
      parts.push(element.localName, element.attributes.length);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
    parts.push(node.textContent.length);
  };
  walk(document.querySelector(${JSON.stringify(root)}));
  return parts.join(' ');
})()`;
}

/**
 * Waits until the rendered story, shadow roots included, stops changing: widgets fetch their
 * catalogue chunk and render in steps, and axe must see the state a visitor would see.
 */
export async function settle(
  page: Pick<Page, 'waitForFunction' | 'evaluate' | 'waitForTimeout'>,
  limitMs = SETTLE_LIMIT_MS,
  pollMs = 150,
  root = STORY_ROOT,
): Promise<void> {
  const snapshot = snapshotScript(root);
  await page.waitForFunction((selector) => (document.querySelector(selector)?.childElementCount ?? 0) > 0, root, { timeout: limitMs });
  const started = Date.now();
  let previous = '';
  let stableFor = 0;
  while (Date.now() - started < limitMs && stableFor < 3) {
    const current = String(await page.evaluate(snapshot));
    stableFor = current === previous ? stableFor + 1 : 0;
    previous = current;
    await page.waitForTimeout(pollMs);
  }
  // A story that keeps changing (an endless spinner, a render loop) is a failure, not a pass.
  if (stableFor < 3) throw new Error(`the story never settled: it was still changing after ${limitMs} ms`);
}

