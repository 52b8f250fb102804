import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DARK_THEME_PATH, PALETTES } from '../../scripts/generate-themes.js';
import { COLOR_TOKENS, darkThemeCss } from '../../src/elements/styles/palette.js';

describe('one source for light and dark tokens', () => {
  it('themes/dark.css is generated from the palettes (run scripts/generate-themes.ts after changing one)', () => {
    assert.equal(readFileSync(DARK_THEME_PATH, 'utf8'), darkThemeCss(PALETTES));
  });

  it('the theme file sets every public colour token of every palette, with its dark default', () => {
    const css = readFileSync(DARK_THEME_PATH, 'utf8');
    for (const token of [...COLOR_TOKENS, ...PALETTES.flatMap((p) => p.tokens)]) {
      assert.ok(css.includes(`--${token.name}: ${token.dark};`), token.name);
    }
  });

  it('the theme files set custom properties only, so a theme class changes nothing of the page itself', () => {
    for (const file of ['dark.css', 'nlds-example.css']) {
      const css = readFileSync(new URL(`../../themes/${file}`, import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      // The innermost blocks: the declarations of each rule, also inside `@media`.
      const declarations = [...css.matchAll(/\{([^{}]*)\}/g)].flatMap((rule) => rule[1]!.split(';').map((d) => d.trim()).filter(Boolean));
      assert.ok(declarations.length > 10, `${file}: no declarations found`);
      for (const declaration of declarations) assert.match(declaration, /^--[\w-]+\s*:/, `${file}: ${declaration}`);
    }
  });

  it('no component styles file keeps its own copy of a palette colour', () => {
    const styles = readFileSync(new URL('../../components/intervention-finder/intervention-finder.styles.ts', import.meta.url), 'utf8');
    for (const token of PALETTES.flatMap((p) => p.tokens)) {
      assert.ok(!styles.includes(token.light) && !styles.includes(token.dark), `${token.name} is written in the styles file`);
    }
  });
});
