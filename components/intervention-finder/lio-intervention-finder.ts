import { LioInterventionFinder } from './intervention-finder.js';

export { LioInterventionFinder };
export default LioInterventionFinder;

LioInterventionFinder.define('lio-intervention-finder');

declare global {
  interface HTMLElementTagNameMap {
    'lio-intervention-finder': LioInterventionFinder;
  }
}
