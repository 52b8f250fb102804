import { html, nothing, type TemplateResult } from 'lit';
import { describeProblem, translate } from '../../core/i18n.js';
import type { Lang } from '../../core/ids.js';
import type { Problem } from '../../core/problems.js';
import type { LioErrorCode } from '../events.js';

/** What went wrong with a catalogue, in `lang`: the one wording every element uses. */
export function catalogueErrorMessage(lang: Lang, code: LioErrorCode, url?: string): string {
  switch (code) {
    case 'catalogue-unreachable':
      return translate(lang, 'error.catalogue-unreachable', { url: url ?? '' });
    case 'catalogue-timeout':
      return translate(lang, 'error.catalogue-timeout', { url: url ?? '' });
    case 'chunk-unavailable':
      return translate(lang, 'error.chunk-unavailable');
    default:
      return translate(lang, 'error.catalogue-invalid');
  }
}

/** Problems beyond this many are summarised, so a broken file does not flood the page. */
const MAX_LISTED = 20;

export interface ErrorViewOptions {
  lang: Lang;
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
export function renderErrorView({ lang, message, problems = [], onRetry, alert = true }: ErrorViewOptions): TemplateResult {
  const listed = problems.slice(0, MAX_LISTED);
  return html`<div class="error" part="error" role=${alert ? 'alert' : 'note'}>
    <p class="error-title">${translate(lang, 'error.title')}</p>
    <p>${message}</p>
    ${listed.length
      ? html`<p class="visually-hidden">${translate(lang, 'error.problems')}</p>
          <ul class="error-problems" part="error-problems">
            ${listed.map((p) => html`<li>${p.path ? html`<code>${p.path}</code>: ` : nothing}${describeProblem(p, lang)}</li>`)}
            ${problems.length > MAX_LISTED
              ? html`<li>${translate(lang, 'error.more-problems', { count: problems.length - MAX_LISTED })}</li>`
              : nothing}
          </ul>`
      : nothing}
    ${onRetry ? html`<button type="button" part="retry" @click=${onRetry}>${translate(lang, 'retry')}</button>` : nothing}
  </div>`;
}
