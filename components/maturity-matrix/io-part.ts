/**
 * The matrix's second part: the plan's files (download as JSON or CSV, import with merge or
 * replace) and the list of every action printed after the grid, with the core code for CSV and
 * JSON, their rules and the page rule of "Afdrukken". Not needed to draw the grid, so it is kept
 * out of the first load: fetched when the browser is idle after the grid shows, or when the
 * pointer or focus reaches the toolbar (io-loader.ts).
 */
import type { ReactiveElement } from 'lit';
import { adoptStyles } from '../../src/elements/adopt-styles.js';
import { printPart } from '../../src/elements/print.js';
import frameStyles from './views/dialog-frame.styles.js';
import ioStyles from './views/io.styles.js';

export { PlanIo } from './plan-io.js';
export { renderImportDialog, renderImportError, renderPrintList } from './views/io.js';

/** The part's rules (the import dialog, a refused file's message, the printed list) join the matrix's shadow root. */
export const adopt = (root: HTMLElement | DocumentFragment) => {
  for (const styles of [frameStyles, ioStyles]) adoptStyles(root, styles);
};

/** The page rule of "Afdrukken"; made once. */
let pageSheet: CSSStyleSheet | undefined;

/**
 * Print the plan on A4 landscape pages, once `beforePrint` (the print layout: the table at any
 * width, the list of every action) is rendered. `@page` inside a shadow root is ignored, so the
 * page rule is adopted by the document until the print dialog closes; only "Afdrukken" sets it,
 * so a host page printed by the browser's own command keeps its own page size.
 */
export async function printPlan(element: ReactiveElement, beforePrint: () => void): Promise<void> {
  beforePrint();
  await element.updateComplete;
  if (!pageSheet) {
    pageSheet = new CSSStyleSheet();
    pageSheet.replaceSync('@page { size: A4 landscape; margin: 12mm; }');
  }
  const sheet = pageSheet;
  if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  printPart(element, 'plan', () => (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet)));
}
