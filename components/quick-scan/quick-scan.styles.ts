import { css } from 'lit';

/**
 * The quick scan's layout: statements as fieldsets with their scale points in a row that wraps
 * (stacked on a phone), the progress bar, the results (chart box, table, lists) and the team view.
 * Print: the results alone, without controls (`Afdrukken` sets `data-printing="results"`).
 */
export default css`
  :host {
    display: block;
  }

  .scan {
    container-type: inline-size;
  }

  .title {
    margin: 0 0 var(--_lio-space);
  }

  .intro p,
  .about {
    max-inline-size: 42em;
  }

  .about {
    color: var(--_lio-color-text-muted);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_lio-space);
    margin: calc(var(--_lio-space) * 2) 0;
  }

  .nav {
    justify-content: space-between;
  }

  .nav .next,
  .nav .show-results {
    margin-inline-start: auto;
  }

  fieldset {
    border: 1px solid var(--_lio-color-border);
    border-radius: var(--_lio-radius);
    margin: 0 0 calc(var(--_lio-space) * 2);
    padding: var(--_lio-space) calc(var(--_lio-space) * 2) calc(var(--_lio-space) * 2);
    min-inline-size: 0;
  }

  legend {
    padding: 0 calc(var(--_lio-space) / 2);
  }

  /* The widget's own width decides (.scan is the container; it may sit in a sidebar): a column on
     narrow widths, so the scale reads in order from top to bottom; one row of six when there is room. */
  .scale {
    display: grid;
    gap: calc(var(--_lio-space) / 2);
    margin-block-start: var(--_lio-space);
  }

  @container (min-width: 40em) {
    .scale {
      grid-template-columns: repeat(6, 1fr);
    }
  }

  /* "Don't know" is no point on the scale: set apart by a dashed border. */
  .scale .dont-know {
    border-style: dashed;
  }

  .option {
    display: flex;
    gap: var(--_lio-space);
    align-items: flex-start;
    font-weight: 400;
    padding: calc(var(--_lio-space) / 2);
    min-block-size: 44px;
    box-sizing: border-box;
    cursor: pointer;
    border-radius: var(--_lio-radius);
  }

  .scale .option {
    border: 1px solid var(--_lio-color-border);
  }

  .option:has(input:checked) {
    border-color: var(--_lio-color-accent);
    background: var(--_lio-color-surface);
    font-weight: 600;
  }

  .option input {
    margin: 0.3em 0 0;
    inline-size: 1.1em;
    block-size: 1.1em;
    flex: none;
    accent-color: var(--_lio-color-accent);
  }

  fieldset.choice {
    max-inline-size: 42em;
  }

  .phase-option > span {
    display: flex;
    flex-direction: column;
  }

  .phase-description,
  .hint,
  .level-description {
    color: var(--_lio-color-text-muted);
  }

  .progress-text {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_lio-space);
    margin: 0;
  }

  progress {
    inline-size: 100%;
    block-size: 0.75em;
    accent-color: var(--_lio-color-accent);
  }

  .chart-figure {
    margin: 0 0 calc(var(--_lio-space) * 2);
  }

  /* The chart module sets the box's height for the kind of chart and the width it has. */
  .chart-box {
    position: relative;
    inline-size: 100%;
  }

  .chart-status,
  .chart-summary {
    color: var(--_lio-color-text-muted);
  }

  .scores {
    border-collapse: collapse;
    inline-size: 100%;
    max-inline-size: 48em;
    margin-block-end: calc(var(--_lio-space) * 2);
  }

  .scores caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: var(--_lio-space);
  }

  .scores th,
  .scores td {
    text-align: start;
    padding: calc(var(--_lio-space) / 2);
    border-block-end: 1px solid var(--_lio-color-border);
    vertical-align: top;
    /* A long factor name or verdict may break in a narrow box (a phone) rather than push the table out of it. */
    overflow-wrap: anywhere;
  }

  .scores th[scope='row'] {
    font-weight: 400;
    padding-inline-start: calc(var(--_lio-space) * 1.5);
    hyphens: auto;
  }

  .level-row > * {
    background: var(--_lio-color-surface);
    font-weight: 600;
  }

  tr[data-verdict='strength'] td:last-child,
  tr[data-verdict='improvement'] td:last-child {
    font-weight: 600;
  }

  .team-table {
    max-inline-size: none;
  }

  .table-scroll,
  .team-summary {
    overflow-x: auto;
  }

  .improvement-list,
  .recommendations {
    list-style: none;
    padding: 0;
  }

  .improvement > :is(h3, h4, h5, h6) {
    font-size: 1.1em;
    margin-block-end: 0;
  }

  .improvement {
    border-block-start: 1px solid var(--_lio-color-border);
    padding-block: var(--_lio-space);
  }

  .recommendation {
    border: 1px solid var(--_lio-color-border);
    border-radius: var(--_lio-radius);
    padding: var(--_lio-space);
    margin-block-end: var(--_lio-space);
  }

  .rec-title {
    margin: 0 0 calc(var(--_lio-space) / 2);
  }

  details summary {
    cursor: pointer;
    color: var(--_lio-color-accent);
    min-block-size: 24px;
  }

  /* Codes in a monospace font; the fields' look is the shared one (controls.ts). */
  .code-field,
  textarea {
    font-family: ui-monospace, monospace;
    display: block;
  }

  code {
    overflow-wrap: anywhere;
  }

  .team-input {
    border: 1px dashed var(--_lio-color-border);
    border-radius: var(--_lio-radius);
    padding: var(--_lio-space) calc(var(--_lio-space) * 2);
    margin-block-end: calc(var(--_lio-space) * 2);
  }

  input[type='file'] {
    font: inherit;
    max-inline-size: 100%;
  }

  .team-rejected,
  .error-text {
    border-inline-start: 4px solid var(--_lio-color-danger);
    background: var(--_lio-color-danger-surface);
    padding: var(--_lio-space);
  }

  .reset-confirm {
    border: 2px solid var(--_lio-color-danger);
    border-radius: var(--_lio-radius);
    padding: var(--_lio-space) calc(var(--_lio-space) * 2);
  }

  button.danger {
    background: var(--_lio-color-danger);
    border-color: var(--_lio-color-danger);
    color: var(--_lio-color-background);
  }

  @media print {
    /* .exports: only buttons under its heading, which would print alone. .role: a question to answer on screen, not on paper. */
    .actions,
    .exports,
    .role,
    .code,
    .submit,
    .reset-confirm,
    .chart-status,
    details,
    .improvement > p:last-child {
      display: none;
    }

    .chart-box {
      break-inside: avoid;
    }

    /* A heading never ends a printed page: it goes with the chart or list it introduces. */
    h2,
    h3,
    h4,
    h5,
    h6 {
      break-after: avoid;
    }

    :host([data-printing='results']) .scan > :not(.results, .title) {
      display: none;
    }

    .recommendation,
    tr {
      break-inside: avoid;
    }
  }
`;
