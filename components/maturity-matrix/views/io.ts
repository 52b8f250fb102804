import { html, nothing } from 'lit';
import { describeProblem } from '../../../src/core/i18n.js';
import { planCsvRows } from '../../../src/core/plan/export.js';
import type { Plan } from '../../../src/core/plan/schema.js';
import type { PlanIo } from '../plan-io.js';
import { PLAN_COLUMNS } from '../plan-io.js';
import { statusWords } from './cell.js';
import type { MatrixView } from './context.js';

/** A refused file: why, and every problem with its place in the file (a JSON path), as text. */
export function renderImportError(view: MatrixView, io: PlanIo) {
  const error = io.error;
  if (!error) return nothing;
  const { t } = view;
  return html`<div class="import-error" role="alert">
    <p class="import-error-message">${error.message}</p>
    ${error.problems.length
      ? html`<p class="visually-hidden">${t('matrix.io.problems')}</p>
          <ul class="import-problems">
            ${error.problems.map((p) => html`<li>${p.path ? html`<code>${p.path}</code>: ` : nothing}${describeProblem(p, view.lang)}</li>`)}
          </ul>`
      : nothing}
    <button type="button" class="secondary dismiss" @click=${() => io.dismiss()}>${t('matrix.io.dismiss')}</button>
  </div>`;
}

/** The choice for a good file while the plan has actions: merge, replace, or cancel (Escape too). */
export function renderImportDialog(view: MatrixView, io: PlanIo, plan: Plan) {
  const pending = io.pending;
  if (!pending) return nothing;
  const { t } = view;
  return html`<dialog class="matrix-dialog import-dialog" aria-labelledby="import-dialog-title" aria-describedby="import-dialog-text" @cancel=${io.modal.onCancel}>
    ${view.heading(1, t('matrix.io.dialog-title', { name: pending.name }), { id: 'import-dialog-title', className: 'dialog-title', focusable: true })}
    <p id="import-dialog-text">
      ${t('matrix.io.dialog-text', { incoming: t('matrix.actions', { count: pending.plan.actions.length }), current: t('matrix.actions', { count: plan.actions.length }) })}
    </p>
    <ul class="import-choices">
      <li>${t('matrix.io.merge-hint')}</li>
      <li>${t('matrix.io.replace-hint')}</li>
    </ul>
    <p class="buttons">
      <button type="button" class="merge" @click=${() => io.merge()}>${t('matrix.io.merge')}</button>
      <button type="button" class="secondary replace" @click=${() => io.replace()}>${t('matrix.io.replace')}</button>
      <button type="button" class="secondary cancel" @click=${() => io.cancel()}>${t('matrix.cancel')}</button>
    </p>
  </dialog>`;
}

/**
 * Every action of the shown levels with level, phase, status, owner and note, for the printed
 * plan after the grid (whose cells show titles only). Hidden on screen, where the grid shows it all.
 * Nothing for a plan without actions: the grid already says so, and a page of its own would say
 * no more.
 */
export function renderPrintList(view: MatrixView, plan: Plan) {
  const { t } = view;
  const levels = new Set<string>(view.grid.levels.map((level) => level.id));
  const kinds = { catalogue: t('matrix.kind.catalogue'), own: t('matrix.kind.own') };
  const rows = planCsvRows(view.catalogue, { ...plan, actions: plan.actions.filter((a) => levels.has(a.level)) }, view.lang, { kinds, statuses: statusWords(view) });
  const columns = PLAN_COLUMNS.filter((key) => key !== 'intervention');
  if (!rows.length) return nothing;
  return html`<section class="print-list" aria-labelledby="print-list-title">
    ${view.heading(1, t('matrix.io.list-title'), { id: 'print-list-title', className: 'print-list-title' })}
    <table class="print-table">
      <thead>
        <tr>
          ${columns.map((key) => html`<th scope="col">${t(`matrix.csv.${key}`)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map((row) => html`<tr>${columns.map((key) => html`<td>${row[key]}</td>`)}</tr>`)}
      </tbody>
    </table>
  </section>`;
}
