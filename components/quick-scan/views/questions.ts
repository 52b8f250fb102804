import { html, nothing } from 'lit';
import type { ScanView, Statement, ScanStep } from './context.js';
import { renderRole } from './intro.js';

/** One statement: a fieldset whose legend is the statement, with the five scale points and "don't know". */
function renderStatement(view: ScanView, statement: Statement, number: number) {
  const { set, progress, act, t } = view;
  const answer = progress.answers[statement.id];
  const options = [...set.scale.labels.map((label, i) => ({ value: String(i + 1), label })), { value: 'dont-know', label: set.scale.dontKnow }];
  return html`<fieldset class="statement" part="question" id=${`q-${statement.id}`} data-id=${statement.id}>
    <legend><span class="visually-hidden">${t('scan.statement', { number })}: </span>${view.text(statement.text)}</legend>
    <div class="scale">
      ${options.map(
        // .checked before name: the next step reuses these radios, and renaming a still-checked radio into its
        // new group would uncheck the answer just set there (going back showed an answered statement as open).
        (o) => html`<label class=${o.value === 'dont-know' ? 'option dont-know' : 'option'}
          ><input type="radio" .checked=${String(answer ?? '') === o.value} name=${statement.id} .value=${o.value} @change=${() => act.answer(statement.id, o.value)} />
          <span>${view.text(o.label)}</span></label
        >`,
      )}
    </div>
  </fieldset>`;
}

/** The statements of one level, numbered through the whole scan. */
function renderLevel(view: ScanView, step: ScanStep, offset: number, headingOffset: number, focusable: boolean) {
  return html`<div class="level" role="group" aria-labelledby=${`level-${step.level.id}`}>
    ${view.heading(headingOffset, view.text(step.level.title), { id: `level-${step.level.id}`, className: focusable ? 'stage-title' : 'level-title', focusable })}
    ${step.level.description ? html`<p class="level-description">${view.text(step.level.description)}</p>` : nothing}
    ${step.statements.map((s, i) => renderStatement(view, s, offset + i + 1))}
  </div>`;
}

/** "Stap 2 van 5" and the answered count, as a native progress bar with a text label. */
function renderProgress(view: ScanView, step: number) {
  const { t, steps, statements, scores } = view;
  const label = t('scan.step', { step: step + 1, steps: steps.length });
  return html`<div class="progress" part="progress">
    <p class="progress-text"><span>${label}</span> <span class="answered">${t('scan.answered', { count: scores.answered, total: statements.length })}</span></p>
    <progress max=${steps.length} .value=${step + 1} aria-label=${`${t('scan.progress')}: ${label}`}></progress>
  </div>`;
}

/** The optional "where does your organisation stand" question: the five phases in the report's words. */
function renderPhase(view: ScanView) {
  const { catalogue, progress, act, t } = view;
  const options = [...catalogue.phases.map((p) => ({ id: p.id, label: view.text(p.title), description: view.text(p.description) })), { id: '', label: t('scan.phase-none'), description: '' }];
  return html`<fieldset class="choice phase">
    <legend>${t('scan.phase')}</legend>
    <p class="hint">${t('scan.phase-hint')}</p>
    ${options.map(
      (o) => html`<label class="option phase-option"
        ><input type="radio" name="phase" .value=${o.id} .checked=${(progress.phase ?? '') === o.id} @change=${() => act.phase(o.id)} />
        <span><strong>${o.label}</strong>${o.description ? html`<span class="phase-description">${o.description}</span>` : nothing}</span></label
      >`,
    )}
  </fieldset>`;
}

/** One question step: progress, the level's statements, back and next. */
export function renderQuestions(view: ScanView, step: number) {
  const { steps, t, act } = view;
  const current = steps[step]!;
  const offset = steps.slice(0, step).reduce((n, s) => n + s.statements.length, 0);
  const last = step === steps.length - 1;
  return html`${renderProgress(view, step)} ${renderLevel(view, current, offset, 1, true)}
    <p class="actions nav">
      ${step > 0 ? html`<button type="button" class="secondary back" @click=${() => act.goTo(step - 1)}>${t('scan.back')}</button>` : nothing}
      <button type="button" class="next" @click=${() => (last ? act.toCheck() : act.goTo(step + 1))}>${t(last ? 'scan.to-check' : 'scan.next')}</button>
    </p>`;
}

/** Which statements are still open, per level, with a way back to each level. */
function renderOpen(view: ScanView, goTo: (step: number) => void) {
  const { steps, progress, t } = view;
  const open = steps.map((s, i) => ({ step: s, index: i, open: s.statements.filter((q) => progress.answers[q.id] === undefined) })).filter((s) => s.open.length);
  const count = open.reduce((n, s) => n + s.open.length, 0);
  if (!count) return html`<p class="check-status">${t('scan.check-complete')}</p>`;
  return html`<p class="check-status">${t('scan.check-open', { count })}</p>
    <ul class="open-list">
      ${open.map(
        (s) => html`<li>
          <button type="button" class="link-button" @click=${() => goTo(s.index)}>${t('scan.check-go', { level: view.text(s.step.level.title) })}</button>
          <ul>
            ${s.open.map((q) => html`<li>${view.text(q.text)}</li>`)}
          </ul>
        </li>`,
      )}
    </ul>`;
}

/** The check step: open statements named, the phase question, back and "show results". */
export function renderCheck(view: ScanView) {
  const { t, act, steps } = view;
  return html`<div class="check">
    ${view.heading(1, t('scan.check-title'), { className: 'stage-title', focusable: true })} ${renderOpen(view, act.goTo)} ${renderPhase(view)}
    <p class="actions nav">
      <button type="button" class="secondary back" @click=${() => act.goTo(steps.length - 1)}>${t('scan.back')}</button>
      <button type="button" class="show-results" @click=${act.showResults}>${t('scan.show-results')}</button>
    </p>
  </div>`;
}

/** `layout="single"`: the introduction's role question, every level, the phase question and the open statements, on one page. */
export function renderSingle(view: ScanView) {
  const { steps, t, act } = view;
  let offset = 0;
  return html`<div class="single">
    <p class="intro" part="intro">${t('scan.intro')}</p>
    ${renderRole(view)}
    ${steps.map((step) => {
      const shown = renderLevel(view, step, offset, 1, false);
      offset += step.statements.length;
      return shown;
    })}
    ${renderPhase(view)}
    <div class="check">
      ${renderOpen(view, act.goTo)}
      <p class="actions"><button type="button" class="show-results" @click=${act.showResults}>${t('scan.show-results')}</button></p>
    </div>
  </div>`;
}
