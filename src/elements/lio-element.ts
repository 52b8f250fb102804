import { LitElement } from 'lit';
import type { LioEventMap } from './events.js';
import { VERSION } from './version.js';

type DetailOf<K extends keyof LioEventMap> = LioEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Base class of every lio-widgets element: a guarded `define()` and a typed `emit()`.
 *
 * Class files have no side effects; each element's `lio-x.ts` calls `define()`.
 */
export class LioElement extends LitElement {
  /** The lio-widgets version that defined this element. */
  static readonly version: string = VERSION;

  /**
   * Register `tagName` for this class. Safe to call repeatedly: nothing happens when the tag is
   * already taken by the same lio-widgets version (the bundle was loaded twice); when another
   * version holds it, one console warning explains which one wins. Never throws.
   */
  static define(tagName: string, elementClass: typeof LioElement = this): void {
    const existing = customElements.get(tagName) as (CustomElementConstructor & { version?: string }) | undefined;
    if (existing) {
      if (existing.version !== elementClass.version) {
        console.warn(
          `[lio-widgets] <${tagName}> is already defined by version ${existing.version ?? 'unknown'}; ` +
            `version ${elementClass.version} is not registered, the page keeps the first one.`,
        );
      }
      return;
    }
    try {
      // A subclass per tag lets one class back several tag names, and keeps `define` idempotent.
      // (Through a local alias, so the manifest analyzer does not list this generic call as an element.)
      const registry = customElements;
      registry.define(tagName, class extends elementClass {});
    } catch (error) {
      console.warn(`[lio-widgets] could not define <${tagName}>:`, error);
    }
  }

  /** Dispatch a typed, bubbling, composed `lio-*` event. */
  emit<K extends keyof LioEventMap>(name: K, detail: DetailOf<K>): LioEventMap[K] {
    const event = new CustomEvent(name, { bubbles: true, composed: true, detail }) as LioEventMap[K];
    this.dispatchEvent(event);
    return event;
  }
}
