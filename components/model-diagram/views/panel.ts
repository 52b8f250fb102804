import { html, nothing } from 'lit';
import { localize } from '../../../src/core/i18n.js';
import { recommend } from '../../../src/core/recommend.js';
import { finderLink } from '../../../src/elements/finder-link.js';
import type { DiagramItem, DiagramView } from './context.js';

/** How many of the best-supported interventions the panel names. */
const BEST = 3;

/**
 * The panel about the picked level or factor: its description from the catalogue, its
 * interventions counted per kind of evidence, the best-supported ones (`recommend`: strongest
 * evidence first, then those that fit the phase of the last scan, never one found not effective)
 * and "show in the finder": a link with `finder-url`, else through the workspace.
 */
export function renderPanel(view: DiagramView, item: DiagramItem) {
  const { catalogue, lang, t } = view;
  const level = catalogue.levels.find((l) => l.id === item.level)!;
  const entry = item.kind === 'level' ? level : catalogue.factorById.get(item.id)!;
  const interventions = (item.kind === 'level' ? catalogue.byLevel.get(level.id) : catalogue.byFactor.get(item.id)) ?? [];
  const factors = item.kind === 'level' ? level.factors.map((f) => f.id) : [item.id];
  const best = recommend(catalogue, { factors, phase: view.scores?.phase }, { limit: BEST }).items;
  const evidenceName = (id: string) => localize(catalogue.evidence.find((e) => e.id === id)?.title ?? { nl: id }, lang);
  const link = view.finderUrl && finderLink(view.finderUrl, item.kind === 'level' ? 'lio-level' : 'lio-factor', item.id);
  return html`<section class="panel" part="panel" aria-labelledby="panel-title">
    ${view.heading(1, item.name, { id: 'panel-title', className: 'panel-title', focusable: true })}
    <p class="panel-kind">${item.kind === 'level' ? t('diagram.level') : t('diagram.level-of', { level: localize(level.title, lang) })}</p>
    ${item.note ? html`<p class="panel-note">${item.note}</p>` : nothing}
    <p>${localize(entry.description, lang)}</p>
    ${view.heading(2, t('diagram.by-evidence'))}
    <p>${t('diagram.interventions', { count: interventions.length })}</p>
    <ul class="counts">
      ${catalogue.evidence.map((kind) => {
        const count = interventions.filter((i) => i.evidence === kind.id).length;
        return count ? html`<li>${localize(kind.title, lang)}: ${count}</li>` : nothing;
      })}
    </ul>
    ${view.heading(2, t('diagram.best'))}
    ${best.length
      ? html`<ul class="best">
          ${best.map(({ intervention }) => {
            const title = localize(intervention.title, lang);
            const open = view.finderUrl && finderLink(view.finderUrl, 'lio-open', intervention.id);
            return html`<li>${open ? html`<a href=${open}>${title}</a>` : title} <span class="tag">${evidenceName(intervention.evidence)}</span></li>`;
          })}
        </ul>`
      : html`<p>${t('diagram.best-none')}</p>`}
    <p class="panel-actions">
      ${link
        ? html`<a class="button-link" href=${link}>${t('diagram.show-in-finder')}</a>`
        : html`<button type="button" class="secondary" @click=${() => view.act.showInFinder(item)}>${t('diagram.show-in-finder')}</button>`}
      <button type="button" class="secondary" @click=${() => view.act.select(undefined)}>${t('diagram.close')}</button>
    </p>
  </section>`;
}
