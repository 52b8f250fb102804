/**
 * What the finder needs only when the visitor exports or prints the shortlist or asks for the
 * recommendations of a scan: loaded apart (the `tools` chunk), when the browser is idle after the
 * results show, or by the first click that needs it.
 */
export { recommend } from '../../src/core/recommend.js';
export { FILE_TYPES, downloadFile, fileName } from '../../src/elements/files.js';
export { printPart } from '../../src/elements/print.js';
