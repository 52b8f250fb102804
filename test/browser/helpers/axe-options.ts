/**
 * The accessibility rules every check applies: the browser tests (`expectAccessible`) and the
 * story check (`scripts/check-stories.ts`). WCAG 2.0–2.2 A/AA plus axe's best practices.
 */
import type { RunOptions } from 'axe-core';

export const AXE_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  rules: {
    // A widget is a fragment of a host page; landmarks and the page's h1 are the host's job.
    region: { enabled: false },
    'landmark-one-main': { enabled: false },
    'page-has-heading-one': { enabled: false },
  },
  resultTypes: ['violations'],
};
