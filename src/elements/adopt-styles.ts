import type { CSSResult } from 'lit';

/**
 * Add a lazy part's rules to the styles of a widget's shadow root (the diagram's panel and score
 * overlay, the matrix's dialogs and team phases): a constructable stylesheet, as a strict
 * Content-Security-Policy allows. Once per sheet.
 */
export function adoptStyles(root: HTMLElement | DocumentFragment, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (sheet && root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
