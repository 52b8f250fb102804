import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatMessage, resolveLanguage, type MessageParams, type Messages } from '../../core/i18n.js';
import type { Lang } from '../../core/ids.js';
import { problem } from '../../core/problems.js';
import { retryableImport } from '../chunks.js';
import { askProviderWhenDefined, closestComposed } from '../composed.js';
import type { LioElement } from '../lio-element.js';
import { INLINE_MESSAGES_SELECTOR, messagesContext, sharedMessages, type MessageLoaders, type MessageOverridesByTag, type SharedMessageKey, type Translate } from '../messages/index.js';
import type { SiteWording, WordingSources } from '../messages/overrides.js';

type Host = ReactiveControllerHost & LioElement;

/** Options of a localize controller. */
export interface LocalizeOptions {
  /** The widget's own messages, one lazily loaded module per language; none for shared messages only. */
  loaders?: MessageLoaders | undefined;
  /**
   * The messages only the widget's lazy parts show, one module per language, loaded with the first
   * part (`loadPartMessages`) rather than with the widget, so its first load stays smaller.
   */
  partLoaders?: MessageLoaders | undefined;
  /** The host's own overrides (its `messages` property); read before every update. */
  overrides?: () => unknown;
  /** Read an inline `<script type="application/json" data-lio-messages>` child as overrides (default true). */
  inline?: boolean;
}

/** The state of a widget's own messages in the current language. */
export type MessagesStatus = 'loading' | 'ready' | 'error';

/**
 * Loaded message modules, shared by every element of a kind (and kept when one fails). A pending
 * load is not kept here: the loaders share it, and ask again after a failure (`retryableImport`).
 */
const loaded = new WeakMap<() => Promise<{ default: Messages }>, Messages>();

/** Fetch a message module unless it is there (undefined then, or without a loader); the promise keeps it in `loaded`. */
function fetchMessages(loader: (() => Promise<{ default: Messages }>) | undefined): Promise<unknown> | undefined {
  return loader && !loaded.has(loader) ? loader().then((module) => loaded.set(loader, module.default)) : undefined;
}

/** A widget's loaded messages in `lang` from `loaders`, if they are there (a WeakMap answers undefined for a missing loader). */
export const loadedMessages = (loaders: MessageLoaders | undefined, lang: Lang): Messages | undefined => loaded.get(loaders?.[lang] as () => Promise<{ default: Messages }>);

/**
 * The text of an element's inline overrides (its `<script type="application/json"
 * data-lio-messages>` child), if it has one. Only the text: it is parsed where the overrides are
 * applied (overrides.ts, `<lio-catalogue>`), and only when it changed.
 */
export function inlineMessagesText(element: Element): string | undefined {
  return element.querySelector(INLINE_MESSAGES_SELECTOR)?.textContent ?? undefined;
}

/** Applying a site's overrides: one chunk, loaded with the messages of a widget that has overrides. */
const importWording = retryableImport(() => import('../messages/overrides.js'), import.meta.url);
let wordingModule: Awaited<ReturnType<typeof importWording>> | undefined;
/** Load the overrides module unless it is there (undefined then). */
const loadWording = (): Promise<unknown> | undefined => (wordingModule ? undefined : importWording().then((module) => (wordingModule = module)));

/** The overrides already apply; only the report of their mistakes is lost when the checks cannot load. */
export function warnUnchecked(error: unknown): void {
  console.warn('[lio-widgets] could not load the checks of the message overrides:', error);
}

/**
 * Resolves the element's language (nl default, en) from the element's `lang`, its nearest `[lang]`
 * ancestor, or the document, and re-renders when that attribute changes. Loads the widget's own
 * messages for that language only, and applies a site's overrides: from the nearest
 * `<lio-catalogue>` (its `messages` for this tag), an inline `<script type="application/json"
 * data-lio-messages>` child, and the host's `messages` property, the later winning. Unknown keys
 * in an override fire `lio-error` (`invalid-messages`) with the valid keys.
 *
 * Until `ready`, the widget shows its skeleton, so message keys never flash on screen.
 */
export class LocalizeController<K extends string = string> implements ReactiveController {
  /** The resolved language of the host. */
  lang: Lang = 'nl';
  /** Whether the widget's own messages for `lang` are loaded, or failed to load. */
  status: MessagesStatus = 'loading';
  private observer?: MutationObserver;
  /** The widget's own messages (`LocalizeOptions.loaders`). */
  readonly loaders?: MessageLoaders | undefined;
  /** The messages of the widget's lazy parts (`LocalizeOptions.partLoaders`). */
  readonly partLoaders?: MessageLoaders | undefined;
  /** A part asked for the part messages: a change of language loads them with the widget's own. */
  private partsWanted = false;
  private readonly ownOverrides?: (() => unknown) | undefined;
  private readonly inline: boolean;
  private readonly consumer: ContextConsumer<typeof messagesContext, Host>;
  private fromProvider?: MessageOverridesByTag | undefined;
  /** The site's overrides, once a source of them appeared and their module is loaded. */
  private wording?: SiteWording;

