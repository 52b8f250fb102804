/**
 * The journey share's second part: reading files and links and making links (the journey format's
 * checks, with the schema library, and the compression: src/core/journey/journey-io.ts), and what
 * only a read journey or a made link needs: the question before replacing (with the modal dialog
 * controller), the made link, and replacing the workspace's slices. None of it is needed to show
 * the buttons and what the workspace holds, so it stays out of the first load (share-loader.ts).
 */
export { decodeJourneyLink, encodeJourneyLink, parseJourney } from '../../src/core/journey/journey-io.js';
export { ModalController } from '../../src/elements/dialog.js';
export { FILE_TYPES, downloadFile, fileName } from '../../src/elements/files.js';
export { replaceSlices } from '../../src/elements/workspace-replace.js';
export { renderConfirm, renderLink } from './views/part.js';
