import type { ComponentPalette, ThemeToken } from '../../src/elements/styles/palette.js';

const token = (name: string, light: string, dark: string, forced?: string): ThemeToken => ({
  name: `lio-model-diagram-${name}`,
  private: `_lio-diagram-${name}`,
  light,
  dark,
  forced,
});

/**
 * The diagram's own colours, light and dark (also written into themes/dark.css): the five steps of
 * the score scale, from low (warm) to high (green), as chip fills under the normal text colour, so
 * each keeps its contrast with the text. The score is also written in each chip: colour is never
 * the only carrier. Under forced colours every step is the system's canvas.
 */
export const DIAGRAM_PALETTE: ComponentPalette = {
  tagName: 'lio-model-diagram',
  tokens: [
    token('score-1', '#f9d0c9', '#5c2620', 'Canvas'),
    token('score-2', '#fbe2c4', '#55391b', 'Canvas'),
    token('score-3', '#f1eec4', '#47441c', 'Canvas'),
    token('score-4', '#d8eccb', '#2b4725', 'Canvas'),
    token('score-5', '#bfe2c9', '#1b4a33', 'Canvas'),
  ],
};
