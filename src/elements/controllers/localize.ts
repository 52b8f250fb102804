import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLanguage, translate, type MessageKey, type MessageParams } from '../../core/i18n.js';
import type { Lang } from '../../core/ids.js';

type Host = ReactiveControllerHost & HTMLElement;

/** The nearest `lang` attribute: the element's own, an ancestor's (across shadow roots), or the document's. */
function nearestLangElement(start: Element): Element | null {
  let node: Node | null = start;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

/**
 * Resolves the element's language (nl default, en) from the element's `lang`, its nearest `[lang]`
 * ancestor, or the document, and re-renders when that attribute changes.
 */
export class LocalizeController implements ReactiveController {
  lang: Lang = 'nl';
  private observer?: MutationObserver;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.refresh();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** Translate a message key in the current language. */
  t(key: MessageKey, params?: MessageParams): string {
    return translate(this.lang, key, params);
  }

  private refresh = (): void => {
    const source = nearestLangElement(this.host);
    const lang = resolveLanguage(source?.getAttribute('lang'), document.documentElement.lang);
    // Watch the element that decides the language, and the host itself in case it gains `lang`.
    this.observer?.disconnect();
    this.observer ??= new MutationObserver(this.refresh);
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    if (source && source !== this.host) this.observer.observe(source, { attributes: true, attributeFilter: ['lang'] });
    if (lang !== this.lang) {
      this.lang = lang;
      this.host.requestUpdate();
    }
  };
}
