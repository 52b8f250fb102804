import { css } from 'lit';

/**
 * The detail view's rules: they come with its chunk and are adopted by the finder's shadow root
 * when it arrives, after the finder's own styles (see `attachDetail`).
 */
export default css`
  .detail {
    display: grid;
    gap: var(--_lio-space);
    padding: calc(var(--_lio-space) * 2);
    overflow-wrap: anywhere;
  }

  .detail-header {
    display: flex;
    gap: var(--_lio-space);
    justify-content: space-between;
    align-items: start;
  }

  /* The close button keeps its width; the title wraps instead (not the button, letter by letter). */
  .detail-header > button {
    flex: none;
  }

  .detail-title,
  .detail-print-title {
    margin: 0;
    font-size: 1.375em;
    line-height: 1.25;
  }

  .detail h3,
  .detail h4,
  .detail h5,
  .detail h6,
  .detail-section-title {
    margin: var(--_lio-space) 0 calc(var(--_lio-space) / 2);
    font-size: 1.0625em;
  }

  .detail dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: calc(var(--_lio-space) / 2) calc(var(--_lio-space) * 2);
    margin: 0;
  }

  .detail dt {
    font-weight: 600;
  }

  /* A detail text may hold one entry per line (the forms of an approach). */
  .detail dd {
    margin: 0;
    white-space: pre-line;
  }

  .detail ul:not(.meta) {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  /* The print copy of the open detail (see renderDetailPrint): only on paper, where it prints alone, from its title on. */
  .detail.detail-print {
    display: none;
  }

  @media print {
    .detail.detail-print {
      display: grid;
    }

    .detail-print ~ .finder {
      display: none;
    }
  }

  .detail-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_lio-space);
    margin-block-start: var(--_lio-space);
  }

  @container (max-width: 30em) {
    .detail dl {
      grid-template-columns: 1fr;
    }
  }
`;
