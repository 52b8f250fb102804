/**
 * The accessibility assertion every widget test uses: axe-core on the element, shadow DOM
 * included, against the rules in axe-options.ts. Fails with one readable line per
 * violation and node.
 */
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';
import { AXE_OPTIONS } from './axe-options.js';

export type Axe = { run(context: Element, options: RunOptions): Promise<AxeResults> };

/**
 * Assert that `element` (and everything in its shadow roots) has no axe violations. An element in
 * another document (a test page in an iframe) needs that page's own axe: pass it as `axe`.
 */
export async function expectAccessible(element: Element, label = element.localName, axe = (window as unknown as { axe: Axe }).axe): Promise<void> {
  const results = await axe.run(element, AXE_OPTIONS);
  if (results.violations.length) {
    const lines = results.violations.flatMap((v) =>
      v.nodes.map((node) => `  ${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${node.target.join(' ')}\n    ${node.failureSummary ?? ''}`),
    );
    throw new Error(`${label}: ${results.violations.length} accessibility violation(s)\n${lines.join('\n')}`);
  }
}
