import type { ComponentPalette, ThemeToken } from '../../src/elements/styles/palette.js';

const token = (name: string, privateName: string, light: string, dark: string): ThemeToken => ({
  name: `lio-intervention-finder-${name}`,
  private: `_lio-finder-${privateName}`,
  light,
  dark,
});

/** The finder's own colours, light and dark (also written into themes/dark.css). */
export const FINDER_PALETTE: ComponentPalette = {
  tagName: 'lio-intervention-finder',
  tokens: [
    token('mark-background', 'mark', '#fff1a8', '#463b00'),
    token('badge-proven', 'badge-proven', '#0f6b2f', '#7fdc9c'),
    token('badge-mixed', 'badge-mixed', '#7a4d00', '#f5c06b'),
    token('badge-other', 'badge-other', '#3f4652', '#c9d0da'),
  ],
};
