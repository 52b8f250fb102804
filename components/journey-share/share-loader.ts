import type { ReactiveControllerHost } from 'lit';
import { retryableImport } from '../../src/elements/chunks.js';

/**
 * The part that reads files and links and makes links (src/core/journey/journey-io.ts): a chunk loaded on
 * first use, asked for again under a fresh URL after a failure. Not needed to show the buttons and
 * what the workspace holds, so it stays out of the first load: fetched when the browser is idle,
 * when the pointer or focus reaches the buttons, or by a link on page load.
 */
const loadSharePart = retryableImport(() => import('../../src/core/journey/journey-io.js'), import.meta.url);

/** The loaded part. */
export type SharePart = Awaited<ReturnType<typeof loadSharePart>>;

/**
 * Loads the element's second part (src/core/journey/journey-io.ts). A button pressed before the part is there
 * waits for it; a part that cannot be loaded then shows the shared error view with a retry and
 * fires `lio-error` (`chunk-unavailable`), and nothing changes.
 */
export class ShareLoader {
  /** The part, once loaded. */
  part?: SharePart;
  /** What a click asked for, while it runs (never rejects): `updateComplete` waits for it. */
  pending?: Promise<unknown>;
  /** The last load failed while the visitor waited for it (cleared when tried again). */
  failed = false;
  #preloading = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onFailure: () => void,
  ) {}

  /** Load the part once the browser is idle (where it cannot say, as in Safari, just after the next paint). */
  preload(): void {
    if (this.#preloading) return;
    this.#preloading = true;
    const load = () => void this.load();
    if ('requestIdleCallback' in window) requestIdleCallback(load);
    else requestAnimationFrame(() => setTimeout(load));
  }

  /** Load the part unless it is there; a load fetched ahead that fails is quiet, the next use tries again. */
  async load(): Promise<SharePart | undefined> {
    if (this.part) return this.part;
    try {
      this.part = await loadSharePart();
      return this.part;
    } catch {
      return undefined;
    }
  }

  /** Run `action` with the part, loading it first if needed; a failed load shows the error view and fires `lio-error`. */
  run(action: (part: SharePart) => unknown): Promise<unknown> {
    this.failed = false;
    this.host.requestUpdate();
    const pending: Promise<unknown> = this.load()
      .then((part) => {
        if (part) return action(part);
        this.failed = true;
        this.host.requestUpdate();
        this.onFailure();
      })
      .finally(() => {
        if (this.pending === pending) this.pending = undefined;
      });
    this.pending = pending;
    return pending;
  }
}
