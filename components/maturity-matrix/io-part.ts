/**
 * The matrix's second part: the plan's files (download as JSON or CSV, import with merge or
 * replace) and the list of every action printed after the grid, with the core code for CSV and
 * JSON. Not needed to draw the grid, so it is kept out of the first load: fetched when the
 * browser is idle after the grid shows, or when the pointer or focus reaches the toolbar
 * (io-loader.ts).
 */
export { PlanIo } from './plan-io.js';
export { renderImportDialog, renderImportError, renderPrintList } from './views/io.js';
