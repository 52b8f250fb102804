import { html, nothing } from 'lit';
import { localize } from '../../../src/core/i18n.js';
import { ACTION_STATUSES, PLAN_LIMITS } from '../../../src/core/plan/format.js';
import type { PlanCellRef } from '../../../src/core/plan/plan.js';
import type { PlanAction } from '../../../src/core/plan/schema.js';
import type { Intervention } from '../../../src/core/schema.js';
import { statusWords } from './cell.js';
import type { MatrixView } from './context.js';

/** What the dialog shows: adding to a cell, editing or moving an action. */
export type DialogState = { kind: 'add'; cell: PlanCellRef } | { kind: 'edit'; id: string } | { kind: 'move'; id: string };

/** The dialog's own handlers, from the element. */
export interface DialogActions {
  close(): void;
  addIntervention(id: string): void;
  /** The own action form was sent. */
  addOwn(form: HTMLFormElement): void;
  saveEdit(form: HTMLFormElement): void;
  saveMove(form: HTMLFormElement): void;
}

/** What the add dialog offers for its cell. */
export interface AddChoices {
  suggestions: Intervention[];
  /** Shortlisted interventions of the cell's level, not in the cell yet; `fits` false when their indicative phases do not include the cell's. */
  shortlist: Array<{ intervention: Intervention; fits: boolean }>;
  /** The own action form's title was sent empty. */
  titleError: boolean;
  /** The catalogue search, rendered by the element (views/search.ts), shown first. */
  search?: unknown;
}

const submit = (handler: (form: HTMLFormElement) => void) => (event: SubmitEvent) => {
  event.preventDefault();
  handler(event.target as HTMLFormElement);
};

/** The status field, the same in the add and the edit form. */
function statusField(view: MatrixView, id: string, value: PlanAction['status'] = 'planned') {
  const words = statusWords(view);
  return html`<label for=${id}>${view.t('matrix.field.status')}</label>
    <select id=${id} name="status">
      ${ACTION_STATUSES.map((status) => html`<option value=${status} ?selected=${status === value}>${words[status]}</option>`)}
    </select>`;
}

/** The owner and note fields, shared by the add and the edit form. */
function ownerAndNote(view: MatrixView, prefix: string, action?: PlanAction) {
  return html`<label for=${`${prefix}-owner`}>${view.t('matrix.field.owner')}</label>
    <input id=${`${prefix}-owner`} type="text" name="owner" autocomplete="off" maxlength=${PLAN_LIMITS.owner} .value=${action?.owner ?? ''} />
    <label for=${`${prefix}-note`}>${view.t('matrix.field.note')}</label>
    <textarea id=${`${prefix}-note`} name="note" rows="3" maxlength=${PLAN_LIMITS.note} .value=${action?.note ?? ''}></textarea>`;
}

/** A title field: required, with its error in words next to it. */
function titleField(view: MatrixView, prefix: string, error: boolean, value = '') {
  return html`<label for=${`${prefix}-title`}>${view.t('matrix.field.title')}</label>
    <input
      id=${`${prefix}-title`}
      type="text"
      name="title"
      autocomplete="off"
      maxlength=${PLAN_LIMITS.title}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${error ? `${prefix}-title-error` : nothing}
      .value=${value}
    />
    ${error ? html`<p id=${`${prefix}-title-error`} class="field-error">${view.t('matrix.title-required')}</p>` : nothing}`;
}

/** One intervention to add: its title and an add button that names it for screen readers. */
function offer(view: MatrixView, act: DialogActions, intervention: Intervention, part: string, note = '') {
  const title = localize(intervention.title, view.lang);
  return html`<li part=${part || nothing} class="offer" data-id=${intervention.id}>
    <span class="offer-title">${title}</span>${note ? html` <span class="offer-note">(${note})</span>` : nothing}
    <button type="button" class="secondary" @click=${() => act.addIntervention(intervention.id)}>${view.t('matrix.add-this')}<span class="visually-hidden">: ${title}</span></button>
  </li>`;
}

