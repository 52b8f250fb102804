import { css } from 'lit';
import { themeStyles } from '../../src/elements/styles/tokens.js';
import { FINDER_PALETTE } from './palette.js';
import printStyles from './intervention-finder.print.styles.js';

/** The finder's own styles; shared controls come from src/elements/styles/controls.ts. */
export default [
  themeStyles(FINDER_PALETTE.tokens),
  css`
  :host {
    container-type: inline-size;
    min-block-size: var(--lio-min-block-size, 12em);
    --_lio-finder-facet-width: var(--lio-intervention-finder-facet-width, 17em);
  }

  .title {
    margin: 0 0 var(--_lio-space);
    font-size: 1.5em;
    line-height: 1.25;
  }

  .intro {
    margin: 0 0 calc(var(--_lio-space) * 2);
    color: var(--_lio-color-text-muted);
  }

  .search {
    display: grid;
    gap: calc(var(--_lio-space) / 2);
  }

  /* The small print: the search hint, a card's phases, a saved item's facts. */
  .hint,
  .phases,
  .pick-meta {
    font-size: 0.875em;
    color: var(--_lio-color-text-muted);
  }

  .layout {
    display: grid;
    gap: calc(var(--_lio-space) * 3);
  }

  /* Narrow: the filters collapse behind a disclosure button; wide: always shown beside the results. */
  .facets[data-collapsed] {
    display: none;
  }

  @container (min-width: 48em) {
    .layout {
      grid-template-columns: var(--_lio-finder-facet-width) minmax(0, 1fr);
      align-items: start;
    }

    .facets-toggle,
    .facets-count {
      display: none;
    }

    .facets[data-collapsed] {
      display: block;
    }
  }

  .facets-column {
    display: grid;
    gap: var(--_lio-space);
  }

  .facets-toggle {
    justify-self: start;
  }

  fieldset {
    border: 0;
    margin: 0 0 calc(var(--_lio-space) * 2);
    padding: 0;
    min-inline-size: 0;
  }

  legend {
    padding: 0;
    margin-block-end: calc(var(--_lio-space) / 2);
  }

  /* One disclosure per level: the summary is a full-size target. */
  .facet-group-label {
    padding-block: 0.625rem;
    font-weight: 600;
    cursor: pointer;
  }

  .factor-group > [role='group'] {
    padding-inline-start: calc(var(--_lio-space) * 1.5);
  }

  /* Narrow: the count right above the first filters, so a ticked filter shows its effect in view. */
  .facets-count {
    margin: 0 0 var(--_lio-space);
    font-weight: 600;
  }

  .option {
    display: flex;
    gap: var(--_lio-space);
    align-items: flex-start;
    padding-block: 0.2em;
    font-weight: 400;
    cursor: pointer;
  }

  .option input {
    inline-size: 20px;
    block-size: 20px;
    margin: 2px 0 0;
    flex: none;
    accent-color: var(--_lio-color-accent);
  }

  .option .count {
    color: var(--_lio-color-text-muted);
    font-variant-numeric: tabular-nums;
  }

  .option.empty {
    color: var(--_lio-color-text-muted);
  }

  .evidence-help {
    margin-block-start: var(--_lio-space);
    font-size: 0.875em;
  }

  .evidence-help summary {
    cursor: pointer;
    color: var(--_lio-color-accent);
    min-block-size: 24px;
  }

  .evidence-help dt {
    font-weight: 600;
    margin-block-start: calc(var(--_lio-space) / 2);
  }

  .evidence-help dd {
    margin: 0;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_lio-space) calc(var(--_lio-space) * 2);
    align-items: end;
    justify-content: space-between;
    margin-block-end: calc(var(--_lio-space) * 2);
  }

  .result-count {
    margin: 0;
    font-weight: 600;
  }

  .sort {
    display: grid;
    gap: calc(var(--_lio-space) / 2);
  }

  .sort select {
    inline-size: auto;
  }

  .notes {
    margin: 0 0 var(--_lio-space);
  }

  .results {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_lio-space) * 2);
  }

  .card {
    border: 1px solid var(--_lio-color-border);
    border-radius: var(--_lio-radius);
    padding: calc(var(--_lio-space) * 2);
    background: var(--_lio-color-surface);
    display: grid;
    gap: var(--_lio-space);
    overflow-wrap: anywhere;
  }

  .card-title {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
  }

  .summary,
  .own-mark {
    margin: 0;
  }

  .own-mark {
    font-size: 0.875em;
    font-weight: 600;
  }

  /* Said in words, not only by the badge colour. */
  .no-effect {
    margin: 0;
    font-weight: 600;
    border-inline-start: 4px solid var(--_lio-finder-badge-mixed);
    padding-inline-start: var(--_lio-space);
  }

  mark {
    background: var(--_lio-finder-mark);
    color: inherit;
    border-radius: 0.15em;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_lio-space) / 2);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }

  .badge {
    font-weight: 700;
    border: 2px solid currentColor;
    border-radius: var(--_lio-radius);
    padding: 0.05em 0.5em;
    color: var(--_lio-finder-badge-other);
  }

  .badge[data-evidence='proven'] {
    color: var(--_lio-finder-badge-proven);
  }

  .badge[data-evidence='mixed'],
  .badge[data-evidence='not-effective'] {
    color: var(--_lio-finder-badge-mixed);
  }

  .phases {
    margin: 0;
  }

  .card-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_lio-space);
    justify-content: flex-end;
  }

  .more {
    margin-block-start: calc(var(--_lio-space) * 2);
    display: flex;
    flex-wrap: wrap;
    gap: var(--_lio-space);
    align-items: center;
  }

  .empty-state {
    border: 1px dashed var(--_lio-color-border);
    border-radius: var(--_lio-radius);
    padding: calc(var(--_lio-space) * 2);
  }

  .finder-bar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_lio-space) calc(var(--_lio-space) * 2);
    align-items: center;
    margin-block-end: calc(var(--_lio-space) * 2);
  }

  .finder-bar .search {
    flex: 0 1 40em;
  }

  .shortlist {
    margin-block-end: calc(var(--_lio-space) * 2);
    border: 2px solid var(--_lio-color-border);
    border-radius: var(--_lio-radius);
    padding: calc(var(--_lio-space) * 2);
    background: var(--_lio-color-surface);
    overflow-wrap: anywhere;
  }

  .shortlist-title {
    margin: 0 0 var(--_lio-space);
    font-size: 1.25em;
  }

  .shortlist ol {
    padding-inline-start: 1.5em;
    margin: 0 0 var(--_lio-space);
  }

  .shortlist li {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_lio-space) / 2) var(--_lio-space);
    align-items: center;
    justify-content: space-between;
    margin-block-end: var(--_lio-space);
  }

  .pick {
    display: grid;
  }

  .shortlist li button.secondary {
    min-block-size: 36px;
    padding-block: 0.1em;
  }

  .export {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_lio-space);
  }

  @container (max-width: 30em) {
    .finder {
      padding: var(--_lio-space);
    }
  }
`,
  printStyles,
];
