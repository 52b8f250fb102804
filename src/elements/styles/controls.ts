import { css } from 'lit';

/**
 * Shared control styles every widget uses, on top of `baseStyles` (which styles the primary
 * `button`): secondary buttons and chips (`button.secondary`, `.chip`), pressed toggles
 * (`aria-pressed`), text-like buttons (`.link-button`), tags (`.tag`) and chip lists (`.chips`),
 * text fields (`type="search"` and `type="text"` inputs, textareas) and selects, labels, notices and
 * links. The modal `<dialog>` and its backdrop are styled by the rules of dialog.ts.
 */
export const controlStyles = css`
  label,
  legend {
    font-weight: 600;
  }

  /* Every text field and select: the widget's colours, a visible border, at least 44 px high. */
  input[type='search'],
  input[type='text'],
  textarea,
  select {
    font: inherit;
    color: inherit;
    background: var(--_lio-color-background);
    border: 1px solid var(--_lio-color-border);
    border-radius: var(--_lio-radius);
    padding: var(--_lio-space);
    min-block-size: 44px;
    inline-size: 100%;
    max-inline-size: 40em;
  }

  button.secondary,
  button[aria-pressed='true'],
  .chip {
    background: var(--_lio-color-background);
    color: var(--_lio-color-accent);
    border-color: var(--_lio-color-accent);
  }

  .link-button {
    all: unset;
    cursor: pointer;
    color: var(--_lio-color-accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .tag {
    border: 1px solid var(--_lio-color-border);
    border-radius: 999px;
    padding: 0.05em 0.6em;
  }

  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_lio-space);
    margin: var(--_lio-space) 0 0;
    padding: 0;
    list-style: none;
  }

  .notice {
    border-inline-start: 4px solid var(--_lio-color-accent);
    padding: var(--_lio-space);
    background: var(--_lio-color-surface);
    margin-block-end: calc(var(--_lio-space) * 2);
  }

  a {
    color: var(--_lio-color-accent);
  }
`;
