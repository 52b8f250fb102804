import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Catalogue } from '../../src/core/catalogue.js';
import { localize } from '../../src/core/i18n.js';
import { ID_PATTERN } from '../../src/core/id-pattern.js';
import { PLAN_LIMITS } from '../../src/core/plan/format.js';
import { planGrid } from '../../src/core/plan/gaps.js';
import { emptyPlan, type PlanCellRef } from '../../src/core/plan/plan.js';
import type { Plan, PlanAction } from '../../src/core/plan/schema.js';
import { problem, type Problem } from '../../src/core/problems.js';
import { AnnouncerController } from '../../src/elements/announcer.js';
import { AttributeProblemsController } from '../../src/elements/attributes.js';
import { retryableImport } from '../../src/elements/chunks.js';
import { LazyPartController } from '../../src/elements/lazy-part.js';
import { LioWidget } from '../../src/elements/lio-widget.js';
import { getWorkspace } from '../../src/elements/workspace.js';
import { baseStyles } from '../../src/elements/styles/base.js';
import { controlStyles } from '../../src/elements/styles/controls.js';
import { DialogsLoader } from './dialogs-loader.js';
import type { LioPlanChange } from './events.js';
import type { DialogsHost } from './matrix-dialogs.js';
import printStyles from './maturity-matrix.print.styles.js';
import styles from './maturity-matrix.styles.js';
import { matrixMessages, matrixPartMessages } from './messages/index.js';
import { IoLoader, type IoLoaderHost } from './io-loader.js';
import './plan-slice.js';
import type { MatrixActions, MatrixView } from './views/context.js';
import { renderList, renderTable } from './views/grid.js';
import { dropHandlers, renderIoButtons } from './views/io-buttons.js';

/** The team's phases above the columns: a part of its own, asked for again under a fresh URL after a failure. */
const loadTeamPart = retryableImport(() => import('./team-part.js'), import.meta.url);

/** Below this width (in em of the widget's font) the table's six columns no longer fit their content: the list per level is shown. */
const LIST_BELOW_EM = 48;

/**
 * The action plan over the maturity model: the catalogue's levels (rows) × phases (columns),
 * each cell with its actions, or a gap in words ("nog geen acties"). Actions are added from the
 * cell's suggestions, from the workspace's shortlist (the finder's saved interventions) or as the
 * organisation's own, and edited, moved and removed without a mouse; undo restores the last
 * removal. With a quick scan's result in the workspace, the levels with improvement points are
 * marked; with a team's scan (the quick scan's team view), each phase shows how many respondents
 * chose it. The add dialog also searches the whole catalogue, with the finder's search engine.
 * The plan is kept in the page workspace (slice `plan`, per `plan-id`).
 *
 * The toolbar downloads the plan as JSON (the plan format) or CSV, imports a JSON plan (checked
 * against the catalogue in use; into a plan with actions after choosing to merge or replace) and
 * prints the grid on a landscape A4 page with every action listed after it. What those do is a
 * part loaded after the grid shows (when the browser is idle, or when the pointer or focus reaches
 * the toolbar); a button clicked before it is there waits for it. Printed by the browser's own
 * command before the part is there, the page has the grid (less compact) without the list of actions.
 *
 * Narrower than about 48em, the table becomes a list per level with the phases inside.
 *
 * @summary The action plan per level and phase, with the gaps in sight.
 * @tagname lio-maturity-matrix
 *
 * @event {CustomEvent<LioPlanChangeDetail>} lio-plan-change - The visitor changed the plan: `detail.plan` after the change and `detail.change` (`kind`, `actionId`). Not fired for changes from another tab or widget.
 * @event {CustomEvent<LioErrorDetail>} lio-error - An unknown id in `levels` (`invalid-attribute`, with the valid ids), an invalid or unreachable catalogue, unavailable storage, unknown wording keys, messages that failed to load, or a plan file that is not a plan for the catalogue (`invalid-plan`, with its problems).
 *
 * @csspart toolbar - The bar above the grid: the plan's totals, undo, the JSON and CSV downloads, import (a button, or a file dropped on the bar) and print.
 * @csspart grid - The table of levels and phases (or, when narrow, the list per level).
 * @csspart cell - One level × phase cell.
 * @csspart gap - The notice of a cell without actions.
 * @csspart action - One action in a cell.
 * @csspart suggestion - One suggested intervention in the add dialog.
 * @csspart search-result - One result of the add dialog's catalogue search.
 * @csspart phase-votes - Above a phase: how many respondents of the team's scan in the workspace chose that phase (a bar and the number).
 */
