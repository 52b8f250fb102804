/**
 * Defines every lio-widgets element at once: the package's main entry (`lio-widgets`) and the
 * eager script-tag entry `dist/cdn/lio-all.js` (the lazy one is `src/loader.ts`). Loading it twice,
 * or next to another version, is safe (see `LioElement.define`).
 *
 * `<lio-catalogue>` is defined first so that widgets nested in it find their provider at once.
 */
import './elements/events.js';
import '../components/catalogue/lio-catalogue.js';
import '../components/intervention-finder/lio-intervention-finder.js';
import '../components/quick-scan/lio-quick-scan.js';
import '../components/model-diagram/lio-model-diagram.js';
import '../components/maturity-matrix/lio-maturity-matrix.js';
import '../components/journey-share/lio-journey-share.js';

export { LioCatalogue } from '../components/catalogue/catalogue.js';
export { LioInterventionFinder } from '../components/intervention-finder/intervention-finder.js';
export { LioQuickScan } from '../components/quick-scan/quick-scan.js';
export { LioModelDiagram } from '../components/model-diagram/model-diagram.js';
export { LioMaturityMatrix } from '../components/maturity-matrix/maturity-matrix.js';
export { LioJourneyShare } from '../components/journey-share/journey-share.js';
export { LioWidget } from './elements/lio-widget.js';
export { LioWorkspaceElement } from './elements/lio-workspace-element.js';
export { LioElement } from './elements/lio-element.js';
export { VERSION } from './elements/version.js';
export { catalogueContext, type CatalogueState } from './elements/context.js';
export {
  defineSlice,
  getWorkspace,
  Workspace,
  type WorkspaceFocus,
  type WorkspacePlan,
  type WorkspaceScan,
  type WorkspaceSlices,
  type WorkspaceState,
} from './elements/workspace.js';
export type * from './elements/events.js';
export type * from '../components/catalogue/events.js';
export type * from '../components/intervention-finder/events.js';
export type * from '../components/quick-scan/events.js';
export type * from '../components/model-diagram/events.js';
export type * from '../components/maturity-matrix/events.js';
export type * from '../components/journey-share/events.js';
// The quick scan's result object (`lio-scan-complete`, `.result`) and its answers (`.answers`).
export type { ScanAnswer, ScanResultJson } from './core/scan.js';
// What the model diagram's `scanResult` accepts: a quick-scan result, the workspace's scan, or part of either.
export type { DiagramScanInput } from './core/diagram/scores.js';
// The maturity matrix's plan (`plan`, `lio-plan-change`'s `detail.plan`) and one of its actions.
export type { ActionStatus, Plan, PlanAction } from './core/plan/schema.js';
// A saved or linked journey (`lio-journey-restore`'s `detail`; the file format of catalogue/journey.schema.json).
export type { Journey, JourneySlices } from './core/journey/schema.js';
export type { JourneySummary } from './core/journey/build.js';
export type { JourneySliceName } from './core/journey/format.js';
export type { PersistMode } from './elements/storage.js';
// The catalogue file format, the type of every element's `catalogue` property.
export type { CatalogueSource, ExtensionCatalogue, FullCatalogue } from './core/schema.js';
