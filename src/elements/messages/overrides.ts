/**
 * A site's wording for a widget (message overrides) as applied: the inline script's, the
 * provider's and the widget's own, merged and checked. Loaded only by pages that give
 * overrides, with the widget's messages (see `LocalizeController`), so every other page's first
 * load goes without it. The checks that report mistakes (`check-overrides.ts`) load after it.
 */
import { parseJson } from '../../core/catalogue.js';
import type { Message } from '../../core/i18n.js';
import { LANGUAGES, type Lang } from '../../core/ids.js';
import { isRecord } from '../../core/records.js';
import { loadedMessages } from '../controllers/localize.js';
import type { LioElement } from '../lio-element.js';
import { sharedMessages, type MessageLoaders, type MessageOverridesByTag, type Translate, type UsableOverrides } from './index.js';

// This chunk imports at run time only what every widget's first load has (the JSON reading, the
// loaded and the shared messages), so that a bundler that splits shared code apart does not cut
// the widgets' first load in two for it.
/** Where the problems of the inline script's overrides are said to be. */
const INLINE_PATH = 'data-lio-messages';

/**
 * Merge layers of a site's overrides (later wins per key), keeping only what can be shown: known
 * languages, and values that are a text or plural forms with an `other` text. Unknown keys are
 * kept but never looked up; `check-overrides.ts` reports them.
 */
export function mergeOverrides(layers: readonly unknown[]): UsableOverrides {
  // Prototype-free maps: keys come from a site's JSON, and `__proto__` must stay a plain key.
  const merged: UsableOverrides = Object.create(null) as UsableOverrides;
  for (const layer of layers) {
    if (!isRecord(layer)) continue;
    for (const lang of LANGUAGES) {
      const messages = layer[lang];
      if (!isRecord(messages)) continue;
      for (const [key, value] of Object.entries(messages)) {
        if (typeof value === 'string' || (isRecord(value) && typeof value.other === 'string')) {
          (merged[lang] ??= Object.create(null) as Record<string, Message>)[key] = value as Message;
        }
      }
    }
  }
  return merged;
}

/** Where a widget's overrides come from: its `<lio-catalogue>`, an inline script child (its text), its own `messages`. */
export interface WordingSources {
  fromProvider: MessageOverridesByTag[string] | undefined;
  inline: string | undefined;
  own: unknown;
}

/** What the overrides read of the widget's messages (its `LocalizeController`), to know its keys. */
export interface WidgetMessages {
  readonly lang: Lang;
  readonly loaders?: MessageLoaders | undefined;
  readonly partLoaders?: MessageLoaders | undefined;
  loadPartMessages(): Promise<void>;
}

/**
 * One widget's overrides: recomputed when a source changes, and their mistakes reported once
 * (`lio-error`, `invalid-messages`) when the widget's keys are known.
 */
export class SiteWording {
  /** The overrides as used: by language, only values that can be shown. */
  overrides: UsableOverrides = {};
  /** The inputs the overrides were computed from, to recompute only on change. */
  #inputs: unknown[] = [];
  #reported = '';

  constructor(
    private readonly host: LioElement,
    private readonly t: Translate,
    /** Called when the checks cannot be loaded: the overrides apply all the same. */
    private readonly unchecked: (error: unknown) => void,
  ) {}

  /**
   * Recompute from `sources` (none: the site no longer overrides anything); the mistakes are
   * checked against every key of the widget's `messages`, once they are all loaded (checked again then).
   */
  update(sources: WordingSources | undefined, messages: WidgetMessages): void {
    const keys = sources ? this.#validKeys(messages) : undefined;
    const inputs = [sources?.fromProvider, sources?.inline, sources?.own, keys?.length];
    if (inputs.every((input, i) => input === this.#inputs[i])) return;
    this.#inputs = inputs;
    // The inline script's JSON (read only when its text changed); a syntax error is reported with the other mistakes.
    const inline = sources?.inline === undefined ? undefined : parseJson(sources.inline, INLINE_PATH);
    const inlineValue = inline?.ok ? inline.value : undefined;
    // Applied at once (what cannot be shown is left out); mistakes are reported below, lazily.
    this.overrides = mergeOverrides([sources?.fromProvider, inlineValue, sources?.own]);
    if (!sources) this.#reported = '';
    if (!sources || !keys) return;
    const { fromProvider, own } = sources;
    const tag = this.host.localName;
    const layers: Array<[unknown, string]> = [
      [fromProvider, `messages["${tag}"]`],
      [inlineValue, INLINE_PATH],
      [own, 'messages'],
    ];
    void import('./check-overrides.js').then(({ checkOverrides }) => {
      if (this.#inputs !== inputs) return;
      const problems = [...(inline?.ok === false ? inline.problems : []), ...layers.flatMap(([input, path]) => checkOverrides(input, keys, path).problems)];
      const key = problems.length ? JSON.stringify(problems) : '';
      if (key && key !== this.#reported) this.host.emit('lio-error', { code: 'invalid-messages', message: this.t('error.invalid-messages', { tag }), problems });
      this.#reported = key;
    }, this.unchecked);
  }

  /**
   * Every key the widget knows, once its messages (the first load's and the parts') are loaded in
   * its language; asks for the part messages when they are not, as checking the overrides needs them.
   */
  #validKeys(messages: WidgetMessages): string[] | undefined {
    const { lang, loaders, partLoaders } = messages;
    const first = loadedMessages(loaders, lang);
    const parts = loadedMessages(partLoaders, lang);
    if (partLoaders && !parts) void messages.loadPartMessages().catch(this.unchecked);
    if ((loaders && !first) || (partLoaders && !parts)) return undefined;
    return [...new Set([...Object.keys(sharedMessages.nl), ...Object.keys({ ...first, ...parts })])];
  }
}
