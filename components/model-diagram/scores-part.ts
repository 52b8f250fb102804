/**
 * The diagram's score overlay: reading a quick-scan result, the colour step of a score, the legend
 * and the score colours (the palette's tokens and the chips' fills). Only a diagram with
 * `show-scores` uses it, so it is kept out of the first load and fetched as soon as `show-scores`
 * is set, alongside the catalogue (part-loader.ts).
 */
import { adoptStyles } from '../../src/elements/adopt-styles.js';
import scoreStyles from './views/scores.styles.js';

export { readDiagramScores, scoreStep } from '../../src/core/diagram/scores.js';
export { renderLegend } from './views/legend.js';

/** The score colours and the legend's rules join the diagram's shadow root. */
export const adopt = (root: HTMLElement | DocumentFragment) => {
  for (const styles of scoreStyles) adoptStyles(root, styles);
};
