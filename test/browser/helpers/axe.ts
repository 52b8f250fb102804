/**
 * The accessibility assertion every widget test uses: axe-core on the element, shadow DOM
 * included, against WCAG 2.0–2.2 A/AA plus best practices. Fails with one readable line per
 * violation and node.
 */
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';

type Axe = { run(context: Element, options: RunOptions): Promise<AxeResults> };

const OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  rules: {
    // A widget under test is a fragment of a host page; landmarks are the host's job.
    region: { enabled: false },
    'landmark-one-main': { enabled: false },
    'page-has-heading-one': { enabled: false },
  },
  resultTypes: ['violations'],
};

/** Assert that `element` (and everything in its shadow roots) has no axe violations. */
export async function expectAccessible(element: Element, label = element.localName): Promise<void> {
  const axe = (window as unknown as { axe: Axe }).axe;
  const results = await axe.run(element, OPTIONS);
  if (results.violations.length) {
    const lines = results.violations.flatMap((v) =>
      v.nodes.map((node) => `  ${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${node.target.join(' ')}\n    ${node.failureSummary ?? ''}`),
    );
    throw new Error(`${label}: ${results.violations.length} accessibility violation(s)\n${lines.join('\n')}`);
  }
}
