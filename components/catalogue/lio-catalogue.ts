import { LioCatalogue } from './catalogue.js';

export { LioCatalogue };
export default LioCatalogue;

LioCatalogue.define('lio-catalogue');

declare global {
  interface HTMLElementTagNameMap {
    'lio-catalogue': LioCatalogue;
  }
}
