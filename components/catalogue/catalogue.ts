import { ContextProvider } from '@lit/context';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { parseJson, type Catalogue } from '../../src/core/catalogue.js';
import type { CatalogueSource } from '../../src/core/schema.js';
import { problem, type Problem } from '../../src/core/problems.js';
import { checkInteger, invalidAttributeMessage, type IntegerRange } from '../../src/elements/attributes.js';
import { catalogueContext, type CatalogueState } from '../../src/elements/context.js';
import { LocalizeController, inlineMessagesText, warnUnchecked } from '../../src/elements/controllers/localize.js';
import { buildCatalogueInput, loadDefaultCatalogue } from '../../src/elements/default-catalogue.js';
import type { LioErrorCode } from '../../src/elements/events.js';
import { LioElement } from '../../src/elements/lio-element.js';
import { messagesContext, type MessageOverridesByTag } from '../../src/elements/messages/index.js';
import { sharedStyles } from '../../src/elements/styles/base.js';
import { catalogueErrorMessage, renderErrorView } from '../../src/elements/views/error-view.js';
import styles from './catalogue.styles.js';
import { mergeOverridesByTag } from './message-overrides.js';
import type { CatalogueOrigin } from './events.js';

/** Failures that may pass when tried again (network, slow server, a chunk after a redeploy): the error view offers a retry. */
const RETRYABLE: readonly LioErrorCode[] = ['catalogue-unreachable', 'catalogue-timeout', 'chunk-unavailable'];

/** Default time to wait for a `src` URL before giving up, in milliseconds. */
export const DEFAULT_TIMEOUT = 10_000;

/** Whole milliseconds from 1 to the largest delay `setTimeout` keeps (larger ones fire at once). */
export const TIMEOUT_RANGE: IntegerRange = { min: 1, max: 2_147_483_647 };

/**
 * Provides one catalogue to every lio-widgets element inside it.
 *
 * The catalogue comes from, in this order: the `catalogue` property, the `src` URL, an inline
 * `<script type="application/json">` child, or the built-in default. A catalogue with
 * `"extends": "default"` adds, overrides or removes interventions of the default; any other
 * catalogue replaces it. Invalid or unreachable catalogues show a translated error listing each
 * problem (with a retry button for URLs) and fire `lio-error`; nested widgets keep waiting.
 * An invalid `timeout` (not a whole number from 1 to 2147483647) shows the error view and fires
 * `lio-error` with code `invalid-attribute` instead of loading.
 *
 * @summary Provides the LIO catalogue (default, URL, inline JSON or property) to nested widgets.
 * @tagname lio-catalogue
 *
 * @slot - The widgets that use this catalogue, optionally one `<script type="application/json">` holding the catalogue, and optionally one `<script type="application/json" data-lio-messages>` holding wording overrides by tag.
 *
 * @event {CustomEvent<LioCatalogueReadyDetail>} lio-catalogue-ready - The catalogue is loaded, valid and provided; `detail.catalogue`, `detail.origin`, `detail.lang`.
 * @event {CustomEvent<LioErrorDetail>} lio-error - Loading or validation failed, or `messages` is malformed (`invalid-messages`); `detail.code`, `detail.message`, `detail.problems` (`path`, `code`, `message`), `detail.url`.
 *
 * @csspart error - The error view.
 * @csspart error-problems - The list of validation problems in the error view.
 * @csspart retry - The retry button in the error view.
 *
 * @cssproperty --lio-color-danger - Border colour of the error view.
 * @cssproperty --lio-color-danger-surface - Background of the error view.
 */
export class LioCatalogue extends LioElement {
  static override styles = [sharedStyles, styles];

