import type { ReactiveControllerHost } from 'lit';
import { nothing } from 'lit';
import type { Catalogue } from '../../src/core/catalogue.js';
import { localize } from '../../src/core/i18n.js';
import type { Lang, LevelId, PhaseId } from '../../src/core/ids.js';
import { ACTION_STATUSES, type ActionStatus } from '../../src/core/plan/format.js';
import { cellSuggestions } from '../../src/core/plan/suggest.js';
import { addAction, editAction, moveAction, removeAction, restoreAction, type RemovedAction } from '../../src/core/plan/edit.js';
import { actionsInCell, type PlanCellRef } from '../../src/core/plan/plan.js';
import type { Plan, PlanAction } from '../../src/core/plan/schema.js';
import { adoptStyles } from '../../src/elements/adopt-styles.js';
import { ModalController } from '../../src/elements/dialog.js';
import type { Translate } from '../../src/elements/messages/index.js';
import { CatalogueSearch } from './catalogue-search.js';
import type { LioPlanChange } from './events.js';
import type { MessageKey } from './messages/index.js';
import type { MatrixView } from './views/context.js';
import { renderDialog, type AddChoices, type DialogActions, type DialogState } from './views/dialogs.js';
import frameStyles from './views/dialog-frame.styles.js';
import dialogStyles from './views/dialogs.styles.js';
import { renderSearch, type SearchActions } from './views/search.js';

/** Suggestions offered per cell: the strongest evidence first, enough to choose from without a long scroll. */
const SUGGESTIONS = 8;

/** What the dialogs need from the element. */
export interface DialogsHost {
  readonly element: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };
  /** The plan shown, and the `plan-id` it is stored under. */
  plan(): Plan;
  planId(): string;
  catalogue(): Catalogue | undefined;
  /** The workspace's shortlist (ids of saved interventions). */
  shortlist(): readonly string[];
  /** Store a changed plan and tell the host page (`lio-plan-change`). */
  commit(plan: Plan, change: LioPlanChange): void;
  t: Translate<MessageKey>;
  lang(): Lang;
  /** An action's title: its intervention's, or its own. */
  title(action: PlanAction): string;
  /** Announce what changed, for screen readers. */
  announce(text: string): void;
  /** Focus `selector` once rendered (after the dialog's own focus return). */
  focusAfter(selector: string): void;
  /** Load the messages of the matrix's parts (`localize.loadPartMessages`), with the dialogs' chunk. */
  partMessages(): Promise<void>;
  /** A part the visitor waits for (the search engine) could not be loaded: `lio-error`. */
  chunkFailed(): void;
}

/**
 * Changing the plan: the add, edit and move dialogs (which one is open, its handlers and its view,
 * with the add dialog's suggestions, shortlist, catalogue search and own action), and removing an
 * action with its undo. A part of its own (dialogs-part.ts): the grid is drawn without it, and a
 * click that changes the plan waits for it; a read-only matrix never loads it.
 */
export class MatrixDialogs {
  #dialog?: DialogState;
  /** The last removal, for undo, and the plan it was removed from. */
  #removed?: { planId: string; removed: RemovedAction };
  #titleError = false;
  /** The add dialog's catalogue search (the finder's engine, loaded on first focus). */
  readonly #search: CatalogueSearch;
  readonly #modal: ModalController;

