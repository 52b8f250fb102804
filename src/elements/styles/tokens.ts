import { css } from 'lit';

/** Dark defaults, used by `theme="dark"` and by `theme="auto"` when the system is dark. */
const darkColors = css`
  --_lio-color-text: var(--lio-color-text, #f1f3f5);
  --_lio-color-text-muted: var(--lio-color-text-muted, #c4c9d0);
  --_lio-color-background: var(--lio-color-background, #16181b);
  --_lio-color-surface: var(--lio-color-surface, #23262b);
  --_lio-color-border: var(--lio-color-border, #8d949e);
  --_lio-color-accent: var(--lio-color-accent, #7fb8f5);
  --_lio-color-accent-contrast: var(--lio-color-accent-contrast, #0b0d10);
  --_lio-color-focus: var(--lio-color-focus, #ffb366);
  --_lio-color-danger: var(--lio-color-danger, #ff8a9a);
  --_lio-color-danger-surface: var(--lio-color-danger-surface, #3a1d22);
  --_lio-color-skeleton: var(--lio-color-skeleton, #33373d);
`;

/**
 * Design tokens. Public tokens are `--lio-*` custom properties a host sets on any ancestor
 * (they inherit into shadow roots); components read them through private `--_lio-*` copies so
 * light, dark (`theme="dark"`, or `theme="auto"` following the system) and forced-colors modes
 * can swap defaults while a host's own value still wins.
 */
export const tokens = css`
  :host {
    --_lio-font-family: var(--lio-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_lio-font-size: var(--lio-font-size, 1rem);
    --_lio-line-height: var(--lio-line-height, 1.5);
    --_lio-space: var(--lio-space, 0.5rem);
    --_lio-radius: var(--lio-radius, 0.375rem);
    --_lio-focus-width: var(--lio-focus-width, 3px);

    --_lio-color-text: var(--lio-color-text, #1a1a1a);
    --_lio-color-text-muted: var(--lio-color-text-muted, #4d4d4d);
    --_lio-color-background: var(--lio-color-background, #ffffff);
    --_lio-color-surface: var(--lio-color-surface, #f4f5f7);
    --_lio-color-border: var(--lio-color-border, #8a8f98);
    --_lio-color-accent: var(--lio-color-accent, #0b5cad);
    --_lio-color-accent-contrast: var(--lio-color-accent-contrast, #ffffff);
    --_lio-color-focus: var(--lio-color-focus, #b35900);
    --_lio-color-danger: var(--lio-color-danger, #b00020);
    --_lio-color-danger-surface: var(--lio-color-danger-surface, #fdecee);
    --_lio-color-skeleton: var(--lio-color-skeleton, #e3e5e8);
  }

  :host([theme='dark']) {
    ${darkColors}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkColors}
    }
  }

  @media (forced-colors: active) {
    :host {
      --_lio-color-text: CanvasText;
      --_lio-color-text-muted: CanvasText;
      --_lio-color-background: Canvas;
      --_lio-color-surface: Canvas;
      --_lio-color-border: CanvasText;
      --_lio-color-accent: LinkText;
      --_lio-color-accent-contrast: Canvas;
      --_lio-color-focus: Highlight;
      --_lio-color-danger: CanvasText;
      --_lio-color-danger-surface: Canvas;
      --_lio-color-skeleton: GrayText;
    }
  }
`;
