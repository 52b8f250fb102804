import { ContextProvider } from '@lit/context';
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { buildCatalogue, parseJson, type Catalogue } from '../../src/core/catalogue.js';
import { problem, type Problem } from '../../src/core/problems.js';
import { catalogueContext, type CatalogueState } from '../../src/elements/context.js';
import { LocalizeController } from '../../src/elements/controllers/localize.js';
import { loadDefaultCatalogue } from '../../src/elements/default-catalogue.js';
import type { CatalogueOrigin, LioErrorCode } from '../../src/elements/events.js';
import { LioElement } from '../../src/elements/lio-element.js';
import { retryableImport } from '../../src/elements/chunks.js';
import { baseStyles } from '../../src/elements/styles/base.js';
import { catalogueErrorMessage, renderErrorView } from '../../src/elements/views/error-view.js';
import styles from './catalogue.styles.js';

// The schema library is only needed for custom catalogues: loaded on demand, retried after a failure.
const loadValidator = retryableImport(() => import('../../src/core/validate.js'), import.meta.url);

/** Default time to wait for a `src` URL before giving up, in milliseconds. */
export const DEFAULT_TIMEOUT = 10_000;

/**
 * Provides one catalogue to every lio-widgets element inside it.
 *
 * The catalogue comes from, in this order: the `catalogue` property, the `src` URL, an inline
 * `<script type="application/json">` child, or the built-in default. A catalogue with
 * `"extends": "default"` adds, overrides or removes interventions of the default; any other
 * catalogue replaces it. Invalid or unreachable catalogues show a translated error listing each
 * problem (with a retry button for URLs) and fire `lio-error`; nested widgets keep waiting.
 *
 * @summary Provides the LIO catalogue (default, URL, inline JSON or property) to nested widgets.
 * @tagname lio-catalogue
 *
 * @slot - The widgets that use this catalogue, and optionally one `<script type="application/json">` holding the catalogue.
 *
 * @event {CustomEvent<LioCatalogueReadyDetail>} lio-catalogue-ready - The catalogue is loaded, valid and provided; `detail.catalogue`, `detail.origin`, `detail.lang`.
 * @event {CustomEvent<LioErrorDetail>} lio-error - Loading or validation failed; `detail.code`, `detail.message`, `detail.problems` (`path`, `code`, `message`), `detail.url`.
 *
 * @csspart error - The error view.
 * @csspart error-problems - The list of validation problems in the error view.
 * @csspart retry - The retry button in the error view.
 *
 * @cssproperty --lio-color-danger - Border colour of the error view.
 * @cssproperty --lio-color-danger-surface - Background of the error view.
 */
export class LioCatalogue extends LioElement {
  static override styles = [baseStyles, styles];

  /** URL of a catalogue JSON file (fetched without credentials beyond the browser's defaults, with a timeout). */
  @property({ reflect: true }) src?: string;

  /** Milliseconds to wait for `src` before showing a timeout error. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT;

  /** Colour scheme of the error view: `light` (default), `dark`, or `auto` (follows the system). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  /** A catalogue object (the JSON format); takes precedence over `src` and inline JSON. */
  @property({ attribute: false }) catalogue?: unknown;

  /** The current state: `loading`, `ready` (with `catalogue`) or `error` (with `problems`). */
  get state(): CatalogueState {
    return this.current;
  }

  /** The loaded catalogue, or undefined while loading or after an error. */
  get value(): Catalogue | undefined {
    return this.current.status === 'ready' ? this.current.catalogue : undefined;
  }

  private readonly localize = new LocalizeController(this);
  private readonly provider = new ContextProvider(this, {
    context: catalogueContext,
    initialValue: { status: 'loading' },
  });
  private current: CatalogueState = { status: 'loading' };
  private generation = 0;
  private abort?: AbortController;
  private loadedLang?: string;

