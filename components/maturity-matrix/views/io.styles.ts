import { css } from 'lit';

/**
 * The rules that come with the files part (io-part.ts), adopted with it: a refused file's message
 * below the toolbar; the printed grid made to fit a landscape A4 page; and the list of every action
 * printed on a page of its own after the grid (only when the plan has actions; the part renders it
 * only while printing).
 */
export default css`
  .import-error {
    margin-block-end: var(--_lio-space);
    padding: var(--_lio-space);
    border: 2px solid var(--_lio-color-danger);
    border-radius: var(--_lio-radius);
  }

  .import-error-message {
    margin: 0 0 0.25em;
    font-weight: 600;
  }

  .import-problems {
    margin: 0 0 var(--_lio-space);
  }

  .import-problems code {
    overflow-wrap: anywhere;
  }

  .print-list {
    display: none;
  }

  @media print {
    .import-error {
      display: none;
    }

    .matrix {
      font-size: 9pt;
    }

    /* Rows are not split; the table itself may start on page 1 under the host's own heading. */
    .grid tr {
      break-inside: avoid;
    }

    .grid th,
    .grid td {
      padding: 0.25em 0.4em;
    }

    .action {
      margin-block-end: 0.2em;
      padding: 0 0.3em;
    }

    .gap {
      margin: 0;
    }

    /* The list of actions on a page of its own after the grid (none for a plan without actions). */
    .print-list {
      display: block;
      break-before: page;
    }

    .print-table {
      inline-size: 100%;
      border-collapse: collapse;
    }

    .print-table th,
    .print-table td {
      border: 1px solid var(--_lio-color-border);
      padding: 0.25em 0.4em;
      text-align: start;
      vertical-align: top;
      overflow-wrap: break-word;
    }

    .print-table tr {
      break-inside: avoid;
    }
  }
`;
