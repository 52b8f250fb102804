import { html, nothing } from 'lit';
import type { SpreadStats } from '../../../src/core/scan.js';
import type { ScanChartController } from '../chart-controller.js';
import type { TeamResponse } from '../team-codes.js';
import { factorName, type TeamView } from './context.js';
import { chartSummary, profileData } from './results.js';

/** The code input: paste, choose files, or drop files on the box. */
function renderInput(view: TeamView) {
  const { t, act } = view;
  const add = (e: Event) => {
    const field = (e.target as HTMLElement).closest('.team-input')!.querySelector('textarea')!;
    act.addCodes(field.value);
    field.value = '';
  };
  return html`<div
    class="team-input"
    @dragover=${(e: DragEvent) => e.preventDefault()}
    @drop=${(e: DragEvent) => {
      e.preventDefault();
      if (e.dataTransfer?.files.length) act.addFiles(e.dataTransfer.files);
    }}
  >
    <label for="team-codes">${t('scan.team-codes')}</label>
    <textarea id="team-codes" rows="4" spellcheck="false" autocomplete="off"></textarea>
    <p class="actions"><button type="button" class="team-add" @click=${add}>${t('scan.team-add')}</button></p>
    <label for="team-files">${t('scan.team-files')}</label>
    <input id="team-files" type="file" multiple accept=".txt,.json,text/plain,application/json"
      @change=${(e: Event) => {
        const input = e.target as HTMLInputElement;
        if (input.files?.length) act.addFiles(input.files);
        input.value = '';
      }} />
    <p class="hint">${t('scan.team-drop')}</p>
    ${view.rejected.length
      ? html`<div class="team-rejected" role="alert">
          <p>${t('scan.team-bad', { count: view.rejected.length })}</p>
          <ul>
            ${view.rejected.map((r) => html`<li>${t('scan.team-bad-line', { code: r.code, reason: r.reason })}</li>`)}
          </ul>
        </div>`
      : nothing}
  </div>`;
}

function renderCodes(view: TeamView, responses: readonly TeamResponse[]) {
  const { t, act, set } = view;
  if (!responses.length) return html`<p class="team-empty">${t('scan.team-empty')}</p>`;
  return html`<details class="team-codes">
    <summary>${t('scan.team-list')} (${responses.length})</summary>
    <ol>
      ${responses.map((r, i) => {
        const role = set.roles.find((x) => x.id === r.response.role);
        return html`<li><code>${r.code}</code>${role ? html` — ${view.text(role.label)}` : nothing}
          <button type="button" class="link-button" @click=${() => act.removeCode(i)}>${t('scan.team-remove', { number: i + 1 })}</button></li>`;
      })}
    </ol>
    <p><button type="button" class="secondary" @click=${act.clearCodes}>${t('scan.team-clear')}</button></p>
  </details>`;
}

/** Median and spread in words for a cell. */
function cell(view: TeamView, stats: SpreadStats | undefined) {
  if (!stats) return html`<td>${view.t('scan.not-scored')}</td>`;
  return html`<td>${view.score(stats.median)}</td>`;
}

function renderTable(view: TeamView) {
  const { t, summary, set, catalogue } = view;
  const roles = summary.roles.map((r) => ({ ...r, label: view.text(set.roles.find((x) => x.id === r.id)!.label) }));
  return html`<table class="scores team-table" part="table">
    <caption>${t('scan.team-caption')}</caption>
    <thead>
      <tr>
        <th scope="col">${t('scan.col-factor')}</th>
        <th scope="col">${t('scan.team-all')}: ${t('scan.team-median')}</th>
        <th scope="col">${t('scan.team-range')}</th>
        ${roles.map((r) => html`<th scope="col">${r.label} (${r.respondents})</th>`)}
      </tr>
    </thead>
    ${catalogue.levels
      .filter((level) => summary.factors.some((f) => f.level === level.id))
      .map(
        (level) => html`<tbody>
          <tr class="level-row"><th scope="rowgroup" colspan=${3 + roles.length}>${view.text(level.title)}</th></tr>
          ${summary.factors
            .filter((f) => f.level === level.id)
            .map(
              (f) => html`<tr>
                <th scope="row">${factorName(view, f.id)}</th>
                ${cell(view, f.all)}
                <td>${f.all ? t('scan.team-range-value', { min: view.score(f.all.min), max: view.score(f.all.max) }) : ''}</td>
                ${roles.map((r) => cell(view, f.roles[r.id]))}
              </tr>`,
            )}
        </tbody>`,
      )}
  </table>`;
}

/** The team view: codes in, then the team's profile, the table, and where the roles differ. */
export function renderTeam(view: TeamView, chart: ScanChartController, responses: readonly TeamResponse[]) {
  const { t, summary, act, set, lang } = view;
  const roleLabel = (id: string) => view.text(set.roles.find((r) => r.id === id)!.label);
  const series = [
    { label: t('scan.team-all'), values: summary.factors.map((f) => f.all?.median ?? null) },
    ...summary.roles.map((r) => ({ label: roleLabel(r.id), values: summary.factors.map((f) => f.roles[r.id]?.median ?? null) })),
  ];
  return html`<div class="team" part="team">
    ${view.heading(1, t('scan.team-title'), { className: 'stage-title', focusable: true })}
    <p>${t('scan.team-intro')}</p>
    ${renderInput(view)} ${renderCodes(view, responses)}
    ${summary.respondents
      ? html`<div class="team-summary">
          <p class="team-count">${t('scan.team-respondents', { count: summary.respondents })}</p>
          <p>${t('scan.team-min-group', { count: view.minGroupSize })}</p>
          ${summary.unattributed ? html`<p>${t('scan.team-hidden', { count: summary.unattributed })}</p>` : nothing}
          ${chart.render(profileData(view, series), lang, {
            summary: chartSummary(view, summary.factors.map((f) => ({ id: f.id, score: f.all?.median }))),
            loading: t('scan.chart-loading'),
            unavailable: t('scan.chart-unavailable'),
          })}
          ${renderTable(view)}
          ${view.heading(2, t('scan.team-differences'))}
          ${summary.differences.length
            ? html`<ul class="differences">
                ${summary.differences.slice(0, 5).map(
                  (d) =>
                    html`<li>
                      ${t('scan.team-difference', {
                        factor: factorName(view, d.factor),
                        high: roleLabel(d.highest.role),
                        highScore: view.score(d.highest.median),
                        low: roleLabel(d.lowest.role),
                        lowScore: view.score(d.lowest.median),
                      })}
                    </li>`,
                )}
              </ul>`
            : html`<p>${t(summary.roles.length < 2 ? 'scan.team-no-roles' : 'scan.team-no-differences')}</p>`}
        </div>`
      : nothing}
    <p class="actions end"><button type="button" class="secondary" @click=${() => act.team(false)}>${t('scan.team-back')}</button></p>
  </div>`;
}
