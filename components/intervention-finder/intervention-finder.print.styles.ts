import { css } from 'lit';

/**
 * What the finder prints: the results and the shortlist as text (no controls), the shortlist alone
 * for its own "Afdrukken", and no dialog (the dialog itself sits in the top layer, which print
 * styles cannot move; an open detail prints alone from its copy in the page flow, by the rules in
 * views/detail.styles.ts, which come with the detail's chunk). Checked on a printed
 * PDF in test/print/finder-print.test.ts.
 */
export default css`
@media print {
  .search,
  .facets,
  .facets[data-collapsed],
  .facets-toggle,
  .toolbar .sort,
  .card-actions,
  .more,
  .export,
  dialog {
    display: none;
  }

  /* A short shortlist is not cut in two by a page break. */
  .shortlist {
    break-inside: avoid;
  }

  /* Shortlist titles are buttons (they open the detail): print them as text. */
  .shortlist .link-button {
    display: inline;
    color: inherit;
    text-decoration: none;
    font-weight: 600;
  }

  :host([data-printing='shortlist']) .finder > :not(.shortlist) {
    display: none;
  }
}
`;
