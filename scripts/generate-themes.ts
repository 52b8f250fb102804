/**
 * Writes themes/dark.css from the palettes (src/elements/styles/palette.ts and each component's
 * palette.ts), so the dark theme file and the widgets' own `theme="dark"` defaults cannot drift.
 * `--check` only compares and fails when the file is out of date.
 *
 *   node --import tsx scripts/generate-themes.ts [--check]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FINDER_PALETTE } from '../components/intervention-finder/palette.js';
import { DIAGRAM_PALETTE } from '../components/model-diagram/palette.js';
import { darkThemeCss } from '../src/elements/styles/palette.js';

/** Every component's palette, in the order the theme file lists them. */
export const PALETTES = [FINDER_PALETTE, DIAGRAM_PALETTE];

export const DARK_THEME_PATH = fileURLToPath(new URL('../themes/dark.css', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const fresh = darkThemeCss(PALETTES);
  if (process.argv.includes('--check')) {
    if (readFileSync(DARK_THEME_PATH, 'utf8') !== fresh) {
      console.error('themes/dark.css is out of date: run node --import tsx scripts/generate-themes.ts');
      process.exit(1);
    }
    console.log('themes/dark.css is up to date');
  } else {
    writeFileSync(DARK_THEME_PATH, fresh);
    console.log('wrote themes/dark.css');
  }
}
