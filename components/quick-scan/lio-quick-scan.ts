import { LioQuickScan } from './quick-scan.js';

export { LioQuickScan };
export default LioQuickScan;

LioQuickScan.define('lio-quick-scan');

declare global {
  interface HTMLElementTagNameMap {
    'lio-quick-scan': LioQuickScan;
  }
}
