import { css } from 'lit';

/**
 * The matrix's dialog box, its title and its row of buttons: shared by the add, edit and move
 * dialogs (the dialogs part) and the import dialog (the files part), and adopted with whichever
 * part comes first, so the grid's first load does not carry them.
 */
export default css`
  .matrix-dialog {
    padding: calc(var(--_lio-space) * 2);
  }

  .dialog-title {
    margin-block-start: 0;
  }

  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_lio-space);
  }
`;
