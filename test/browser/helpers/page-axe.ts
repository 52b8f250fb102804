/**
 * Axe on a whole demo page loaded in a frame: inside the page's own window, so landmarks and the
 * page's h1 count here (unlike in widget tests, where they are the host's job).
 */
import { expect } from '@open-wc/testing';
import type { AxeResults, RunOptions } from 'axe-core';
import { AXE_OPTIONS } from './axe-options.js';

type Axe = { run(context: Document, options: RunOptions): Promise<AxeResults> };

/** Fail with every violation on the page in `frame`, each with its target and summary. */
export async function expectPageAccessible(frame: HTMLIFrameElement, label: string): Promise<void> {
  const win = frame.contentWindow as Window & { axe?: Axe };
  if (!win.axe) {
    const script = win.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', reject, { once: true });
    });
    win.document.head.append(script);
    await loaded;
  }
  const options: RunOptions = { ...AXE_OPTIONS, rules: {} };
  const result = await win.axe!.run(win.document, options);
  const lines = result.violations.flatMap((v) => v.nodes.map((node) => `  ${v.id}: ${v.help} — ${node.target.join(' ')}\n    ${node.failureSummary ?? ''}`));
  expect(lines, `${label}: accessibility violations\n${lines.join('\n')}`).to.deep.equal([]);
}
