import { html, nothing, type TemplateResult } from 'lit';
import { describeProblem } from '../../core/i18n.js';
import type { Lang } from '../../core/ids.js';
import { countProblems, type Problem } from '../../core/problems.js';
import type { LioErrorCode } from '../events.js';
import type { SharedMessageKey, Translate } from '../messages/index.js';

/**
 * What went wrong with a catalogue: the one wording every element uses. Pass the element's
 * `localize.t`, so a site's overrides apply.
 */
export function catalogueErrorMessage(t: Translate<SharedMessageKey>, code: LioErrorCode, url = ''): string {
  if (code === 'catalogue-unreachable' || code === 'catalogue-timeout') {
    return t(code === 'catalogue-timeout' ? 'error.catalogue-timeout' : 'error.catalogue-unreachable', { url });
  }
  return t(code === 'chunk-unavailable' ? 'error.chunk-unavailable' : 'error.catalogue-invalid');
}

/** Problems beyond this many are summarised, so a broken file does not flood the page. */
const MAX_LISTED = 20;

export interface ErrorViewOptions {
  lang: Lang;
  /** The element's translator (`localize.t`), so a site's overrides apply. */
  t: Translate<SharedMessageKey>;
  /** Translated explanation of what failed. */
  message: string;
  problems?: readonly Problem[];
  /** Shown as a "Try again" button when given (e.g. for an unreachable URL). */
  onRetry?: () => void;
  /**
   * Announce as an alert (default). A widget inside a `<lio-catalogue>` that already announced
   * the error shows it quietly, so screen readers hear it once.
   */
  alert?: boolean;
}

/**
 * The shared error view: an alert with a translated message, the validation problems as
 * `path: problem` lines, and a retry button where retrying can help. All values render as text.
 */
export function renderErrorView({ lang, t: translate, message, problems = [], onRetry, alert = true }: ErrorViewOptions): TemplateResult {
  // A capped list ends with a `too-many-problems` entry that counts the problems left out.
  const listed = problems.filter((p) => p.code !== 'too-many-problems').slice(0, MAX_LISTED);
  const more = countProblems(problems) - listed.length;
  return html`<div class="error" part="error" role=${alert ? 'alert' : 'note'}>
    <p class="error-title">${translate('error.title')}</p>
    <p>${message}</p>
    ${listed.length
      ? html`<p class="visually-hidden">${translate('error.problems')}</p>
          <ul class="error-problems" part="error-problems">
            ${listed.map((p) => html`<li>${p.path ? html`<code>${p.path}</code>: ` : nothing}${describeProblem(p, lang)}</li>`)}
            ${more > 0
              ? html`<li>${translate('error.more-problems', { count: more })}</li>`
              : nothing}
          </ul>`
      : nothing}
    ${onRetry ? html`<button type="button" part="retry" @click=${onRetry}>${translate('retry')}</button>` : nothing}
  </div>`;
}
