/**
 * How `<lio-catalogue>` merges the wording overrides it hands to the widgets inside it. Its own
 * module, not the kit's (`src/elements/messages/`): only the provider uses it, so the widgets'
 * shared runtime does not carry it.
 */
import { isRecord } from '../../src/core/records.js';
import type { MessageOverridesByTag } from '../../src/elements/messages/index.js';

/** Merge layers of overrides by tag (as given to `<lio-catalogue>`), later wins per key. */
export function mergeOverridesByTag(layers: readonly unknown[]): MessageOverridesByTag {
  const merged = Object.create(null) as Record<string, Record<string, Record<string, unknown>>>;
  for (const layer of layers) {
    if (!isRecord(layer)) continue;
    for (const [tag, byLang] of Object.entries(layer)) {
      if (!isRecord(byLang)) continue;
      const target = (merged[tag] ??= Object.create(null) as Record<string, Record<string, unknown>>);
      for (const [lang, messages] of Object.entries(byLang)) if (isRecord(messages)) target[lang] = { ...target[lang], ...messages };
    }
  }
  return merged as MessageOverridesByTag;
}