  constructor(
    private readonly host: Host,
    options: LocalizeOptions = {},
  ) {
    this.loaders = options.loaders;
    this.partLoaders = options.partLoaders;
    this.ownOverrides = options.overrides;
    this.inline = options.inline ?? true;
    this.consumer = new ContextConsumer(host, {
      context: messagesContext,
      subscribe: true,
      callback: (value) => {
        this.fromProvider = value;
        this.host.requestUpdate();
      },
    });
    host.addController(this);
  }

  hostConnected(): void {
    this.refresh();
    if (this.fromProvider === undefined && !customElements.get('lio-catalogue')) {
      askProviderWhenDefined(this.host, this.consumer, () => this.fromProvider !== undefined);
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /**
   * Translate a message key in the current language: the site's override, else the widget's
   * message (of its first load or of its parts), else the shared one (a key that exists nowhere is
   * returned as is). `params.count` picks the plural form through `Intl.PluralRules`.
   */
  t = (key: K, params?: MessageParams): string => {
    const lang = this.lang;
    const message = this.wording?.overrides[lang]?.[key] ?? loadedMessages(this.loaders, lang)?.[key] ?? loadedMessages(this.partLoaders, lang)?.[key] ?? sharedMessages[lang][key as unknown as SharedMessageKey] ?? key;
    return formatMessage(lang, message, params);
  };

  /** Whether the site overrides `key` in the current language (so a widget keeps the site's wording over its own choice). */
  overridden(key: K): boolean {
    return this.wording?.overrides[this.lang]?.[key] !== undefined;
  }

  /**
   * Load the messages of the widget's lazy parts in the current language (and, from then on, in
   * any language the widget switches to, before it shows again). A part's loader waits for this
   * with its chunk; a failure rejects, so the part fails the same way (quiet when fetched ahead,
   * the error view with a retry when the visitor waits) and the next call tries again.
   */
  loadPartMessages(): Promise<void> {
    this.partsWanted = true;
    return fetchMessages(this.partLoaders?.[this.lang])?.then(() => this.host.requestUpdate()) ?? Promise.resolve();
  }

  /** Load the widget's messages again after a failure (e.g. from the error view's retry button). */
  retry(): void {
    if (this.status === 'error') this.loadMessages();
  }

  private refresh = (): void => {
    // The nearest `lang`: the element's own, or an ancestor's (across shadow roots).
    const source = closestComposed(this.host, (element) => element.hasAttribute('lang'));
    const lang = resolveLanguage(source?.getAttribute('lang'), document.documentElement.lang);
    // Watch the element that decides the language, and the host itself in case it gains `lang`.
    this.observer?.disconnect();
    this.observer ??= new MutationObserver(this.refresh);
    for (const element of [this.host, source]) if (element) this.observer.observe(element, { attributes: true, attributeFilter: ['lang'] });
    if (lang !== this.lang || this.status !== 'ready') {
      this.lang = lang;
      this.loadMessages();
      this.host.requestUpdate();
    }
  };

  private loadMessages(): void {
    const lang = this.lang;
    // The part messages too once a part has asked for them, and the overrides' module when the
    // site gives overrides: neither a part nor a widget with the site's wording ever shows a key.
    const loads = [fetchMessages(this.loaders?.[lang]), this.partsWanted && fetchMessages(this.partLoaders?.[lang]), this.wordingSources() && loadWording()].filter(Boolean);
    this.status = loads.length ? 'loading' : 'ready';
    if (!loads.length) return;
    Promise.all(loads).then(
      () => {
        if (this.lang !== lang) return;
        this.status = 'ready';
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (this.lang !== lang) return;
        this.status = 'error';
        this.host.emit('lio-error', { code: 'messages-unavailable', message: this.t('error.messages-unavailable' as K), problems: [problem('', 'fetch-failed', error instanceof Error ? error.message : String(error))] });
        this.host.requestUpdate();
      },
    );
  }

  /** Where the site overrides this widget's texts, if anywhere (checked before every update, so cheaply). */
  private wordingSources(): WordingSources | undefined {
    const fromProvider = this.fromProvider?.[this.host.localName];
    const inline = this.inline ? inlineMessagesText(this.host) : undefined;
    const own = this.ownOverrides?.();
    return fromProvider !== undefined || inline !== undefined || own !== undefined ? { fromProvider, inline, own } : undefined;
  }

  /**
   * Apply the site's overrides when one of their sources changed, and report their mistakes. The
   * module that does so is loaded the first time a source appears, as part of the messages: the
   * widget shows its skeleton until it is there, so the site's wording never follows the default.
   */
  hostUpdate(): void {
    const sources = this.wordingSources();
    if (sources && !wordingModule) {
      if (this.status === 'ready') this.loadMessages();
      return;
    }
    if (sources || this.wording) (this.wording ??= new wordingModule!.SiteWording(this.host, this.t as Translate, warnUnchecked)).update(sources, this);
  }
}
