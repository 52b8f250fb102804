import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { MessageKey } from '../messages/index.js';
import type { Intervention } from '../../../src/core/schema.js';
import { adoptStyles } from '../../../src/elements/adopt-styles.js';
import { ModalController } from '../../../src/elements/dialog.js';
import { renderExternalLink } from '../../../src/elements/views/link.js';
import detailStyles from './detail.styles.js';
import type * as Context from './context.js';
import type { FinderView } from './context.js';

/**
 * The views the detail shares with the result cards, handed in by the finder: this chunk imports
 * no module of the finder, so that a user's bundler need not split the finder's code into a chunk
 * of its own around it (which cost `lio-widgets` 1.6 KB gzip).
 */
export type DetailKit = Pick<typeof Context, 'ownItemText' | 'phaseList' | 'renderMeta' | 'renderShortlistToggle'>;

const DETAIL_FIELDS = ['population', 'country', 'duration', 'sessions', 'forms', 'outcome', 'misprint'] as const;

/**
 * Ready one finder for its detail view: the detail's rules join the styles of its shadow root (a
 * constructable stylesheet, as a strict Content-Security-Policy allows), and the dialog's focus
 * handling (see ModalController) opens it with focus on the title, routes Escape through the
 * finder's state (`close`), and on close returns focus to what opened it, or to the search field.
 */
export function attachDetail(host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment }, close: () => void): ModalController {
  adoptStyles(host.renderRoot, detailStyles);
  return new ModalController(host, {
    dialog: () => host.renderRoot.querySelector('dialog'),
    initialFocus: () => host.renderRoot.querySelector<HTMLElement>('.detail-title'),
    fallbackFocus: () => host.renderRoot.querySelector<HTMLElement>('input[type="search"]'),
    onRequestClose: close,
  });
}

/**
 * The detail view: a modal `<dialog>` labelled by its title, with study facts, sources, safe
 * external links, related interventions and what the evidence means. `modal.onCancel` routes
 * Escape through the finder's state.
 */
export function renderDetail(view: FinderView, item: Intervention, kit: DetailKit, modal: ModalController) {
  const { t } = view;
  return html`<dialog part="detail" aria-labelledby="detail-title" @cancel=${modal.onCancel} @close=${() => view.act.close()}>
    <article class="detail" data-id=${item.id}>
      <div class="detail-header">
        ${view.heading(1, view.text(item.title), { id: 'detail-title', className: 'detail-title', focusable: true })}
        <button type="button" class="secondary" @click=${() => view.act.close()}>${t('finder.close')}</button>
      </div>
      ${renderDetailBody(view, item, kit, false)}
      <div class="detail-actions">
        ${kit.renderShortlistToggle(view, item, true)}
        <button type="button" class="secondary" @click=${() => view.act.print('detail')}>${t('finder.print')}</button>
      </div>
    </article>
  </dialog>`;
}

/**
 * What prints while the detail is open. A modal dialog lives in the browser's top layer, where it
 * stays centred on the first page and its top is cut off, whatever the print styles say. So the
 * same content is also rendered here, in the page flow, shown only in print (where the dialog and
 * the rest of the finder are hidden): the detail prints from its title on, across as many pages
 * as it needs. No ids and no buttons: related interventions are plain text.
 */
export function renderDetailPrint(view: FinderView, item: Intervention, kit: DetailKit) {
  return html`<article class="detail detail-print">
    ${view.heading(1, view.text(item.title), { className: 'detail-print-title' })} ${renderDetailBody(view, item, kit, true)}
  </article>`;
}

function renderDetailBody(view: FinderView, item: Intervention, kit: DetailKit, print: boolean) {
  const { catalogue, t } = view;
  const evidence = catalogue.evidence.find((e) => e.id === item.evidence);
  const details = DETAIL_FIELDS.filter((key) => item.details?.[key]);
  const related = (item.related ?? []).map((id) => catalogue.interventionById.get(id)).filter((r): r is Intervention => !!r);
  const section = (titleKey: MessageKey, body: unknown) => html`${view.heading(2, t(titleKey), { className: 'detail-section-title' })}${body}`;
  return html`${kit.renderMeta(view, item, item.section ? t('finder.section', { section: item.section }) : kit.ownItemText(view))}
    <p>${view.text(item.summary)}</p>
    ${item.evidence === 'not-effective' ? html`<p class="no-effect">${t('finder.no-effect')}</p>` : nothing}
    <p class="phases">${kit.phaseList(view, item)}. ${t('finder.detail.phases-note')}</p>
    ${details.length
      ? section(
          'finder.detail.study',
          html`<dl>
            ${details.map((key) => html`<dt>${t(`finder.detail.${key}`)}</dt><dd>${view.text(item.details![key]!)}</dd>`)}
          </dl>`,
        )
      : nothing}
    ${section(
      'finder.detail.sources',
      item.sources.length ? html`<ul>${item.sources.map((s) => html`<li>${s}</li>`)}</ul>` : html`<p>${t('finder.detail.no-sources')}</p>`,
    )}
    ${item.links.length
      ? section(
          'finder.detail.links',
          html`<ul>
            ${item.links.map((link) => html`<li>${renderExternalLink(link.url, link.label ? view.text(link.label) : link.url, t('link.external'))}</li>`)}
          </ul>`,
        )
      : nothing}
    ${related.length
      ? section(
          'finder.detail.related',
          html`<ul>
            ${related.map(
              (r) => html`<li>
                ${print ? view.text(r.title) : html`<button type="button" class="link-button" @click=${() => view.act.switchDetail(r.id)}>${view.text(r.title)}</button>`}
              </li>`,
            )}
          </ul>`,
        )
      : nothing}
    ${section(
      'finder.detail.about-evidence',
      html`<p><strong>${evidence ? view.text(evidence.title) : item.evidence}:</strong> ${evidence ? view.text(evidence.description) : ''}</p>
        ${catalogue.meta.about ? html`<p>${view.text(catalogue.meta.about)}</p>` : nothing}`,
    )}`;
}
