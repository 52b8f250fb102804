import { css } from 'lit';

/**
 * The add, edit and move dialogs' own looks (offers, form fields, the catalogue search): loaded
 * with the dialogs part, so the grid's first load does not carry them. The dialog box itself and
 * its buttons row are shared with the import dialog (dialog-frame.styles.ts).
 */
export default css`
  .offers {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .offer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em var(--_lio-space);
    padding-block: 0.25em;
    border-block-end: 1px solid var(--_lio-color-border);
  }

  .offer-title {
    flex: 1 1 12em;
  }

  .fields {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    max-inline-size: 40em;
  }

  .fields [aria-invalid='true'] {
    border-color: var(--_lio-color-danger);
    border-width: 2px;
  }

  .field-error {
    margin: 0;
    color: var(--_lio-color-danger);
    font-weight: 600;
  }

  /* The catalogue search in the add dialog. */
  .search-status:empty {
    display: none;
  }

  .offer-facts {
    font-size: 0.875em;
  }

  .level-mark {
    font-weight: 600;
  }

  .offer.this-level {
    border-inline-start: 3px solid var(--_lio-color-accent);
    padding-inline-start: 0.5em;
  }
`;
