import type { TemplateResult } from 'lit';
import type { Catalogue } from '../../core/catalogue.js';
import { translate } from '../../core/i18n.js';
import type { Lang } from '../../core/ids.js';
import type { CatalogueState } from '../context.js';
import { catalogueErrorMessage, renderErrorView } from './error-view.js';
import { renderSkeleton } from './skeleton.js';

/** What the gate needs to know about a widget's catalogue. */
export interface GateOptions {
  state: CatalogueState;
  lang: Lang;
  /**
   * The catalogue comes from a `<lio-catalogue>`, which already shows and announces its errors:
   * the widget then says so quietly instead of repeating the problems.
   */
  fromProvider: boolean;
  /** Skeleton lines while loading (reserve roughly the height of the content). */
  lines?: number;
}

/**
 * The loading/error gate every widget renders its content through: a skeleton while the
 * catalogue loads, the shared error view when it failed, and `content(catalogue)` once it is ready.
 */
export function renderGate(options: GateOptions, content: (catalogue: Catalogue) => unknown): unknown {
  const { state, lang, fromProvider, lines = 4 } = options;
  if (state.status === 'loading') return renderSkeleton(translate(lang, 'loading'), lines);
  if (state.status === 'error') return renderGateError(state, lang, fromProvider);
  return content(state.catalogue);
}

function renderGateError(state: Extract<CatalogueState, { status: 'error' }>, lang: Lang, fromProvider: boolean): TemplateResult {
  if (fromProvider) return renderErrorView({ lang, message: translate(lang, 'error.catalogue-provider'), alert: false });
  return renderErrorView({ lang, message: catalogueErrorMessage(lang, state.code, state.url), problems: state.problems });
}
