import { css } from 'lit';
import { themeStyles } from '../../../src/elements/styles/tokens.js';
import { DIAGRAM_PALETTE } from '../palette.js';

/**
 * The score overlay's looks, loaded with it (scores-part.ts): the palette's five steps (light,
 * dark, forced colours), each chip's fill by its step, a dashed border for a factor without a
 * score, and the legend.
 */
export default [
  themeStyles(DIAGRAM_PALETTE.tokens),
  css`
  .score-1 {
    --_fill: var(--_lio-diagram-score-1);
  }
  .score-2 {
    --_fill: var(--_lio-diagram-score-2);
  }
  .score-3 {
    --_fill: var(--_lio-diagram-score-3);
  }
  .score-4 {
    --_fill: var(--_lio-diagram-score-4);
  }
  .score-5 {
    --_fill: var(--_lio-diagram-score-5);
  }

  /* Without weight (:where), so the pick's fill in the element's own rules wins over the score's. */
  :where(.factor[class*='score-']) > .chip {
    fill: var(--_fill);
  }

  .unscored > .chip {
    stroke-dasharray: 4 3;
  }

  .legend {
    margin-block-end: var(--_lio-space);
  }

  .legend-title {
    margin: 0 0 calc(var(--_lio-space) / 2);
  }

  .legend-steps {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_lio-space) / 2) calc(var(--_lio-space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .swatch {
    display: inline-block;
    inline-size: 1.25em;
    block-size: 0.9em;
    margin-inline-end: 0.35em;
    vertical-align: -0.1em;
    border: 1px solid var(--_lio-color-border);
    background: var(--_fill, var(--_lio-color-background));
  }

  .swatch.unscored {
    border-style: dashed;
  }

  .model-list .unscored {
    border-style: dashed;
  }
  `,
];