  constructor(private readonly host: DialogsHost) {
    const { element } = host;
    // The dialogs' rules join the styles of the matrix's shadow root.
    for (const styles of [frameStyles, dialogStyles]) adoptStyles(element.renderRoot, styles);
    this.#search = new CatalogueSearch({ requestUpdate: () => element.requestUpdate(), failed: () => host.chunkFailed() });
    this.#modal = new ModalController(element, {
      dialog: () => element.renderRoot.querySelector<HTMLDialogElement>('dialog.matrix-dialog:not(.import-dialog)'),
      initialFocus: () => element.renderRoot.querySelector<HTMLElement>('.dialog-title'),
      fallbackFocus: () => element.renderRoot.querySelector<HTMLElement>('.title'),
      onRequestClose: () => this.close(),
    });
  }

  /** The last removal from the plan `planId`, which undo puts back; none after an import. */
  removal(planId: string): RemovedAction | undefined {
    return this.#removed?.planId === planId ? this.#removed.removed : undefined;
  }

  /** Forget the last removal: an undo would put it back into a plan it was never in (an imported one). */
  forgetRemoval(): void {
    this.#removed = undefined;
  }

  /** Remove an action; focus stays in its cell, on the action that took its place, else the cell's add button. */
  remove(id: string): void {
    const { host } = this;
    const before = host.plan();
    const { plan, removed } = removeAction(before, id);
    if (!removed) return;
    const cell = actionsInCell(before, removed.action);
    const next = cell[cell.findIndex((a) => a.id === id) + 1] ?? cell[cell.findIndex((a) => a.id === id) - 1];
    this.#removed = { planId: host.planId(), removed };
    host.commit(plan, { kind: 'remove', actionId: id });
    host.focusAfter(next ? `[data-action="${CSS.escape(next.id)}"]` : `[data-add="${CSS.escape(`${removed.action.level}/${removed.action.phase}`)}"]`);
    this.#say('matrix.removed', removed.action);
  }

  /** Put the last removed action back where it was, and focus it. */
  undo(): void {
    const { host } = this;
    const last = this.#removed;
    if (!last || last.planId !== host.planId()) return;
    this.#removed = undefined;
    const before = host.plan();
    const plan = restoreAction(before, last.removed);
    const action = plan.actions.find((a) => !before.actions.includes(a))!;
    host.commit(plan, { kind: 'restore', actionId: action.id });
    host.focusAfter(`[data-action="${CSS.escape(action.id)}"]`);
    this.#say('matrix.restored', action);
  }

  /** Announce a change to `action`, with its title, level and phase. */
  #say(key: 'matrix.added' | 'matrix.moved' | 'matrix.saved' | 'matrix.removed' | 'matrix.restored', action: PlanAction): void {
    const { host } = this;
    const catalogue = host.catalogue();
    if (!catalogue) return;
    const name = (list: Catalogue['levels'] | Catalogue['phases'], id: string) => localize(list.find((entry) => entry.id === id)!.title, host.lang());
    host.announce(host.t(key, { title: host.title(action), level: name(catalogue.levels, action.level), phase: name(catalogue.phases, action.phase) }));
  }

  /** Open a dialog; focus returns on close to what is focused now. */
  open(state: DialogState): void {
    this.#modal.opening();
    if (state.kind === 'add') this.#search.reset();
    this.#dialog = state;
    this.#titleError = false;
    this.host.element.requestUpdate();
  }

  close(): void {
    if (!this.#dialog) return;
    this.#dialog = undefined;
    this.#titleError = false;
    this.host.element.requestUpdate();
    this.#modal.closed();
  }

  /**
   * Before each update: the action being edited or moved was removed elsewhere (another tab), so
   * the dialog closes in this very update, and focus returns as after any close.
   */
  check(): void {
    const dialog = this.#dialog;
    if (dialog && dialog.kind !== 'add' && !this.host.plan().actions.some((a) => a.id === dialog.id)) {
      this.#dialog = undefined;
      this.#titleError = false;
      this.#modal.closed();
    }
  }

  /** The open dialog, or nothing. */
  render(view: MatrixView): unknown {
    const dialog = this.#dialog;
    if (!dialog) return nothing;
    // A dialog about an action that is gone (removed in another tab) has nothing to show.
    const action = dialog.kind !== 'add' ? this.host.plan().actions.find((a) => a.id === dialog.id) : undefined;
    return renderDialog(view, dialog, this.#actions, this.#choices(view), action, this.#modal.onCancel);
  }

  readonly #searchActions: SearchActions = {
    // Checked a moment later: opening the dialog can pass focus through the field on its way to
    // the title (Firefox's showModal focuses the first field); that is not the visitor's focus.
    focus: () =>
      queueMicrotask(() => {
        if ((this.host.element.renderRoot as ShadowRoot).activeElement?.id === 'catalogue-search') this.#search.load();
      }),
    input: (text) => this.#search.input(text),
    retry: () => {
      this.#search.load();
      this.host.focusAfter('#catalogue-search');
    },
    add: (id) => this.#add({ intervention: id }),
  };

  /** The add dialog's catalogue search for `cell`. */
  #searchSection(view: MatrixView, cell: PlanCellRef, present: ReadonlySet<string | undefined>): unknown {
    const search = this.#search;
    const hits = search.hits(view.catalogue, view.lang, cell.level);
    const waiting = search.loading && !!search.text.trim();
    return renderSearch(view, { text: search.text, waiting, failed: search.failed, hits, level: cell.level, present: present as ReadonlySet<string> }, this.#searchActions);
  }

  /** The add dialog's choices for its cell. */
  #choices(view: MatrixView): AddChoices {
    const state = this.#dialog;
    if (state?.kind !== 'add') return { suggestions: [], shortlist: [], titleError: this.#titleError };
    const { catalogue } = view;
    const plan = this.host.plan();
    const present = new Set(actionsInCell(plan, state.cell).map((a) => a.intervention));
    const shortlist = this.host.shortlist().flatMap((id) => {
      const intervention = catalogue.interventionById.get(catalogue.aliases.get(id) ?? id);
      return intervention && intervention.level === state.cell.level && !present.has(intervention.id) ? [{ intervention, fits: intervention.phases.includes(state.cell.phase) }] : [];
    });
    return { suggestions: cellSuggestions(catalogue, plan, state.cell, { limit: SUGGESTIONS }), shortlist, titleError: this.#titleError, search: this.#searchSection(view, state.cell, present) };
  }

  /** Add an action to the open dialog's cell, close the dialog and focus the new action. */
  #add(input: { intervention?: string; title?: string; owner?: string; note?: string; status?: ActionStatus }): void {
    const state = this.#dialog;
    if (state?.kind !== 'add') return;
    const { plan, action } = addAction(this.host.plan(), { ...state.cell, ...input });
    this.host.commit(plan, { kind: 'add', actionId: action.id });
    this.close();
    this.host.focusAfter(`[data-action="${CSS.escape(action.id)}"]`);
    this.#say('matrix.added', action);
  }

  /** The texts of a form, trimmed; a status that is not one becomes `planned`. */
  #fields(form: HTMLFormElement) {
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const status = text('status') as ActionStatus;
    return { title: text('title'), owner: text('owner'), note: text('note'), status: ACTION_STATUSES.includes(status) ? status : 'planned', level: text('level'), phase: text('phase') };
  }

  /** Ask for a title in words, and put the visitor in the field. */
  #requireTitle(prefix: string): void {
    this.#titleError = true;
    this.host.element.requestUpdate();
    this.host.focusAfter(`#${prefix}-title`);
  }

  readonly #actions: DialogActions = {
    close: () => this.close(),
    addIntervention: (id) => this.#add({ intervention: id }),
    addOwn: (form) => {
      const { title, owner, note, status } = this.#fields(form);
      if (!title) return this.#requireTitle('own');
      this.#add({ title, owner, note, status });
    },
    saveEdit: (form) => {
      const state = this.#dialog;
      const before = this.host.plan();
      const action = state?.kind === 'edit' ? before.actions.find((a) => a.id === state.id) : undefined;
      if (!action) return this.close();
      const { title, owner, note, status } = this.#fields(form);
      if (!action.intervention && !title) return this.#requireTitle('edit');
      const plan = editAction(before, action.id, { status, owner, note, ...(action.intervention ? {} : { title }) });
      if (plan !== before) this.host.commit(plan, { kind: 'edit', actionId: action.id });
      this.close();
      this.host.focusAfter(`[data-action="${CSS.escape(action.id)}"]`);
      this.#say('matrix.saved', plan.actions.find((a) => a.id === action.id)!);
    },
    saveMove: (form) => {
      const state = this.#dialog;
      const { level, phase } = this.#fields(form);
      const catalogue = this.host.catalogue();
      const valid = catalogue?.levels.some((l) => l.id === level) && catalogue.phases.some((p) => p.id === phase);
      if (state?.kind !== 'move' || !valid) return this.close();
      const before = this.host.plan();
      const plan = moveAction(before, state.id, { level: level as LevelId, phase: phase as PhaseId });
      if (plan !== before) this.host.commit(plan, { kind: 'move', actionId: state.id });
      this.close();
      this.host.focusAfter(`[data-action="${CSS.escape(state.id)}"]`);
      const moved = plan.actions.find((a) => a.id === state.id);
      if (moved) this.#say('matrix.moved', moved);
    },
  };
}
