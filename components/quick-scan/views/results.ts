import { html, nothing } from 'lit';
import type { FactorScore } from '../../../src/core/scan.js';
import { scanAdvice, scanVerdict } from '../../../src/core/scan.js';
import type { Intervention } from '../../../src/core/schema.js';
import { finderLink } from '../../../src/elements/finder-link.js';
import type { ScanChartController } from '../chart-controller.js';
import type { ProfileData, ProfileSeries } from '../chart/profile-chart.js';
import type { SubmitStatus } from '../scan-exports.js';
import { factorName, type ScanView } from './context.js';

/** Recommendations shown per improvement point. */
const RECOMMENDATIONS = 3;

/** The chart's data: the factors of the scan in model order, and one or more series of scores. */
export function profileData(view: ScanView, series: ProfileSeries[]): ProfileData {
  const { catalogue, scores, set } = view;
  return {
    factors: scores.factors.map((f) => {
      const level = catalogue.levels.find((l) => l.id === f.level)!;
      return { id: f.id, label: factorName(view, f.id), level: f.level, levelLabel: view.text(level.title) };
    }),
    series,
    scaleLabels: set.scale.labels.map((label) => view.text(label)),
    thresholds: set.thresholds,
  };
}

/** "Hoogst: … Laagst: …": the chart in words. */
export function chartSummary(view: ScanView, values: ReadonlyArray<{ id: string; score?: number | undefined }>): string {
  const scored = values.filter((f) => f.score !== undefined).sort((a, b) => b.score! - a.score!);
  const name = (f: { id: string; score?: number | undefined } | undefined) => (f ? `${factorName(view, f.id)} (${view.score(f.score)})` : view.t('scan.not-scored'));
  return view.t('scan.chart-summary', { high: name(scored[0]), low: name(scored.at(-1)) });
}

/** The scores as a real table: a row per level (its mean), then a row per factor with its verdict. */
function renderTable(view: ScanView) {
  const { t, scores, catalogue } = view;
  return html`<table class="scores" part="table">
    <caption>${t('scan.table-caption')}</caption>
    <thead>
      <tr><th scope="col">${t('scan.col-factor')}</th><th scope="col">${t('scan.col-score')}</th><th scope="col">${t('scan.col-verdict')}</th></tr>
    </thead>
    ${scores.levels.map((level) => {
      const entry = catalogue.levels.find((l) => l.id === level.id)!;
      return html`<tbody>
        <tr class="level-row"><th scope="rowgroup">${view.text(entry.title)}</th><td>${view.score(level.score)}</td><td>${t('scan.level-score')}</td></tr>
        ${level.factors.map((f) => {
          const verdict = scanVerdict(scores, f);
          return html`<tr data-verdict=${verdict}><th scope="row">${factorName(view, f.id)}</th><td>${view.score(f.score)}</td><td>${t(`scan.verdict.${verdict}`)}</td></tr>`;
        })}
      </tbody>`;
    })}
  </table>`;
}

function renderRecommendation(view: ScanView, item: Intervention, phaseFit: boolean) {
  const { t, act, catalogue, shortlist } = view;
  const title = view.text(item.title);
  const evidence = catalogue.evidence.find((e) => e.id === item.evidence);
  const saved = shortlist.includes(item.id);
  const link = view.finderUrl && finderLink(view.finderUrl, 'lio-open', item.id);
  return html`<li class="recommendation" part="recommendation" data-id=${item.id}>
    <p class="rec-title"><strong>${title}</strong> <span class="tag">${evidence ? view.text(evidence.title) : item.evidence}</span>
      ${phaseFit ? html`<span class="tag">${t('scan.phase-fit')}</span>` : nothing}</p>
    <details>
      <summary>${t('scan.more-info')}<span class="visually-hidden">: ${title}</span></summary>
      <p>${view.text(item.summary)}</p>
      ${link ? html`<p><a href=${link}>${t('scan.show-in-finder')}<span class="visually-hidden">: ${title}</span></a></p>` : nothing}
    </details>
    <button type="button" class="secondary save" aria-pressed=${saved ? 'true' : 'false'} aria-label=${t('scan.save-label', { title })} @click=${() => act.toggleSaved(item.id)}>
      ${t(saved ? 'scan.saved' : 'scan.save')}
    </button>
  </li>`;
}

function renderImprovement(view: ScanView, factor: FactorScore, advice: ReturnType<typeof scanAdvice>[number]) {
  const { t, act } = view;
  const name = factorName(view, factor.id);
  const link = view.finderUrl && finderLink(view.finderUrl, 'lio-factor', factor.id);
  return html`<li class="improvement" data-factor=${factor.id}>
    ${view.heading(3, name)}
    <p>${t('scan.improvement-line', { factor: name, score: view.score(factor.score) })}</p>
    ${advice.recommendations.length
      ? html`<p>${t('scan.recommended')}</p>
          <ul class="recommendations">
            ${advice.recommendations.map((r) => renderRecommendation(view, r.intervention, r.phaseFit))}
          </ul>`
      : html`<p>${t('scan.recommended-none')}</p>`}
    ${advice.notEffective.map((item) => html`<p class="not-effective">${t('scan.not-effective', { title: view.text(item.title) })}</p>`)}
    <p>
      ${link
        ? html`<a href=${link}>${t('scan.show-in-finder')}<span class="visually-hidden">: ${name}</span></a>`
        : html`<button type="button" class="link-button" @click=${() => act.showInFinder(factor.id)}>${t('scan.show-in-finder')}<span class="visually-hidden">: ${name}</span></button>`}
    </p>
  </li>`;
}

