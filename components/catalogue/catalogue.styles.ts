import { css } from 'lit';
import { ownText } from '../../src/elements/styles/base.js';

/**
 * `<lio-catalogue>` wraps the page's own content: its host keeps the page's text settings (they
 * inherit into that content); only its error view uses the widgets' own.
 */
export default css`
  :host {
    display: block;
  }

  .error {
    margin-block-end: calc(var(--_lio-space) * 2);
    ${ownText}
  }
`;
