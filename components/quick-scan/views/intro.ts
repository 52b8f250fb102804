import { html, nothing } from 'lit';
import type { ScanView } from './context.js';

/** Statements a visitor reads and answers per minute: 34 statements take about 5 minutes. */
const STATEMENTS_PER_MINUTE = 7;

/** The role question: optional, the roles of the question set plus "rather not say". */
export function renderRole(view: ScanView) {
  const { set, t, progress, act } = view;
  if (!set.roles.length) return nothing;
  const options = [...set.roles.map((r) => ({ id: r.id, label: view.text(r.label) })), { id: '', label: t('scan.role-none') }];
  return html`<fieldset class="choice role">
    <legend>${t('scan.role')}</legend>
    ${options.map(
      (o) => html`<label class="option"><input type="radio" name="role" .value=${o.id} .checked=${(progress.role ?? '') === o.id} @change=${() => act.role(o.id)} /> ${o.label}</label>`,
    )}
  </fieldset>`;
}

/**
 * The introduction: what the scan is and how long it takes, what happens with the answers, the
 * question set's own note (indicative, not validated), the role question and Start; a returning
 * visitor chooses between going on and starting again.
 */
export function renderIntro(view: ScanView, saved: boolean, memoryOnly: boolean) {
  const { t, set, steps, statements, progress, act, scores } = view;
  const total = statements.length;
  const minutes = Math.max(1, Math.round(total / STATEMENTS_PER_MINUTE));
  const privacy = memoryOnly ? 'scan.privacy-none' : view.submitUrl ? 'scan.privacy-submit' : 'scan.privacy';
  return html`<div class="intro" part="intro">
    <p>${t('scan.intro')}</p>
    <p>${t('scan.length', { count: total, levels: t('scan.levels-count', { count: steps.length }), minutes })}</p>
    <p>${t(privacy)}</p>
    ${set.about ? html`<p class="about">${view.text(set.about)}</p>` : nothing}
    ${saved
      ? html`<div class="resume" role="group" aria-labelledby="resume-title">
          ${view.heading(1, t('scan.resume-title'), { id: 'resume-title', className: 'stage-title', focusable: true })}
          <p>${progress.stage === 'results' ? t('scan.resume-results') : t('scan.resume-text', { count: scores.answered, total })}</p>
          <p class="actions">
            <button type="button" class="resume-button" @click=${act.resume}>${t('scan.resume')}</button>
            <button type="button" class="secondary" @click=${act.restart}>${t('scan.restart')}</button>
          </p>
        </div>`
      : html`${renderRole(view)}
          <p class="actions"><button type="button" class="start" @click=${act.start}>${t('scan.start')}</button></p>`}
  </div>`;
}