  /** Load again from the same source (e.g. after a network failure). */
  reload(): Promise<void> {
    return this.load();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A load cut short by an earlier disconnect starts again.
    if (this.hasUpdated && this.loadedLang === undefined) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.current.status !== 'loading') return;
    // Stop a pending fetch; nothing of it may land on a detached element.
    this.generation++;
    this.abort?.abort();
    this.abort = undefined;
    this.loadedLang = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('catalogue') || changed.has('timeout') || this.loadedLang !== this.localize.lang) {
      void this.load();
    }
  }

  private async load(): Promise<void> {
    const generation = ++this.generation;
    const lang = this.localize.lang;
    this.loadedLang = lang;
    this.abort?.abort();
    this.abort = undefined;
    this.setState({ status: 'loading' });

    let origin: CatalogueOrigin = 'default';
    let input: unknown;
    if (this.catalogue !== undefined) {
      origin = 'property';
      input = this.catalogue;
    } else if (this.src) {
      origin = 'src';
      const fetched = await this.fetchSource(this.src);
      if (generation !== this.generation) return;
      if (!fetched.ok) return this.fail(fetched.code, fetched.problems, this.src);
      input = fetched.value;
    } else {
      const inline = this.querySelector(':scope > script[type="application/json"]');
      if (inline) {
        origin = 'inline';
        const parsed = parseJson(inline.textContent ?? '');
        if (!parsed.ok) return this.fail('catalogue-invalid', parsed.problems);
        input = parsed.value;
      }
    }

    let base: Awaited<ReturnType<typeof loadDefaultCatalogue>>;
    let validator: Awaited<ReturnType<typeof loadValidator>> | undefined;
    try {
      [base, validator] = await Promise.all([loadDefaultCatalogue(lang), input === undefined ? undefined : loadValidator()]);
    } catch {
      // A lazy chunk failed (network, or a redeploy renamed it): the error view offers a retry.
      if (generation === this.generation) this.fail('chunk-unavailable', []);
      return;
    }
    if (generation !== this.generation) return;
    let result = base;
    if (input !== undefined && validator) {
      const { parseCatalogueSource } = validator;
      const source = parseCatalogueSource(input);
      if (!source.ok) return this.fail('catalogue-invalid', source.problems, origin === 'src' ? this.src : undefined);
      result = buildCatalogue(source.value, base.ok ? base.value : undefined);
    }
    if (!result.ok) return this.fail('catalogue-invalid', result.problems, origin === 'src' ? this.src : undefined);
    this.setState({ status: 'ready', catalogue: result.value });
    this.emit('lio-catalogue-ready', { catalogue: result.value, origin, lang });
  }

  private async fetchSource(url: string): Promise<{ ok: true; value: unknown } | { ok: false; code: LioErrorCode; problems: Problem[] }> {
    const abort = new AbortController();
    this.abort = abort;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, this.timeout);
    try {
      const response = await fetch(new URL(url, document.baseURI), { signal: abort.signal, headers: { Accept: 'application/json' } });
      if (!response.ok) {
        return { ok: false, code: 'catalogue-unreachable', problems: [problem('', 'fetch-failed', `HTTP ${response.status} ${response.statusText}`.trim())] };
      }
      const parsed = parseJson(await response.text());
      return parsed.ok ? parsed : { ok: false, code: 'catalogue-invalid', problems: parsed.problems };
    } catch (error) {
      if (timedOut) return { ok: false, code: 'catalogue-timeout', problems: [problem('', 'fetch-timeout', `no answer within ${this.timeout} ms`)] };
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, code: 'catalogue-unreachable', problems: [problem('', 'fetch-failed', detail)] };
    } finally {
      clearTimeout(timer);
      if (this.abort === abort) this.abort = undefined;
    }
  }

  private fail(code: LioErrorCode, problems: Problem[], url?: string): void {
    this.setState(url === undefined ? { status: 'error', code, problems } : { status: 'error', code, problems, url });
    this.emit('lio-error', { code, message: this.errorMessage(code, url), problems, ...(url === undefined ? {} : { url }) });
  }

  private errorMessage(code: LioErrorCode, url?: string): string {
    return catalogueErrorMessage(this.localize.lang, code, url);
  }

  private setState(state: CatalogueState): void {
    this.current = state;
    this.provider.setValue(state);
    this.requestUpdate();
  }

  protected override render() {
    const state = this.current;
    const retry = state.status === 'error' && state.code !== 'catalogue-invalid' ? () => void this.reload() : undefined;
    return html`${state.status === 'error'
        ? renderErrorView({
            lang: this.localize.lang,
            message: this.errorMessage(state.code, state.url),
            problems: state.problems,
            ...(retry ? { onRetry: retry } : {}),
          })
        : nothing}<slot></slot>`;
  }
}
