import type { TemplateResult } from 'lit';
import type { Catalogue } from '../../../src/core/catalogue.js';
import type { Lang } from '../../../src/core/ids.js';
import type { PlanCell, PlanGrid } from '../../../src/core/plan/gaps.js';
import type { PlanCellRef } from '../../../src/core/plan/plan.js';
import type { PlanAction } from '../../../src/core/plan/schema.js';
import type { HeadingOptions } from '../../../src/elements/heading.js';
import type { Translate } from '../../../src/elements/messages/index.js';
import type { MessageKey } from '../messages/index.js';
import type * as TeamPart from '../team-part.js';
import type { TeamVotes } from './team-phases.js';

/** What the visitor can do; the element keeps the state, the views only call these. */
export interface MatrixActions {
  openAdd(cell: PlanCellRef): void;
  openEdit(id: string): void;
  openMove(id: string): void;
  remove(id: string): void;
  undo(): void;
  /** The pointer or focus reached the grid: fetch the dialogs, so a click need not wait for them. */
  prepare(): void;
}

/** Everything the views render from: the grid of the plan and the words for it. */
export interface MatrixView {
  catalogue: Catalogue;
  lang: Lang;
  t: Translate<MessageKey>;
  heading: (offset: number, content: unknown, options?: HeadingOptions) => TemplateResult;
  grid: PlanGrid;
  /** False for the read-only view: no controls at all. */
  editable: boolean;
  /** Levels with an improvement point in the quick scan in the workspace. */
  scanLevels: ReadonlySet<string>;
  /** The team scan's respondents per phase, when the workspace's scan is a team's (and the team part is there). */
  votes?: TeamVotes | undefined;
  /** The team part's views of the votes, once it is there. */
  team?: typeof TeamPart | undefined;
  /** An action's title in the page's language: the catalogue's for an intervention, else its own. */
  title(action: PlanAction): string;
  levelName(id: string): string;
  phaseName(id: string): string;
  act: MatrixActions;
}

/** A cell of the grid, as the views get it. */
export type ViewCell = PlanCell;
