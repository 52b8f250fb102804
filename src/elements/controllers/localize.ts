import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLanguage, translate, type MessageKey, type MessageParams } from '../../core/i18n.js';
import type { Lang } from '../../core/ids.js';
import { closestComposed } from '../composed.js';

type Host = ReactiveControllerHost & HTMLElement;

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
    // The nearest `lang`: the element's own, or an ancestor's (across shadow roots).
    const source = closestComposed(this.host, (element) => element.hasAttribute('lang'));
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
