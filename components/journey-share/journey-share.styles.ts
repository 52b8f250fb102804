import { css } from 'lit';

/** `<lio-journey-share>`'s own layout, on top of the kit's base and control styles. */
export default css`
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_lio-space);
    margin: 0;
  }

  /* Saving and linking wait for something to save: dimmed, and the line above says why. */
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }

  .hint {
    color: var(--_lio-color-text-muted);
    margin-block: calc(var(--_lio-space) / 2) var(--_lio-space);
  }

  .link-result {
    margin-block: var(--_lio-space);
  }

  /* The field's look is the shared one (controls.ts). */
  .link-field {
    display: block;
    margin-block-start: 0.25em;
  }

  .share-error {
    margin-block: var(--_lio-space);
  }

  .share-error .error {
    margin-block-end: var(--_lio-space);
  }

  .share-dialog {
    padding: calc(var(--_lio-space) * 2);
  }

  .dialog-title {
    margin-block-start: 0;
  }

  @media print {
    .buttons,
    .hint,
    .link-result {
      display: none;
    }
  }
`;
