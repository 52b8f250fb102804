import { css, unsafeCSS, type CSSResult } from 'lit';
import { COLOR_TOKENS, declarations, type ThemeToken } from './palette.js';

/**
 * `:host` rules for a list of themable colours: the light defaults, the dark ones for
 * `theme="dark"` and for `theme="auto"` on a dark system (on screen; printed, the light ones), and
 * system colours under forced-colors.
 * Components call it with their own palette, so every default is written once (palette.ts files).
 * The values are the project's own constants, never page or catalogue input.
 */
export function themeStyles(tokens: readonly ThemeToken[]): CSSResult {
  const forced = tokens.filter((token) => token.forced).map((token) => `--${token.private}: ${token.forced};`);
  return css`
    :host {
      ${unsafeCSS(declarations(tokens, 'light'))}
    }

    /* Screen only: paper is white and browsers leave out backgrounds, so printed widgets keep their light colours. */
    @media screen {
      :host([theme='dark']) {
        ${unsafeCSS(declarations(tokens, 'dark'))}
      }
    }

    @media screen and (prefers-color-scheme: dark) {
      :host([theme='auto']) {
        ${unsafeCSS(declarations(tokens, 'dark'))}
      }
    }

    ${forced.length ? css`@media (forced-colors: active) { :host { ${unsafeCSS(forced.join('\n'))} } }` : css``}
  `;
}

/**
 * Design tokens. Public tokens are `--lio-*` custom properties a host sets on any ancestor
 * (they inherit into shadow roots); components read them through private `--_lio-*` copies so
 * light, dark (`theme="dark"`, or `theme="auto"` following the system) and forced-colors modes
 * can swap defaults while a host's own value still wins. The colours come from palette.ts.
 *
 * Sizes default to px, not rem: inside a shadow root `rem` is the page's root font size, which
 * many sites set to 10px (`html { font-size: 62.5% }`). The spacing follows `--lio-font-size`, so a
 * site that wants the widgets to follow its root size sets `--lio-font-size: 1rem` and gets both.
 */
export const tokens = [
  css`
    :host {
      --_lio-font-family: var(--lio-font-family, system-ui, sans-serif);
      --_lio-font-size: var(--lio-font-size, 16px);
      --_lio-line-height: var(--lio-line-height, 1.5);
      --_lio-space: var(--lio-space, calc(var(--_lio-font-size) / 2));
      --_lio-radius: var(--lio-radius, 6px);
      --_lio-focus-width: var(--lio-focus-width, 3px);
    }
  `,
  themeStyles(COLOR_TOKENS),
];
