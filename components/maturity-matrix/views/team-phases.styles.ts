import { css } from 'lit';

/** The team's phases above the columns (the team part): adopted into the matrix's shadow root when the part arrives. */
export default css`
  /* The team's phases above the columns. */
  .votes-caption {
    margin: 0 0 0.25em;
    font-size: 0.875em;
  }

  .phase-votes {
    display: flex;
    align-items: center;
    gap: 0.375em;
    font-size: 0.875em;
    font-weight: normal;
  }

  .vote-bar {
    flex: 0 0 3em;
    inline-size: 3em;
    block-size: 0.75em;
  }

  .votes-list {
    list-style: none;
    margin: 0 0 var(--_lio-space);
    padding: 0;
  }

  .votes-list > li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em var(--_lio-space);
    align-items: center;
  }
`;
