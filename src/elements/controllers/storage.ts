import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { safeStorage, type PersistMode, type SafeStorage } from '../storage.js';

type Host = ReactiveControllerHost & HTMLElement & { persist: PersistMode };

/**
 * A widget's own persisted data (e.g. quick-scan answers) under one key. Reads and writes never
 * throw: when the browser refuses, the value lives on in memory, `failed` turns true and the
 * widget is told once so it can show a notice and emit `lio-error`.
 */
export class StorageController<T> implements ReactiveController {
  failed = false;
  private storage?: SafeStorage;
  private mode?: PersistMode;

  constructor(
    private readonly host: Host,
    private readonly key: string,
    private readonly onFailure: (error: unknown) => void = () => {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.backend();
  }

  read(): T | undefined {
    return this.backend().read<T>(this.key);
  }

  write(value: T): void {
    this.backend().write(this.key, value);
  }

  clear(): void {
    this.backend().remove(this.key);
  }

  private backend(): SafeStorage {
    if (!this.storage || this.mode !== this.host.persist) {
      this.mode = this.host.persist;
      this.storage = safeStorage(this.mode, (error) => {
        if (this.failed) return;
        this.failed = true;
        this.onFailure(error);
        this.host.requestUpdate();
      });
    }
    return this.storage;
  }
}
