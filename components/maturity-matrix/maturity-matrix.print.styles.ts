import { css } from 'lit';

/**
 * The printed plan: the grid first, on a page of its own (landscape A4 when printed with
 * "Afdrukken", which adopts the page rule into the document), its cells with the action titles
 * only; then, when the plan has actions, every action with level, phase, status, owner and note.
 * The shared rules hide every button; descriptions, notices and the import message are hidden here.
 */
export default css`
  .print-list {
    display: none;
  }

  @media print {
    .about,
    .action-buttons,
    .io-buttons,
    .import-error,
    .notice,
    .action-meta,
    .action-note,
    .counts {
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
