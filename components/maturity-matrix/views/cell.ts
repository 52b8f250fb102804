import { html, nothing } from 'lit';
import { cellKey } from '../../../src/core/plan/plan.js';
import type { PlanAction } from '../../../src/core/plan/schema.js';
import type { MatrixView, ViewCell } from './context.js';

/** An action's status in words (never by colour alone). */
export function statusWords(view: MatrixView): Record<PlanAction['status'], string> {
  const { t } = view;
  return { planned: t('matrix.status.planned'), running: t('matrix.status.running'), done: t('matrix.status.done') };
}

/**
 * What one cell holds, the same in the table and in the list: its actions with their status
 * counts, or the gap in words; and, when editable, the button that adds an action to it. Every
 * text is rendered as text, never as HTML.
 */
export function renderCellContent(view: MatrixView, cell: ViewCell) {
  const { t } = view;
  const place = `${view.levelName(cell.level)}, ${view.phaseName(cell.phase)}`;
  return html`${cell.gap
      ? html`<p part="gap" class="gap">${t('matrix.gap')}</p>`
      : html`<p class="counts">${t('matrix.actions', { count: cell.actions.length })}: ${t('matrix.counts', cell.counts)}</p>
          <ul class="actions">
            ${cell.actions.map((action) => renderAction(view, action))}
          </ul>`}
    ${view.editable
      ? html`<button type="button" class="secondary add" data-add=${cellKey(cell)} @click=${() => view.act.openAdd(cell)}>
          ${t('matrix.add')}<span class="visually-hidden">: ${place}</span>
        </button>`
      : nothing}`;
}

/** One action: title, kind, status and owner in words, its note, and (editable) edit, move and remove. */
function renderAction(view: MatrixView, action: PlanAction) {
  const { t } = view;
  const title = view.title(action);
  const hidden = html`<span class="visually-hidden">: ${title}</span>`;
  return html`<li part="action" class=${`action status-${action.status}`} tabindex="-1" data-action=${action.id}>
    <span class="action-title">${title}</span>
    <span class="action-meta"
      >${action.intervention ? t('matrix.kind.catalogue') : t('matrix.kind.own')} · <span class="status">${statusWords(view)[action.status]}</span
      >${action.owner ? html` · ${t('matrix.owner', { owner: action.owner })}` : nothing}</span
    >
    ${action.note ? html`<span class="action-note">${t('matrix.note', { note: action.note })}</span>` : nothing}
    ${view.editable
      ? html`<span class="action-buttons">
          <button type="button" class="link-button" data-do="edit" @click=${() => view.act.openEdit(action.id)}>${t('matrix.edit')}${hidden}</button>
          <button type="button" class="link-button" data-do="move" @click=${() => view.act.openMove(action.id)}>${t('matrix.move')}${hidden}</button>
          <button type="button" class="link-button" data-do="remove" @click=${() => view.act.remove(action.id)}>${t('matrix.remove')}${hidden}</button>
        </span>`
      : nothing}
  </li>`;
}
