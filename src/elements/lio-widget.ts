import type { PropertyDeclarations } from 'lit';
import type { Catalogue } from '../core/catalogue.js';
import type { CatalogueSource } from '../core/schema.js';
import type { CatalogueState } from './context.js';
import { CatalogueController } from './controllers/catalogue.js';
import { CataloguePropertyController } from './controllers/catalogue-property.js';
import { LioWorkspaceElement } from './lio-workspace-element.js';
import { catalogueErrorMessage, renderErrorView } from './views/error-view.js';
import { renderSkeleton } from './views/skeleton.js';

/**
 * Base class of the visitor-facing widgets: what `LioWorkspaceElement` gives (language, the shared
 * page workspace, storage mode, colour scheme, heading level) and the catalogue (its own
 * `catalogue` property, a surrounding `<lio-catalogue>`, or the built-in default).
 *
 * The kit a widget is built from: render through `renderGate` (skeleton → error view →
 * content), headings through {@link heading}, messages through `this.localize.t(key, params)`,
 * shared state through `this.shared`; plus `ModalController` (dialog.ts), `AnnouncerController`
 * (announcer.ts), `downloadFile` (files.ts), `printPart` (print.ts) and the shared styles
 * (styles/). Controllers are never public properties, so a host setting a property can never
 * replace one.
 *
 * @csspart skeleton - The placeholder shown while the catalogue loads.
 * @csspart error - The error view (invalid or unreachable catalogue, invalid attributes).
 * @csspart error-problems - The list of validation problems in the error view.
 * @csspart retry - The retry button in the error view, where retrying can help.
 * @csspart link - An external link from the catalogue (opens in a new tab).
 * @csspart link-blocked - The text of a catalogue link that is not http(s), shown instead of a link.
 */
export class LioWidget extends LioWorkspaceElement {
  // Declared here rather than by decorators: the decorator helpers would ship with every element.
  static override properties: PropertyDeclarations = {
    catalogue: { attribute: false },
  };

  /**
   * A catalogue object (the JSON format) for this widget alone, checked like `<lio-catalogue
   * .catalogue=…>` (an invalid one shows the error view and fires `lio-error`); it wins over a
   * surrounding `<lio-catalogue>` and the default. `undefined` goes back to those. Typed as the
   * catalogue file format (`CatalogueSource`): a full catalogue or one that `extends` the default.
   */
  catalogue?: CatalogueSource;

  readonly #provided = new CatalogueController(this, this.localize);
  readonly #own = new CataloguePropertyController(
    this,
    () => ({ input: this.catalogue, lang: this.localize.lang }),
    (code, problems) => this.emit('lio-error', { code, message: catalogueErrorMessage(this.localize.t, code), problems }),
  );

  /** Where the widget's catalogue stands: `loading`, `ready` (with `catalogue`) or `error` (with `problems`). */
  get catalogueState(): CatalogueState {
    return this.#own.active ? this.#own.state : this.#provided.state;
  }

  /** The catalogue once it is ready. */
  protected get readyCatalogue(): Catalogue | undefined {
    const state = this.catalogueState;
    return state.status === 'ready' ? state.catalogue : undefined;
  }

  /**
   * The loading/error gate: a skeleton of `lines` lines while the catalogue or the widget's
   * messages load, the shared error view when either failed (with a retry for messages and for a
   * chunk that could not be loaded; quietly when a surrounding `<lio-catalogue>` already announced
   * it), and `content(catalogue)` once both are ready, so message keys never flash on screen.
   */
  protected renderGate(content: (catalogue: Catalogue) => unknown, lines = 4): unknown {
    const { lang, t, status } = this.localize;
    const state = this.catalogueState;
    if (status === 'error') return renderErrorView({ lang, t, message: t('error.messages-unavailable'), onRetry: () => this.localize.retry() });
    if (state.status === 'loading' || status === 'loading') return renderSkeleton(t('loading'), lines);
    if (state.status === 'ready') return content(state.catalogue);
    if (!this.#own.active && this.#provided.fromProvider) return renderErrorView({ lang, t, message: t('error.catalogue-provider'), alert: false });
    return renderErrorView({
      lang,
      t,
      message: catalogueErrorMessage(t, state.code, state.url),
      problems: state.problems,
      ...(state.code === 'chunk-unavailable' && { onRetry: () => (this.#own.active ? this.#own.retry() : this.#provided.retry()) }),
    });
  }
}
