import { css } from 'lit';

/**
 * The diagram's looks: the bands in two alternating surfaces, chips with a border (dashed when not
 * scored), the picked item in the accent colour, the focused one with the focus colour as a thick
 * stroke (SVG groups draw no outline in every engine). Forced colours: system colours only, the
 * pick as Highlight. Colour changes move only when reduced motion is not asked for. Printed, the
 * figure shrinks to the page's width and height, so it stays on one page.
 */
export default [
  css`
    :host {
      display: block;
    }

    .title {
      margin: 0 0 var(--_lio-space);
    }

    .bar {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_lio-space);
      margin-block-end: var(--_lio-space);
    }

    .figure {
      inline-size: 100%;
    }

    .model-figure {
      display: block;
      inline-size: 100%;
      block-size: auto;
      overflow: visible;
    }

    .model-figure text {
      fill: var(--_lio-color-text);
      font: inherit;
      dominant-baseline: central;
    }

    .level-title {
      font-weight: 700 !important;
    }

    .band {
      fill: var(--_lio-color-surface);
      stroke: var(--_lio-color-border);
    }

    .level.even > .band {
      fill: var(--_lio-color-background);
    }

    .chip {
      fill: var(--_lio-color-background);
      stroke: var(--_lio-color-border);
    }

    .level,
    .factor {
      cursor: pointer;
    }

    /* The focus ring is the header's or chip's stroke (below): an outline would circle a level's
       whole band, inner levels included. :host matches the specificity of the shared focus rule. */
    :host .level:focus-visible,
    :host .factor:focus-visible {
      outline: none;
    }

    .factor.selected > .chip {
      fill: var(--_lio-color-accent);
      stroke: var(--_lio-color-accent);
    }

    .model-figure .note {
      fill: var(--_lio-color-text-muted);
    }

    .factor.selected text,
    .factor.selected .note {
      fill: var(--_lio-color-accent-contrast);
    }

    .header {
      fill: none;
      stroke: none;
    }

    .level[aria-selected='true'] > .header {
      stroke: var(--_lio-color-accent);
      stroke-width: 3px;
    }

    .level:focus-visible > .header,
    .factor:focus-visible > .chip {
      stroke: var(--_lio-color-focus);
      stroke-width: var(--_lio-focus-width);
    }

    .factor:hover > .chip,
    .level:hover > .header {
      stroke: var(--_lio-color-accent);
    }

    @media (prefers-reduced-motion: no-preference) {
      .chip,
      .band {
        transition:
          fill 0.15s ease,
          stroke 0.15s ease;
      }
    }

    @media (forced-colors: active) {
      .band,
      .chip {
        fill: Canvas;
        stroke: CanvasText;
      }

      .model-figure text,
      .model-figure .note {
        fill: CanvasText;
      }

      .factor.selected > .chip {
        fill: Highlight;
        stroke: Highlight;
      }

      .factor.selected text,
      .factor.selected .note {
        fill: HighlightText;
      }

      .level[aria-selected='true'] > .header,
      .level:focus-visible > .header,
      .factor:focus-visible > .chip {
        stroke: Highlight;
      }
    }

    @media print {
      .bar {
        display: none;
      }

      .model-figure {
        max-block-size: 24cm;
        break-inside: avoid;
      }
    }
  `,
];
