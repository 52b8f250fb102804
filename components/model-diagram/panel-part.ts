/**
 * The diagram's second part: the panel about the picked level or factor (its description, the
 * interventions per kind of evidence, the best-supported ones, "show in the finder") and its
 * styles. Nothing is picked when the figure first shows, so it is kept out of the first load:
 * fetched when the browser is idle after the figure shows, when the pointer or focus reaches the
 * figure, or at once when `selected` is set (panel-loader.ts).
 */
import panelStyles from './views/panel.styles.js';

export { renderPanel } from './views/panel.js';

/**
 * The panel's rules join the styles of the diagram's shadow root: a constructable stylesheet, as
 * a strict Content-Security-Policy allows.
 */
export function adoptPanelStyles(root: HTMLElement | DocumentFragment): void {
  const sheet = panelStyles.styleSheet;
  if (sheet && root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