export class LioMaturityMatrix extends LioWidget {
  static override styles = [baseStyles, controlStyles, styles, printStyles];

  static override properties: PropertyDeclarations = {
    planId: { attribute: 'plan-id', reflect: true },
    levels: { reflect: true },
    editable: { reflect: true, converter: { fromAttribute: (value: string | null) => value !== 'false', toAttribute: (value: boolean) => (value ? null : 'false') } },
  };

  /** @internal Joined before the first render: the plan, the shortlist and the scan fill its first grid. */
  static override workspaceSource = getWorkspace;

  /** @internal The matrix's own messages: one chunk per language. */
  static override messageLoaders = matrixMessages;
  static override partMessageLoaders = matrixPartMessages;

  /** Which plan of the workspace this grid shows and changes; two grids with the same id share it. */
  planId = 'default';

  /** The levels to show, as ids separated by spaces or commas (empty: all). An unknown id shows the error view with the valid ids. */
  levels = '';

  /** `editable="false"` shows the plan read-only, without any control: for publishing a plan. */
  editable = true;

  #width = 0;
  #observer?: ResizeObserver;
  #frame = 0;
  readonly #announcer = new AnnouncerController(this);
  /** The team's phases above the columns: fetched only when the workspace holds a team's scan (team-part.ts). */
  readonly #team = new LazyPartController(this, {
    load: () =>
      Promise.all([loadTeamPart(), this.localize.loadPartMessages()]).then(([part]) => {
        part.adopt(this.renderRoot);
        return part;
      }),
    waiting: () => this.#teamScan(),
    onFailed: () => this.chunkFailed(),
  });
  readonly #attributes = new AttributeProblemsController(this, this.localize);
  /** What the dialogs and the files part ask of the element (matrix-dialogs.ts, plan-io.ts, io-loader.ts). */
  readonly #parts: DialogsHost & IoLoaderHost = {
    element: this,
    // With its id (from `plan-id`), as stored: the JSON export names the plan.
    plan: () => ({ ...this.plan, ...this.#planMeta() }),
    planId: () => this.#planId(),
    catalogue: () => this.readyCatalogue,
    shortlist: () => this.shared.state.shortlist ?? [],
    commit: (plan, change) => this.#commit(plan, change),
    store: (plan, kind) => {
      // An undo would put a removed action back into a plan it was never in.
      this.#dialogs.part?.forgetRemoval();
      this.#commit(plan, { kind });
    },
    t: (key, params) => this.localize.t(key, params),
    lang: () => this.localize.lang,
    title: (action) => this.#title(this.readyCatalogue!, action),
    announce: (text) => this.#announcer.announce(text),
    focusAfter: (selector) => this.#focusAfter(selector),
    error: (detail) => this.emit('lio-error', detail),
    partMessages: () => this.localize.loadPartMessages(),
    chunkFailed: () => this.chunkFailed(),
  };
  /** Changing the plan (the add, edit and move dialogs, remove and undo): a part loaded apart (dialogs-loader.ts, dialogs-part.ts, matrix-dialogs.ts). */
  readonly #dialogs = new DialogsLoader(this.#parts);

  // Export, import and print: the plan's files, in a part loaded apart (io-loader.ts, io-part.ts); the toolbar's file buttons call it.
  readonly #io = new IoLoader(this.#parts);

  /** The plan shown: the workspace's plan for `plan-id`, or an empty one. */
  get plan(): Plan {
    return this.shared.state.plan?.[this.#planId()] ?? emptyPlan(this.#planMeta());
  }

  #planId(): string {
    return this.planId || 'default';
  }

  /** A plan's own `id` must be a kebab-case id; a `plan-id` that is not one stays only the key. */
  #planMeta(): { id?: string } {
    const id = this.#planId();
    return id.length <= PLAN_LIMITS.id && ID_PATTERN.test(id) ? { id } : {};
  }

  #levelIds(): string[] {
    return this.levels.split(/[\s,]+/).filter(Boolean);
  }

  /** Unknown ids in `levels`, as a problem naming the valid ones. */
  #problems(catalogue: Catalogue): Problem[] {
    const unknown = this.#levelIds().filter((id) => !catalogue.levels.some((level) => level.id === id));
    if (!unknown.length) return [];
    const values = catalogue.levels.map((level) => level.id).join(', ');
    return [problem('levels', 'invalid-value', `unknown level "${unknown[0]}"; expected one of ${values}`, { values, value: unknown.join(' ') })];
  }

  /** Store the plan; `lio-plan-change` only when `notify` (the visitor did it). */
  #commit(plan: Plan, change: LioPlanChange, notify = true): void {
    const stored: Plan = { ...plan, ...this.#planMeta(), updated: new Date().toISOString().replace(/\.\d+Z$/, 'Z') };
    this.shared.set('plan', { ...this.shared.state.plan, [this.#planId()]: stored });
    if (notify) this.emit('lio-plan-change', { plan: stored, change });
  }

  #title(catalogue: Catalogue, action: PlanAction): string {
    const item = action.intervention ? catalogue.interventionById.get(action.intervention) : undefined;
    if (item) return localize(item.title, this.localize.lang);
    return action.title ?? this.localize.t('matrix.unknown-intervention', { id: action.intervention ?? '' });
  }

  #view(catalogue: Catalogue): MatrixView {
    const { lang, t } = this.localize;
    const levels = this.#levelIds();
    const scanLevels = new Set<string>();
    for (const factor of this.shared.state.scan?.weakFactors ?? []) {
      const level = catalogue.factorById.get(factor)?.level;
      if (level) scanLevels.add(level);
    }
    const name = (list: Catalogue['levels'] | Catalogue['phases'], id: string) => {
      const item = list.find((entry) => entry.id === id);
      return item ? localize(item.title, lang) : id;
    };
    return {
      catalogue,
      lang,
      t,
      heading: this.heading.bind(this),
      grid: planGrid(catalogue, this.plan, levels.length ? { levels } : {}),
      editable: this.editable,
      scanLevels,
      votes: this.#team.part?.teamVotes(this.shared.state.scan),
      team: this.#team.part,
      title: (action) => this.#title(catalogue, action),
      levelName: (id) => name(catalogue.levels, id),
      phaseName: (id) => name(catalogue.phases, id),
      act: this.#act,
    };
  }

  /** Focus `selector` once rendered: after the dialog's own focus return, so the visitor lands on what changed. */
  #focusAfter(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  readonly #act: MatrixActions = {
    openAdd: (cell: PlanCellRef) => this.#dialogs.open({ kind: 'add', cell: { level: cell.level, phase: cell.phase } }),
    openEdit: (id) => this.#dialogs.open({ kind: 'edit', id }),
    openMove: (id) => this.#dialogs.open({ kind: 'move', id }),
    prepare: () => {
      if (this.editable) void this.#dialogs.load();
    },
    // Removing and undoing are in the editing part too: a click waits for it, as for a dialog.
    remove: (id) => void this.#dialogs.run((dialogs) => dialogs.remove(id)),
    undo: () => void this.#dialogs.run((dialogs) => dialogs.undo()),
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.#io.connect();
    // The new width is applied in the next frame: changing the observed box inside the
    // observer's callback would make the browser report a ResizeObserver loop error.
    this.#observer ??= new ResizeObserver((entries) => {
      const width = Math.floor(entries[0]!.contentRect.width);
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => {
        if (width === this.#width) return;
        this.#width = width;
        this.requestUpdate();
      });
    });
    this.#observer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#io.disconnect();
    this.#observer?.disconnect();
    cancelAnimationFrame(this.#frame);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#dialogs.part?.check();
  }

  /**
   * `updateComplete` also waits for what a click asked (the files or the dialogs part first, if it
   * is not there yet), so what shows is the outcome. Not for a load fetched ahead: nobody waits for that.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    let waiting;
    while ((waiting = this.#io.pending ?? this.#dialogs.pending ?? (this.#teamScan() ? this.#team.loading : undefined))) {
      await waiting;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const catalogue = this.readyCatalogue;
    // The grid shows: fetch the files part, and the dialogs where the plan can be changed, while the visitor reads it.
    if (catalogue) this.#io.preload();
    if (catalogue && this.editable) this.#dialogs.preload();
    // A team's scan in the workspace: its phases show above the columns once the team part is there.
    if (catalogue && this.#teamScan() && !this.#team.part && !this.#team.failed) void this.#team.load();
  }

  /** Whether the workspace's scan is a team's (the team part checks its numbers). */
  #teamScan(): boolean {
    return !!this.shared.state.scan?.['team'];
  }

  #narrow(): boolean {
    return this.#width > 0 && this.#width < LIST_BELOW_EM * (parseFloat(getComputedStyle(this).fontSize) || 16);
  }

  protected override render() {
    return this.renderGate((catalogue) => {
      const { t } = this.localize;
      const problems = this.#problems(catalogue);
      if (problems.length) return this.#attributes.render(problems);
      const view = this.#view(catalogue);
      const { grid } = view;
      const total = grid.rows.reduce((sum, row) => sum + row.cells.reduce((n, cell) => n + cell.actions.length, 0), 0);
      const removal = this.editable ? this.#dialogs.part?.removal(this.#planId()) : undefined;
      const drop = dropHandlers(view, this.#io);
      const io = this.#io;
      const dialogs = this.#dialogs;
      const prepare = () => void io.load();
      const team = this.#team;
      const retry = () => {
        if (io.failed) io.retry();
        if (dialogs.failed) dialogs.retry();
        if (team.failed) void team.load();
      };
      return html`<section class="matrix surface" aria-labelledby="matrix-title">
          ${this.heading(0, t('matrix.title'), { id: 'matrix-title', className: 'title', focusable: true })}
          ${this.shared.storageFailed ? html`<p class="notice" role="status">${t('matrix.storage-unavailable')}</p>` : nothing}
          <div part="toolbar" class="toolbar" @dragover=${drop.over} @drop=${drop.drop} @pointerenter=${prepare} @focusin=${prepare}>
            <p class="totals">${t('matrix.actions', { count: total })} · ${t('matrix.gaps', { count: grid.gaps.length })}</p>
            ${removal
              ? html`<button type="button" class="secondary undo" @click=${this.#act.undo}>
                  ${t('matrix.undo')}<span class="visually-hidden">: ${view.title(removal.action)}</span>
                </button>`
              : nothing}
            ${renderIoButtons(view, this.#io)}
          </div>
          ${io.failed || dialogs.failed || team.failed ? this.renderChunkError(retry) : nothing}
          ${this.editable && io.part ? io.part.views.renderImportError(view, io.part.io) : nothing}
          ${this.#narrow() && !io.printing ? renderList(view) : renderTable(view)}
          ${io.printing && io.part ? io.part.views.renderPrintList(view, this.plan) : nothing} ${this.#announcer.render()}
        </section>
        ${this.editable && dialogs.part ? dialogs.part.render(view) : nothing}
        ${this.editable && io.part ? io.part.views.renderImportDialog(view, io.part.io, this.plan) : nothing}`;
    }, 8);
  }
}
