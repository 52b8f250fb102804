import { html, nothing } from 'lit';
import type { ShareView } from './share.js';

/*
 * What only the second part shows (journey-io.ts): a made link, and the question before a read
 * journey replaces the workspace. Both exist only once the part has done its work.
 */

/** The made link: a read-only field to check or copy it by hand, whether it was copied, and what a link carries. */
export function renderLink(view: ShareView) {
  const { t, link } = view;
  if (!link) return nothing;
  if ('tooLong' in link) return html`<p class="notice link-result" role="status">${t('share.link-too-long', { length: link.tooLong })}</p>`;
  return html`<div class="link-result" part="link">
    <p role="status">${t(link.copied ? 'share.link-copied' : 'share.link-not-copied')}</p>
    <label for="link-field">${t('share.link-label')}</label>
    <input id="link-field" class="link-field" type="text" readonly .value=${link.url} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
    <p class="hint">${t('share.link-note')}</p>
  </div>`;
}

/** The question before anything is replaced: what the journey holds, what it replaces, "Vervangen" or "Annuleren" (Escape too). */
export function renderConfirm(view: ShareView) {
  const { pending, t, lang, act } = view;
  if (!pending) return nothing;
  const title = pending.source === 'file' ? t('share.confirm-title-file', { name: pending.name ?? '' }) : t('share.confirm-title-link');
  const date = new Date(pending.journey.created).toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeStyle: 'short' });
  return html`<dialog class="share-dialog" part="dialog" aria-labelledby="confirm-title" aria-describedby="confirm-holds" @cancel=${act.onCancel}>
    ${view.heading(1, title, { id: 'confirm-title', className: 'dialog-title', focusable: true })}
    <p id="confirm-holds" class="confirm-holds">${t('share.confirm-holds', { what: pending.holds, date })}</p>
    <p class="confirm-replaces">${view.holds === undefined ? t('share.confirm-replaces-nothing') : t('share.confirm-replaces', { what: view.holds })}</p>
    <p class="buttons">
      <button type="button" class="replace" @click=${act.replace}>${t('share.replace')}</button>
      <button type="button" class="secondary cancel" @click=${act.cancel}>${t('share.cancel')}</button>
    </p>
  </dialog>`;
}
