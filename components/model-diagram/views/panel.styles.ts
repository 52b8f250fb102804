import { css } from 'lit';

/** The panel's looks: loaded with the panel (panel-part.ts), so the diagram's first load does not carry them. */
export default css`
  .panel {
    margin-block-start: calc(var(--_lio-space) * 2);
    padding: calc(var(--_lio-space) * 2);
    border: 1px solid var(--_lio-color-border);
    border-radius: var(--_lio-radius);
    max-inline-size: 48em;
  }

  .panel-title {
    margin: 0;
  }

  .panel-kind {
    color: var(--_lio-color-text-muted);
    margin-block-start: 0;
  }

  .panel-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_lio-space);
  }

  .button-link {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    padding: 0 calc(var(--_lio-space) * 2);
    border: 1px solid var(--_lio-color-accent);
    border-radius: var(--_lio-radius);
  }

  @media print {
    .panel-actions {
      display: none;
    }
  }
`;
