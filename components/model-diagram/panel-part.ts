/**
 * The diagram's panel part: the panel about the picked level or factor (its description, the
 * interventions per kind of evidence, the best-supported ones, "show in the finder"), the list
 * view ("show as a list", and the model where not even stacked bands fit) and their styles.
 * Nothing is picked and the figure shows when the diagram first paints on most screens, so they
 * are kept out of the first load: fetched when the browser is idle after the figure shows, when
 * the pointer or focus reaches the figure, or at once when `selected` is set or the list is needed
 * (part-loader.ts).
 */
import { adoptStyles } from '../../src/elements/adopt-styles.js';
import listStyles from './views/list.styles.js';
import panelStyles from './views/panel.styles.js';

export { renderList } from './views/list.js';
export { renderPanel } from './views/panel.js';

/** The panel's and the list's rules join the diagram's shadow root. */
export const adopt = (root: HTMLElement | DocumentFragment) => {
  adoptStyles(root, panelStyles);
  adoptStyles(root, listStyles);
};
