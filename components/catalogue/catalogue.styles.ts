import { css } from 'lit';

export default css`
  :host {
    display: block;
  }

  .error {
    margin-block-end: calc(var(--_lio-space) * 2);
  }
`;
