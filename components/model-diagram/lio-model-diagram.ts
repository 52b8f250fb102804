import { LioModelDiagram } from './model-diagram.js';

export { LioModelDiagram };
export default LioModelDiagram;

LioModelDiagram.define('lio-model-diagram');

declare global {
  interface HTMLElementTagNameMap {
    'lio-model-diagram': LioModelDiagram;
  }
}
