import { css } from 'lit';

/**
 * The matrix's looks: a table with fixed, equal phase columns (so a long title wraps instead of
 * widening one column), cells whose gap is a dashed box with words in it, and a marked row for a
 * scan's improvement level (a thick start border next to the words). The narrow list stacks the
 * same cells. No colours of its own: the theme's tokens keep it readable in dark and forced colours.
 */
export default css`
  .title {
    margin: 0 0 var(--_lio-space);
  }

  /* The toolbar, and its file buttons (export, import, print) at its end; the refused file's message below it: io.styles.ts. */
  .toolbar,
  .io-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_lio-space);
  }

  .toolbar {
    align-items: center;
    margin-block-end: var(--_lio-space);
  }

  .totals {
    margin: 0;
    flex: 1 1 auto;
  }

  .grid {
    inline-size: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }

  .grid th,
  .grid td {
    border: 1px solid var(--_lio-color-border);
    padding: var(--_lio-space);
    vertical-align: top;
    text-align: start;
    /* Breaks a word only when it cannot fit the column at all, so a title never splits mid-word otherwise. */
    overflow-wrap: break-word;
  }

  .grid th {
    background: var(--_lio-color-surface);
  }

  .corner {
    inline-size: 10em;
  }

  .head-title {
    display: block;
    font-weight: 700;
  }

  tr.scan > th,
  .level-block.scan {
    border-inline-start: 6px solid var(--_lio-color-accent);
  }

  .scan-mark {
    margin: 0.25em 0;
    font-weight: 600;
    color: var(--_lio-color-accent);
  }

  .about {
    font-weight: 400;
    font-size: 0.875em;
  }

  .about summary {
    cursor: pointer;
    color: var(--_lio-color-accent);
  }

  .about p,
  .about dl {
    margin: 0.25em 0 0;
  }

  .gap {
    margin: 0 0 var(--_lio-space);
    padding: 0.25em 0.5em;
    border: 1px dashed var(--_lio-color-border);
    border-radius: var(--_lio-radius);
    font-style: italic;
  }

  .counts {
    margin: 0 0 0.25em;
    font-size: 0.875em;
  }

  .actions,
  .phases {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .action {
    display: flex;
    flex-direction: column;
    gap: 0.125em;
    margin-block-end: var(--_lio-space);
    padding: 0.25em 0.5em;
    border-inline-start: 3px solid var(--_lio-color-border);
  }

  .action.status-running {
    border-inline-start-style: double;
    border-inline-start-width: 4px;
  }

  .action.status-done {
    border-inline-start-color: var(--_lio-color-accent);
  }

  .action-title {
    font-weight: 600;
  }

  .action-meta,
  .action-note {
    font-size: 0.875em;
  }

  .action-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    font-size: 0.875em;
  }

  .action-buttons .link-button {
    padding-block: 0.25em;
  }

  button.add {
    inline-size: 100%;
    padding-inline: 0.5em;
  }

  .level-block {
    margin-block-end: calc(var(--_lio-space) * 2);
    padding-inline-start: var(--_lio-space);
  }

  .level-title,
  .phase-title {
    margin: var(--_lio-space) 0 0.25em;
  }

  .phases > li {
    border: 1px solid var(--_lio-color-border);
    border-radius: var(--_lio-radius);
    padding: var(--_lio-space);
    margin-block-end: var(--_lio-space);
  }
`;
