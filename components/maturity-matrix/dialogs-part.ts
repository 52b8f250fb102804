/**
 * The matrix's third part: the add dialog (suggestions, the shortlist, the catalogue search, an own
 * action) and the edit and move dialogs, with the plan operations they use and the modal dialog
 * controller. They open on a click, so they are kept out of the first load: fetched when the
 * browser is idle after the grid shows, or when the pointer or focus reaches the grid
 * (dialogs-loader.ts); a click before that waits for them.
 */
export { MatrixDialogs } from './matrix-dialogs.js';