function renderCode(view: ScanView, status: SubmitStatus, code: string) {
  const { t, act } = view;
  return html`<div class="code">
    ${view.heading(2, t('scan.code-title'))}
    <p>${t('scan.code-hint')}</p>
    <label for="result-code">${t('scan.code-label')}</label>
    <input id="result-code" class="code-field" type="text" readonly .value=${code} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
    <p class="actions">
      <button type="button" class="secondary" @click=${() => act.copy('code')}>${t('scan.copy-code')}</button>
      <button type="button" class="secondary" @click=${() => act.copy('link')}>${t('scan.copy-link')}</button>
      <button type="button" class="secondary" @click=${act.downloadCode}>${t('scan.download-code')}</button>
    </p>
    <p class="copy-status" role="status">${status.copied ? t(status.copied === 'copied' ? 'scan.copied' : 'scan.copy-failed') : nothing}</p>
  </div>`;
}

function renderSubmit(view: ScanView, status: SubmitStatus) {
  const { t, act } = view;
  if (!view.submitUrl) return nothing;
  const host = new URL(view.submitUrl).host;
  const sending = status.state === 'sending';
  return html`<div class="submit">
    ${view.heading(2, t('scan.submit-title'))}
    ${status.state === 'sent'
      ? html`<p class="notice" role="status">${t('scan.submitted')}</p>`
      : html`<label class="option"><input type="checkbox" class="consent" .checked=${status.consent} @change=${(e: Event) => act.consent((e.target as HTMLInputElement).checked)} />
            ${t('scan.submit-consent', { host })}</label>
          <p class="actions"><button type="button" class="submit-button" ?disabled=${!status.consent || sending} @click=${act.submit}>${t(sending ? 'scan.submitting' : 'scan.submit')}</button></p>
          ${status.state === 'failed' ? html`<p class="error-text" role="alert">${t('scan.submit-failed', { reason: status.reason ?? '' })}</p>` : nothing}`}
  </div>`;
}

/** The results: summary, profile (chart and table), strengths, improvement points with recommendations, exports, result code, opt-in submission. */
export function renderResults(view: ScanView, chart: ScanChartController, status: SubmitStatus, code: string, confirmingReset: boolean) {
  const { t, scores, catalogue, set, progress, act, lang } = view;
  const advice = scanAdvice(catalogue, scores, { phase: progress.phase, limit: RECOMMENDATIONS });
  const role = set.roles.find((r) => r.id === progress.role);
  const phase = catalogue.phases.find((p) => p.id === progress.phase);
  const { strength, improvement } = set.thresholds;
  const series = [{ label: t('scan.results-title'), values: scores.factors.map((f) => f.score ?? null) }];
  return html`<div class="results" part="results">
    ${view.heading(1, t('scan.results-title'), { className: 'stage-title', focusable: true })}
    <p>
      ${t('scan.results-answered', { count: scores.answered, total: scores.total, dontKnow: scores.dontKnow })}
      ${role ? t('scan.results-role', { role: view.text(role.label) }) : nothing} ${phase ? t('scan.results-phase', { phase: view.text(phase.title) }) : nothing}
    </p>
    ${set.about ? html`<p class="about">${view.text(set.about)}</p>` : nothing}
    <div class="profile">
      ${view.heading(2, t('scan.profile'))}
      ${chart.render(profileData(view, series), lang, { summary: chartSummary(view, scores.factors), loading: t('scan.chart-loading'), unavailable: t('scan.chart-unavailable') })}
      ${renderTable(view)}
    </div>
    <div class="strengths" part="strengths">
      ${view.heading(2, t('scan.strengths'))}
      ${scores.strengths.length
        ? html`<ul>
            ${scores.strengths.map((f) => html`<li>${t('scan.strength-line', { factor: factorName(view, f.id), score: view.score(f.score) })}</li>`)}
          </ul>`
        : html`<p>${t('scan.strengths-none', { threshold: view.score(strength) })}</p>`}
    </div>
    <div class="improvements" part="improvements">
      ${view.heading(2, t('scan.improvements'))}
      ${advice.length
        ? html`<ul class="improvement-list">
            ${advice.map((a) => renderImprovement(view, a.factor, a))}
          </ul>`
        : html`<p>${t('scan.improvements-none', { threshold: view.score(improvement) })}</p>`}
    </div>
    <div class="exports">
      ${view.heading(2, t('scan.export'))}
      <p class="actions">
        <button type="button" class="secondary" @click=${act.print}>${t('scan.print')}</button>
        <button type="button" class="secondary" @click=${() => act.download('csv')}>${t('scan.csv')}</button>
        <button type="button" class="secondary" @click=${() => act.download('json')}>${t('scan.json')}</button>
      </p>
    </div>
    ${renderCode(view, status, code)} ${renderSubmit(view, status)}
    <p class="actions end">
      <button type="button" class="secondary edit" @click=${act.edit}>${t('scan.edit')}</button>
      <button type="button" class="secondary team-open" @click=${() => act.team(true)}>${t('scan.team-open')}</button>
      <button type="button" class="secondary reset" @click=${() => act.askReset(true)}>${t('scan.reset')}</button>
    </p>
    ${confirmingReset
      ? html`<div class="reset-confirm" role="group" aria-labelledby="reset-q">
          <p id="reset-q">${t('scan.reset-confirm')}</p>
          <p class="actions">
            <button type="button" class="danger" @click=${act.reset}>${t('scan.reset-yes')}</button>
            <button type="button" class="secondary" @click=${() => act.askReset(false)}>${t('scan.cancel')}</button>
          </p>
        </div>`
      : nothing}
  </div>`;
}
