/**
 * The diagram's panel part: the panel about the picked level or factor (its description, the
 * interventions per kind of evidence, the best-supported ones, "show in the finder") and its
 * styles. Nothing is picked when the figure first shows, so it is kept out of the first load:
 * fetched when the browser is idle after the figure shows, when the pointer or focus reaches the
 * figure, or at once when `selected` is set (part-loader.ts).
 */
import { adoptStyles } from '../../src/elements/adopt-styles.js';
import panelStyles from './views/panel.styles.js';

export { renderPanel } from './views/panel.js';

/** The panel's rules join the diagram's shadow root. */
export const adopt = (root: HTMLElement | DocumentFragment) => adoptStyles(root, panelStyles);
