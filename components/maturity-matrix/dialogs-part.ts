/**
 * The matrix's third part, everything that changes the plan: the add dialog (suggestions, the
 * shortlist, the catalogue search, an own action), the edit and move dialogs, removing an action
 * and undoing that, with the plan operations they use and the modal dialog controller. They act on
 * a click, so they are kept out of the first load: fetched when the browser is idle after the grid
 * shows, or when the pointer or focus reaches the grid (dialogs-loader.ts); a click before that
 * waits for them. A read-only matrix (`editable="false"`) never fetches them.
 */
export { MatrixDialogs } from './matrix-dialogs.js';
