import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PersistMode } from '../storage.js';
import { getWorkspace, type ListSliceName, type Workspace, type WorkspacePatch, type WorkspaceSlices, type WorkspaceState } from '../workspace.js';

type Host = ReactiveControllerHost &
  HTMLElement & {
    /** Workspace name; widgets with the same name share state. */
    workspace: string;
    persist: PersistMode;
  };

const EMPTY: WorkspaceState = Object.freeze({});

/**
 * Connects a widget to its page workspace while it is connected; re-renders on every change,
 * including changes made by other widgets and other tabs. Follows the `workspace` and `persist`
 * properties at once. While the widget is disconnected, `state` is empty and changes are ignored.
 */
export class WorkspaceController implements ReactiveController {
  #workspace?: Workspace;
  #leave?: () => void;
  #joinedPersist?: PersistMode;
  readonly #host: Host;
  readonly #onStorageFailure: (error: unknown) => void;
  /** True once storage refused a write or read; widgets show a notice, nothing is lost. */
  storageFailed = false;

  constructor(host: Host, onStorageFailure: (error: unknown) => void = () => {}) {
    this.#host = host;
    this.#onStorageFailure = onStorageFailure;
    host.addController(this);
  }

  /** The checked, frozen workspace state; every slice is valid or absent. */
  get state(): WorkspaceState {
    return this.#workspace?.snapshot ?? EMPTY;
  }

  /** Set (or with `undefined` clear) a value slice, e.g. `set('focus', { factor })`. */
  set<K extends keyof WorkspaceSlices>(name: K, value: WorkspaceSlices[K] | undefined): void {
    this.#workspace?.set(name, value);
  }

  /** Add an id to a list slice, e.g. `add('shortlist', id)`; merges with changes made elsewhere at the same time. */
  add(name: ListSliceName, id: string): void {
    this.#workspace?.add(name, id);
  }

  /** Remove an id from a list slice. */
  remove(name: ListSliceName, id: string): void {
    this.#workspace?.remove(name, id);
  }

  /** Replace old ids in a list slice by their new ones, each in its old place, e.g. `rename('shortlist', catalogue.aliases)`. */
  rename(name: ListSliceName, renames: ReadonlyMap<string, string>): void {
    this.#workspace?.rename(name, renames);
  }

  /** Replace several slices at once, also slices whose widget is not on the page (see `Workspace.replace`); throws, changing nothing, for a refused value. */
  replace(values: Readonly<Record<string, unknown>>, versions: Readonly<Record<string, number>>): void {
    this.#workspace?.replace(values, versions);
  }

  /** Apply a partial state (see `Workspace.update`); prefer `set`, `add` and `remove`. */
  update(patch: WorkspacePatch): void {
    this.#workspace?.update(patch);
  }

  hostConnected(): void {
    this.#join();
  }

  hostDisconnected(): void {
    this.#leave?.();
    this.#workspace = undefined;
  }

  hostUpdate(): void {
    if (!this.#workspace) return;
    if (this.#workspace.name !== (this.#host.workspace || 'default')) {
      this.hostDisconnected();
      this.#join();
    } else if (this.#joinedPersist !== this.#host.persist) {
      // Privacy wins at once, before the next render, not on the next join.
      this.#joinedPersist = this.#host.persist;
      this.#workspace.reconcile();
    }
  }

  #join(): void {
    const host = this.#host;
    this.#workspace = getWorkspace(host.workspace || 'default');
    this.#joinedPersist = host.persist;
    this.#leave = this.#workspace.join({
      get persist() {
        return host.persist;
      },
      onChange: () => host.requestUpdate(),
      onStorageFailure: (error) => {
        if (this.storageFailed) return;
        this.storageFailed = true;
        this.#onStorageFailure(error);
        host.requestUpdate();
      },
    });
  }
}
