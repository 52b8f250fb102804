import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '../../core/ids.js';
import { askProviderWhenDefined } from '../composed.js';
import { catalogueContext, type CatalogueState } from '../context.js';
import { loadDefaultCatalogue, settleCatalogue } from '../default-catalogue.js';
import type { LioElement } from '../lio-element.js';
import type { LocalizeController } from './localize.js';

type Host = ReactiveControllerHost & LioElement;

/**
 * Gives a widget its catalogue: from the nearest `<lio-catalogue>` (through context), or, when
 * the widget stands alone, the built-in default in the widget's language.
 */
export class CatalogueController implements ReactiveController {
  state: CatalogueState = { status: 'loading' };
  private readonly consumer: ContextConsumer<typeof catalogueContext, Host>;
  /** True when the catalogue comes from a `<lio-catalogue>` (which shows its own errors). */
  fromProvider = false;
  private defaultLang?: Lang;
  private connected = false;

  constructor(
    private readonly host: Host,
    private readonly localize: LocalizeController,
  ) {
    this.consumer = new ContextConsumer(host, {
      context: catalogueContext,
      subscribe: true,
      callback: (value) => {
        this.fromProvider = true;
        this.set(value);
      },
    });
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    // The consumer asked during its own hostConnected (it was added first); no answer yet means
    // either no provider, or a provider element that is not upgraded yet.
    if (!this.fromProvider && !askProviderWhenDefined(this.host, this.consumer, () => this.fromProvider)) this.loadDefault();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.fromProvider = false;
  }

  hostUpdate(): void {
    // A standalone widget follows its language: the default catalogue comes per language.
    if (!this.fromProvider && this.connected && this.defaultLang !== undefined && this.defaultLang !== this.localize.lang) {
      this.loadDefault();
    }
  }

  /**
   * Load the built-in catalogue again after its chunk could not be loaded (`chunk-unavailable`);
   * for the error view's retry button. Does nothing while a provider supplies the catalogue.
   */
  retry(): void {
    if (this.connected && !this.fromProvider) this.loadDefault();
  }

  private loadDefault(): void {
    const lang = this.localize.lang;
    this.defaultLang = lang;
    if (this.state.status === 'error') this.set({ status: 'loading' });
    // A chunk that could not be loaded: the widget shows the error view with a retry, and the host hears about it.
    void settleCatalogue(loadDefaultCatalogue(lang)).then((state) => {
      if (this.fromProvider || this.defaultLang !== lang) return;
      this.set(state);
      if (state.status === 'error' && state.code === 'chunk-unavailable') {
        this.host.emit('lio-error', { code: 'chunk-unavailable', message: this.localize.t('error.chunk-unavailable'), problems: [] });
      }
    });
  }

  private set(state: CatalogueState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
