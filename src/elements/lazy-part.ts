import type { ReactiveControllerHost } from 'lit';

/** What a {@link LazyPartController} needs to know about its part. */
export interface LazyPartOptions<T> {
  /**
   * Fetch the part: a `retryableImport` (chunks.ts), or one followed by what the part needs on
   * arrival (its rules adopted, its objects made). A rejection is a failed load.
   */
  load: () => Promise<T>;
  /** A load failed while the visitor waited for it: the host fires `lio-error` (`chunk-unavailable`). */
  onFailed: () => void;
  /**
   * Whether the visitor waits for the part now (an item is open, something is picked). Given, every
   * load is one a visitor may wait for: it clears `failed` as it starts (the error view makes way
   * for the busy state) and a failure with the visitor waiting is reported. Without it, only
   * `run` waits and reports.
   */
  waiting?: () => boolean;
}

/**
 * A part of a widget in a chunk of its own: fetched when the browser is idle (`preload`), when the
 * pointer or focus nears the controls that need it (`load`), and by a click that needs it (`run`,
 * which waits for it). A load fetched ahead that fails is quiet and the next use tries again (the
 * chunk under a new URL, see `retryableImport`); a load the visitor waits for that fails sets
 * `failed` (the host shows the shared error view with a retry in the part's place) and calls
 * `onFailed`. The host's `getUpdateComplete` waits for `pending` (or `loading` while the visitor
 * waits), so what shows after `updateComplete` is the outcome.
 */
export class LazyPartController<T> {
  /** The part, once loaded. */
  part?: T;
  /** The load while it runs (never rejects). */
  loading?: Promise<T | undefined>;
  /** What a click asked for (`run`), while it runs (never rejects). */
  pending?: Promise<unknown>;
  /** The last load the visitor waited for failed (cleared when it is tried again). */
  failed = false;
  #preloading = false;
  readonly #host: ReactiveControllerHost;
  readonly #options: LazyPartOptions<T>;

  constructor(host: ReactiveControllerHost, options: LazyPartOptions<T>) {
    this.#host = host;
    this.#options = options;
  }

  /** Load the part once the browser is idle (where it cannot say, as in Safari, just after the next paint); once. */
  preload(): void {
    if (this.#preloading) return;
    this.#preloading = true;
    const load = () => void this.load();
    if ('requestIdleCallback' in window) requestIdleCallback(load);
    else requestAnimationFrame(() => setTimeout(load));
  }

  /** The part, loading it unless it is there or on its way; `undefined` when the load failed. Updates the host when a load ends. */
  load(): Promise<T | undefined> {
    if (this.part) return Promise.resolve(this.part);
    const { waiting, onFailed } = this.#options;
    if (!this.loading && waiting) this.failed = false;
    this.loading ??= this.#options
      .load()
      .then(
        (part) => {
          // A part that is there has not failed: a stale error view goes, also after a load fetched ahead.
          this.failed = false;
          return (this.part = part);
        },
        () => {
          if (waiting?.()) {
            this.failed = true;
            onFailed();
          }
          return undefined;
        },
      )
      .finally(() => {
        this.loading = undefined;
        this.#host.requestUpdate();
      });
    return this.loading;
  }

  /** Run `action` with the part, waiting for it first if needed; a failed load sets `failed` and calls `onFailed`. */
  run(action: (part: T) => unknown): Promise<unknown> {
    this.failed = false;
    this.#host.requestUpdate();
    const pending: Promise<unknown> = this.load()
      .then((part) => {
        if (part) return action(part);
        if (this.failed) return;
        this.failed = true;
        this.#host.requestUpdate();
        this.#options.onFailed();
      })
      .finally(() => {
        if (this.pending === pending) this.pending = undefined;
      });
    this.pending = pending;
    return pending;
  }
}
