/**
 * How `<lio-catalogue>` merges the wording overrides it hands to the widgets inside it. Its own
 * module, not the kit's (`src/elements/messages/`): only the provider uses it, so the widgets'
 * shared runtime does not carry it.
 */
import type { MessageOverridesByTag } from '../../src/elements/messages/index.js';

// Its own copy (as in the kit's overrides.ts): from workspace-data.ts it would make `<lio-catalogue>`
// load the page workspace's chunk, which it never uses.
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

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