function addBody(view: MatrixView, act: DialogActions, choices: AddChoices) {
  const { t } = view;
  return html`${choices.search ?? nothing}<section class="choices suggestions" aria-labelledby="suggestions-title">
      ${view.heading(2, t('matrix.suggestions'), { id: 'suggestions-title' })}
      ${choices.suggestions.length ? html`<ul class="offers">${choices.suggestions.map((item) => offer(view, act, item, 'suggestion'))}</ul>` : html`<p>${t('matrix.suggestions-none')}</p>`}
    </section>
    <section class="choices shortlist" aria-labelledby="shortlist-title">
      ${view.heading(2, t('matrix.shortlist'), { id: 'shortlist-title' })}
      ${choices.shortlist.length
        ? html`<ul class="offers">${choices.shortlist.map(({ intervention, fits }) => offer(view, act, intervention, '', fits ? '' : t('matrix.other-phase')))}</ul>`
        : html`<p>${t('matrix.shortlist-none')}</p>`}
    </section>
    <section class="choices own" aria-labelledby="own-title-heading">
      ${view.heading(2, t('matrix.own'), { id: 'own-title-heading' })}
      <form class="fields" novalidate @submit=${submit(act.addOwn)}>
        ${titleField(view, 'own', choices.titleError)} ${ownerAndNote(view, 'own')} ${statusField(view, 'own-status')}
        <p><button type="submit">${t('matrix.add-own')}</button></p>
      </form>
    </section>`;
}

function editBody(view: MatrixView, act: DialogActions, action: PlanAction, titleError: boolean) {
  return html`<form class="fields" novalidate @submit=${submit(act.saveEdit)}>
    ${action.intervention ? nothing : titleField(view, 'edit', titleError, action.title)} ${statusField(view, 'edit-status', action.status)} ${ownerAndNote(view, 'edit', action)}
    <p class="buttons">
      <button type="submit">${view.t('matrix.save')}</button>
      <button type="button" class="secondary" @click=${act.close}>${view.t('matrix.cancel')}</button>
    </p>
  </form>`;
}

function moveBody(view: MatrixView, act: DialogActions, action: PlanAction) {
  const { t, grid, lang } = view;
  return html`<form class="fields" @submit=${submit(act.saveMove)}>
    <label for="move-level">${t('matrix.field.level')}</label>
    <select id="move-level" name="level">
      ${grid.levels.map((level) => html`<option value=${level.id} ?selected=${level.id === action.level}>${localize(level.title, lang)}</option>`)}
    </select>
    <label for="move-phase">${t('matrix.field.phase')}</label>
    <select id="move-phase" name="phase">
      ${grid.phases.map((phase) => html`<option value=${phase.id} ?selected=${phase.id === action.phase}>${localize(phase.title, lang)}</option>`)}
    </select>
    <p class="buttons">
      <button type="submit">${t('matrix.move')}</button>
      <button type="button" class="secondary" @click=${act.close}>${t('matrix.cancel')}</button>
    </p>
  </form>`;
}

/**
 * The modal dialog (a native `<dialog>`, opened by the element's ModalController): its title takes
 * focus on open, Escape and "close" return focus to the element that opened it.
 */
export function renderDialog(view: MatrixView, state: DialogState, act: DialogActions, choices: AddChoices, action: PlanAction | undefined, onCancel: (event: Event) => void) {
  const { t } = view;
  let title: string;
  let body: unknown;
  if (state.kind === 'add') {
    title = `${t('matrix.add')}: ${view.levelName(state.cell.level)}, ${view.phaseName(state.cell.phase)}`;
    body = addBody(view, act, choices);
  } else if (!action) return nothing;
  else if (state.kind === 'edit') {
    title = t('matrix.edit-title', { title: view.title(action) });
    body = editBody(view, act, action, choices.titleError);
  } else {
    title = t('matrix.move-title', { title: view.title(action) });
    body = moveBody(view, act, action);
  }
  return html`<dialog class=${`matrix-dialog ${state.kind}`} aria-labelledby="dialog-title" @cancel=${onCancel}>
    ${view.heading(1, title, { id: 'dialog-title', className: 'dialog-title', focusable: true })} ${body}
    <p class="dialog-close"><button type="button" class="secondary close" @click=${act.close}>${t('matrix.close')}</button></p>
  </dialog>`;
}
