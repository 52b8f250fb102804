import { css } from 'lit';

/** The list view's looks: loaded with the list (panel-part.ts), so the diagram's first load does not carry them. */
export default css`
  .model-list,
  .model-list ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .model-list ul {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_lio-space) / 2);
    margin: calc(var(--_lio-space) / 2) 0 var(--_lio-space) calc(var(--_lio-space) * 2);
  }

  /* A word longer than the width (Persoonskenmerken in a narrow sidebar, or with large text) breaks
     rather than running past the edge. */
  .model-list .item {
    max-inline-size: 100%;
    overflow-wrap: anywhere;
    text-align: start;
    background: var(--_fill, var(--_lio-color-background));
    color: var(--_lio-color-text);
    border-color: var(--_lio-color-border);
  }

  .model-list .level {
    font-weight: 700;
  }

  .model-list .item[aria-pressed='true'] {
    background: var(--_lio-color-accent);
    color: var(--_lio-color-accent-contrast);
    border-color: var(--_lio-color-accent);
  }

  .model-list .note {
    font-weight: 400;
  }
`;
