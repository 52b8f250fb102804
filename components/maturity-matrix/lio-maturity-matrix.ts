import { LioMaturityMatrix } from './maturity-matrix.js';

export { LioMaturityMatrix };
export default LioMaturityMatrix;

LioMaturityMatrix.define('lio-maturity-matrix');

declare global {
  interface HTMLElementTagNameMap {
    'lio-maturity-matrix': LioMaturityMatrix;
  }
}