  // Declared here rather than by decorators: the decorator helpers would ship with every element.
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    timeout: { type: Number },
    theme: { reflect: true },
    catalogue: { attribute: false },
    messages: { attribute: false },
  };

  /** URL of a catalogue JSON file (fetched without credentials beyond the browser's defaults, with a timeout). */
  src?: string;

  /** Milliseconds to wait for `src` before showing a timeout error: a whole number from 1 to 2147483647. */
  timeout = DEFAULT_TIMEOUT;

  /** Colour scheme of the error view: `light` (default), `dark`, or `auto` (follows the system). */
  theme: 'light' | 'dark' | 'auto' = 'light';

  /**
   * A catalogue object (the JSON format, `CatalogueSource`: a full catalogue or one that `extends`
   * the default); takes precedence over `src` and inline JSON. Checked at run time like any other
   * source: an invalid object shows the error view and fires `lio-error`.
   */
  catalogue?: CatalogueSource;

  /**
   * The site's own wording for the widgets inside, by tag name and language:
   * `{ 'lio-intervention-finder': { nl: { 'finder.title': 'Maatregelen zoeken' } } }`; the key
   * `lio-catalogue` words this element's own error view. Also possible as an inline
   * `<script type="application/json" data-lio-messages>` child (the property wins per key). Each
   * widget checks its part and fires `lio-error` (`invalid-messages`) for unknown keys.
   */
  messages?: MessageOverridesByTag;

  /** The current state: `loading`, `ready` (with `catalogue`) or `error` (with `problems`). */
  get state(): CatalogueState {
    return this.current;
  }

  /** The loaded catalogue, or undefined while loading or after an error. */
  get value(): Catalogue | undefined {
    return this.current.status === 'ready' ? this.current.catalogue : undefined;
  }

  private readonly localize = new LocalizeController(this, { inline: false, overrides: () => this.messageProvider.value?.['lio-catalogue'] });
  private readonly messageProvider = new ContextProvider(this, { context: messagesContext, initialValue: undefined });
  /** The inline script's text and the `messages` property last handed on; none before the first time. */
  private messageSources?: unknown[];
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
    this.provideMessages();
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

    const timeout = checkInteger(this, 'timeout', this.timeout, TIMEOUT_RANGE);
    if (!timeout.ok) return this.fail('invalid-attribute', [timeout.problem]);

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
      const inline = this.querySelector(':scope > script[type="application/json"]:not([data-lio-messages])');
      if (inline) {
        origin = 'inline';
        const parsed = parseJson(inline.textContent ?? '');
        if (!parsed.ok) return this.fail('catalogue-invalid', parsed.problems);
        input = parsed.value;
      }
    }

    let result: Awaited<ReturnType<typeof loadDefaultCatalogue>>;
    try {
      // The schema library is only needed for custom catalogues: buildCatalogueInput loads it on demand.
      result = input === undefined ? await loadDefaultCatalogue(lang) : await buildCatalogueInput(input, lang);
    } catch {
      // A lazy chunk failed (network, or a redeploy renamed it): the error view offers a retry.
      if (generation === this.generation) this.fail('chunk-unavailable', []);
      return;
    }
    if (generation !== this.generation) return;
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

  /** Hand the wording overrides (inline, then the property) to the widgets inside; report a malformed shape. */
  private provideMessages(): void {
    const text = inlineMessagesText(this);
    const own = this.messages;
    const sources = [text, own];
    const previous = this.messageSources;
    if (previous && sources.every((source, i) => source === previous[i])) return;
    this.messageSources = sources;
    // The inline script's JSON, read again only when its text changed.
    const parsed = text === undefined ? undefined : parseJson(text, 'data-lio-messages');
    const inline = { value: parsed?.ok ? parsed.value : undefined, problems: parsed?.ok === false ? parsed.problems : [] };
    this.messageProvider.setValue(mergeOverridesByTag([inline.value, own]));
    if (inline.value === undefined && !inline.problems.length && own === undefined) return;
    // The keys inside are checked by each widget; here only the shape, with the checks loaded on demand.
    void import('../../src/elements/messages/check-overrides.js').then(({ checkOverridesByTag }) => {
      if (this.messageSources !== sources) return;
      const problems = [...inline.problems, ...checkOverridesByTag(inline.value, 'data-lio-messages').problems, ...checkOverridesByTag(own, 'messages').problems];
      if (problems.length) this.emit('lio-error', { code: 'invalid-messages', message: this.localize.t('error.invalid-messages', { tag: this.localName }), problems });
    }, warnUnchecked);
  }

  private fail(code: LioErrorCode, problems: Problem[], url?: string): void {
    this.setState(url === undefined ? { status: 'error', code, problems } : { status: 'error', code, problems, url });
    this.emit('lio-error', { code, message: this.errorMessage(code, problems, url), problems, ...(url === undefined ? {} : { url }) });
  }

  private errorMessage(code: LioErrorCode, problems: readonly Problem[], url?: string): string {
    if (code === 'invalid-attribute') return invalidAttributeMessage(this.localize.t, problems);
    return catalogueErrorMessage(this.localize.t, code, url);
  }

  private setState(state: CatalogueState): void {
    this.current = state;
    this.provider.setValue(state);
    this.requestUpdate();
  }

  protected override render() {
    const state = this.current;
    const retry =
      state.status === 'error' && RETRYABLE.includes(state.code) ? () => void this.reload() : undefined;
    return html`${state.status === 'error'
        ? renderErrorView({
            lang: this.localize.lang,
            t: this.localize.t,
            message: this.errorMessage(state.code, state.problems, state.url),
            problems: state.problems,
            ...(retry ? { onRetry: retry } : {}),
          })
        : nothing}<slot></slot>`;
  }
}
