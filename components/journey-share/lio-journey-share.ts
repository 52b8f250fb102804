import { LioJourneyShare } from './journey-share.js';

export { LioJourneyShare };
export default LioJourneyShare;

LioJourneyShare.define('lio-journey-share');

declare global {
  interface HTMLElementTagNameMap {
    'lio-journey-share': LioJourneyShare;
  }
}
