import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { normalisePersist, safeStorage, type PersistMode, type SafeStorage } from '../storage.js';

type Host = ReactiveControllerHost & HTMLElement & { persist: PersistMode };

/**
 * A widget's own persisted data (e.g. quick-scan answers) under one key. Reads and writes never
 * throw: when the browser refuses, the value lives on in memory, `failed` turns true and the
 * widget is told once so it can show a notice and emit `lio-error`.
 *
 * Follows the host's `persist` at once (before the next render): the value moves to the new place
 * and leaves the old one, so switching to `none` removes it from storage while this page keeps it
 * in memory.
 */
export class StorageController<T> implements ReactiveController {
  failed = false;
  #storage?: SafeStorage;
  #mode?: PersistMode;
  /** The value while `persist` is `none`, so switching to none loses nothing on this page. */
  #kept?: T;
  readonly #host: Host;
  readonly #key: string;
  readonly #onFailure: (error: unknown) => void;

  constructor(host: Host, key: string, onFailure: (error: unknown) => void = () => {}) {
    this.#host = host;
    this.#key = key;
    this.#onFailure = onFailure;
    host.addController(this);
  }

  hostConnected(): void {
    this.#backend();
  }

  hostUpdate(): void {
    this.#backend();
  }

  /** The stored value, or undefined when there is none or it is not JSON. */
  read(): T | undefined {
    const storage = this.#backend();
    return this.#mode === 'none' ? this.#kept : storage.read<T>(this.#key);
  }

  write(value: T): void {
    const storage = this.#backend();
    if (this.#mode === 'none') this.#kept = value;
    else storage.write(this.#key, value);
  }

  clear(): void {
    this.#kept = undefined;
    this.#backend().remove(this.#key);
  }

  #backend(): SafeStorage {
    const mode = normalisePersist(this.#host.persist);
    if (!this.#storage || this.#mode !== mode) {
      const previous = this.#storage;
      const value = previous && (this.#mode === 'none' ? this.#kept : previous.read<T>(this.#key));
      previous?.remove(this.#key);
      this.#mode = mode;
      this.#storage = safeStorage(mode, (error) => {
        if (this.failed) return;
        this.failed = true;
        this.#onFailure(error);
        this.#host.requestUpdate();
      });
      if (value !== undefined) this.write(value);
    }
    return this.#storage;
  }
}
