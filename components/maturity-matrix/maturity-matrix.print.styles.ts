import { css } from 'lit';

/**
 * The printed grid, from the first load on: its cells with the action titles only (the shared rules
 * hide every button; descriptions, notices and the counts are hidden here). How it fits one
 * landscape A4 page (smaller type, narrow padding, rows kept whole) and the list of every action
 * after it come with the files part (views/io.styles.ts), which is fetched as soon as the browser is
 * idle after the grid shows, and which "Afdrukken" waits for.
 */
export default css`
  @media print {
    .about,
    .action-buttons,
    .io-buttons,
    .notice,
    .action-meta,
    .action-note,
    .counts {
      display: none;
    }
  }
`;
