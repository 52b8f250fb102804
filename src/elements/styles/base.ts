import { css, unsafeCSS } from 'lit';
import { tokens } from './tokens.js';

/**
 * The text settings a widget's own content starts from, whatever the page sets. Inherited
 * properties reach into shadow roots from the page (a `section { text-transform: uppercase }`
 * around the widget, `* { font-family: … }` on the host element itself, which beats a normal
 * `:host` rule), so each one the page could set is reset here to the widget's token or to its
 * initial value (`font` resets style, weight, variant and stretch too). `!important` because, on the host element, an important `:host` declaration wins
 * over the page's rules and a normal one loses. Sites change these through the `--lio-*` tokens.
 * (Declarations only, so a minified string: the CSS minifier reads each `css` template as a whole sheet.)
 * An element that wraps the page's own content (`<lio-catalogue>`) uses them on its own views only,
 * not on `:host`, so the page's content inside keeps the page's text settings.
 */
export const ownText = unsafeCSS(
  'color-scheme:var(--_lio-color-scheme)!important;' +
    'color:var(--_lio-color-text)!important;' +
    'font:400 var(--_lio-font-size)/var(--_lio-line-height) var(--_lio-font-family)!important;' +
    'letter-spacing:normal!important;' +
    'word-spacing:normal!important;' +
    'text-align:start!important;' +
    'text-indent:0!important;' +
    'text-transform:none!important;' +
    'white-space:normal!important;',
);

/**
 * Shared focus, button, skeleton and error-view rules. Sizes
 * are in px or in `em` of the widget's own font size, never in `rem`: inside a shadow root `rem`
 * is the page's root font size (10px on the many sites with `html { font-size: 62.5% }`).
 */
const rules = css`
    :host([hidden]) {
      display: none;
    }

    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }

    /* :host raises the specificity above a class, so controls reset with \`all: unset\` keep it. */
    :host :focus-visible {
      outline: var(--_lio-focus-width) solid var(--_lio-color-focus);
      outline-offset: 2px;
    }

    /* A widget's own surface (its outermost section): it paints its theme's background, so a dark
       widget on a light page (or the other way round) stays readable. */
    .surface {
      background: var(--_lio-color-background);
      color: var(--_lio-color-text);
      padding: calc(var(--_lio-space) * 2);
      border-radius: var(--_lio-radius);
    }

    .visually-hidden {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }

    button {
      font: inherit;
      cursor: pointer;
      min-block-size: 44px;
      min-inline-size: 44px;
      padding: var(--_lio-space) calc(var(--_lio-space) * 2);
      border-radius: var(--_lio-radius);
      border: 1px solid var(--_lio-color-accent);
      background: var(--_lio-color-accent);
      color: var(--_lio-color-accent-contrast);
    }

    .skeleton {
      display: grid;
      gap: var(--_lio-space);
      min-block-size: var(--lio-min-block-size, 12em);
      padding: var(--_lio-space);
    }

    .skeleton-line {
      block-size: 1em;
      border-radius: var(--_lio-radius);
      background: var(--_lio-color-skeleton);
      animation: lio-pulse 1.4s ease-in-out infinite;
    }

    .skeleton-line:nth-child(2n) {
      inline-size: 70%;
    }

    @keyframes lio-pulse {
      50% {
        opacity: 0.45;
      }
    }

    .error {
      border: 2px solid var(--_lio-color-danger);
      background: var(--_lio-color-danger-surface);
      color: var(--_lio-color-text);
      border-radius: var(--_lio-radius);
      padding: calc(var(--_lio-space) * 2);
      overflow-wrap: anywhere;
    }

    .error-title {
      margin: 0 0 var(--_lio-space);
      font-size: 1.125em;
      font-weight: 700;
    }

    .error p {
      margin: 0 0 var(--_lio-space);
    }

    .error-problems {
      margin: 0 0 var(--_lio-space);
      padding-inline-start: 1.25em;
    }

    .error-problems code {
      font-family: ui-monospace, Menlo, Consolas, monospace;
      font-size: 0.9em;
    }

    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        animation: none !important;
        transition: none !important;
      }
    }

    @media print {
      .skeleton,
      button {
        display: none;
      }
    }
`;

/** The tokens and the shared rules, without the host's text settings: for `<lio-catalogue>`, which wraps page content. */
export const sharedStyles = [tokens, rules];

/** Shared styles for every widget: the host element and everything in it use the widget's own text settings. */
export const baseStyles = [
  tokens,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      ${ownText}
    }
  `,
  rules,
];
