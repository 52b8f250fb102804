import { html, nothing } from 'lit';
import { localize } from '../../../src/core/i18n.js';
import { cellKey } from '../../../src/core/plan/plan.js';
import type { Level, Phase } from '../../../src/core/schema.js';
import { renderCellContent } from './cell.js';
import type { MatrixView } from './context.js';

/** A level's or phase's description, folded away so the grid stays compact but nothing is lost. */
function about(view: MatrixView, item: Level | Phase) {
  const name = localize(item.title, view.lang);
  return html`<details class="about">
    <summary>${view.t('matrix.about')}<span class="visually-hidden">: ${name}</span></summary>
    <p>${localize(item.description, view.lang)}</p>
  </details>`;
}

/** The words that mark a level with an improvement point from the quick scan. */
function scanMark(view: MatrixView, level: string) {
  return view.scanLevels.has(level) ? html`<p class="scan-mark">${view.t('matrix.scan-mark')}</p>` : nothing;
}

/**
 * The plan as a real table: a row per level (its title as the row header), a column per phase
 * (its title as the column header), each cell with its actions or its gap.
 */
export function renderTable(view: MatrixView) {
  const { grid, t, lang } = view;
  return html`${view.team?.renderVotesCaption(view)}<table part="grid" class="grid" @pointerenter=${view.act.prepare} @focusin=${view.act.prepare}>
    <caption class="visually-hidden">
      ${t('matrix.caption')}
    </caption>
    <thead>
      <tr>
        <th scope="col" class="corner">${t('matrix.level-phase')}</th>
        ${grid.phases.map((phase) => html`<th scope="col" data-phase=${phase.id}>${view.team?.renderVotes(view, phase.id)}<span class="head-title">${localize(phase.title, lang)}</span> ${about(view, phase)}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${grid.rows.map(
        (row) => html`<tr data-level=${row.level.id} class=${view.scanLevels.has(row.level.id) ? 'scan' : ''}>
          <th scope="row"><span class="head-title">${localize(row.level.title, lang)}</span> ${scanMark(view, row.level.id)} ${about(view, row.level)}</th>
          ${row.cells.map((cell) => html`<td part="cell" data-cell=${cellKey(cell)}>${renderCellContent(view, cell)}</td>`)}
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/** The narrow view: per level a section, with its phases inside as a list; the same content as the table. */
export function renderList(view: MatrixView) {
  const { grid, lang } = view;
  return html`<div part="grid" class="list" @pointerenter=${view.act.prepare} @focusin=${view.act.prepare}>
    ${view.team?.renderVotesList(view)}
    <details class="about">
      <summary>${view.t('matrix.about')}: ${view.t('matrix.phases')}</summary>
      <dl>
        ${grid.phases.map((phase) => html`<dt>${localize(phase.title, lang)}</dt><dd>${localize(phase.description, lang)}</dd>`)}
      </dl>
    </details>
    ${grid.rows.map(
      (row) => html`<section class=${`level-block${view.scanLevels.has(row.level.id) ? ' scan' : ''}`} data-level=${row.level.id}>
        ${view.heading(1, localize(row.level.title, lang), { className: 'level-title' })} ${scanMark(view, row.level.id)} ${about(view, row.level)}
        <ul class="phases">
          ${row.cells.map(
            (cell) => html`<li part="cell" data-cell=${cellKey(cell)}>
              ${view.heading(2, view.phaseName(cell.phase), { className: 'phase-title' })} ${renderCellContent(view, cell)}
            </li>`,
          )}
        </ul>
      </section>`,
    )}
  </div>`;
}
