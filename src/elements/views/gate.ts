import type { TemplateResult } from 'lit';
import type { Catalogue } from '../../core/catalogue.js';
import type { Lang } from '../../core/ids.js';
import type { CatalogueState } from '../context.js';
import type { MessagesStatus } from '../controllers/localize.js';
import type { SharedMessageKey, Translate } from '../messages/index.js';
import { catalogueErrorMessage, renderErrorView } from './error-view.js';
import { renderSkeleton } from './skeleton.js';

/** What the gate needs to know about a widget's catalogue and messages. */
export interface GateOptions {
  state: CatalogueState;
  lang: Lang;
  /** The widget's translator (applies the site's overrides to the shared wording). */
  t: Translate<SharedMessageKey>;
  /** Whether the widget's own messages for `lang` are loaded; until then keys must not flash. */
  messages: MessagesStatus;
  /** Ask for the widget's messages again after they failed to load. */
  retryMessages: () => void;
  /** Load the catalogue again after a chunk it needs failed to load (`chunk-unavailable`). */
  retryCatalogue: () => void;
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
 * catalogue or the widget's messages load, the shared error view when either failed (with a retry
 * for messages that could not be loaded), and `content(catalogue)` once both are ready.
 */
export function renderGate(options: GateOptions, content: (catalogue: Catalogue) => unknown): unknown {
  const { state, lang, t, messages, fromProvider, lines = 4 } = options;
  if (messages === 'error') return renderErrorView({ lang, t, message: t('error.messages-unavailable'), onRetry: options.retryMessages });
  if (state.status === 'loading' || messages === 'loading') return renderSkeleton(t('loading'), lines);
  if (state.status === 'error') return renderGateError(state, options, fromProvider);
  return content(state.catalogue);
}

function renderGateError(state: Extract<CatalogueState, { status: 'error' }>, { lang, t, retryCatalogue }: GateOptions, fromProvider: boolean): TemplateResult {
  if (fromProvider) return renderErrorView({ lang, t, message: t('error.catalogue-provider'), alert: false });
  const retry = state.code === 'chunk-unavailable' ? { onRetry: retryCatalogue } : {};
  return renderErrorView({ lang, t, message: catalogueErrorMessage(t, state.code, state.url), problems: state.problems, ...retry });
}
