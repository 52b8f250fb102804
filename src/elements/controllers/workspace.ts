import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PersistMode } from '../storage.js';
import type { ListSliceName, Workspace, WorkspacePatch, WorkspaceSlices, WorkspaceState } from '../workspace.js';

type Host = ReactiveControllerHost &
  HTMLElement & {
    /** Workspace name; widgets with the same name share state. */
    workspace: string;
    persist: PersistMode;
  };

/**
 * Where a widget gets its page workspace: `getWorkspace` itself (imported by the widget, so it
 * joins before its first render), or `workspaceOnDemand` (workspace-on-demand.ts: it joins when
 * the workspace's chunk arrives).
 */
export type WorkspaceSource = (name: string) => Workspace | Promise<Workspace>;

const EMPTY: WorkspaceState = Object.freeze({});

/**
 * Connects a widget to its page workspace while it is connected; re-renders on every change,
 * including changes made by other widgets and other tabs. Follows the `workspace` and `persist`
 * properties at once. While the widget is disconnected, `state` is empty and changes are ignored.
 *
 * With a source that loads the workspace (`workspaceOnDemand`), `state` is empty and changes are
 * ignored until it has arrived: wait for {@link joined} before changing it.
 */
export class WorkspaceController implements ReactiveController {
  #workspace?: Workspace;
  /** The workspace on its way from a loading source, and the name it was asked for. */
  #arriving?: { name: string; arrival: Promise<void> };
  #leave?: () => void;
  #joinedPersist?: PersistMode;
  readonly #host: Host;
  readonly #onStorageFailure: (error: unknown) => void;
  readonly #source?: WorkspaceSource;
  /** True once storage refused a write or read; widgets show a notice, nothing is lost. */
  storageFailed = false;

  /** Without a `source` the widget stays out of every workspace: `state` is empty, changes go nowhere. */
  constructor(host: Host, onStorageFailure: (error: unknown) => void, source?: WorkspaceSource) {
    this.#host = host;
    this.#onStorageFailure = onStorageFailure;
    this.#source = source;
    host.addController(this);
  }

  /** The checked, frozen workspace state; every slice is valid or absent. */
  get state(): WorkspaceState {
    return this.#workspace?.snapshot ?? EMPTY;
  }

  /**
   * Resolves once the widget has joined its workspace (at once when it has, or is disconnected);
   * rejects when the workspace's chunk could not be loaded, and the next call asks for it again.
   */
  joined(): Promise<void> {
    if (!this.#workspace && !this.#arriving && this.#host.isConnected) this.#join();
    return this.#arriving?.arrival ?? Promise.resolve();
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

  /** Apply a partial state (see `Workspace.update`); prefer `set`, `add` and `remove`. */
  update(patch: WorkspacePatch): void {
    this.#workspace?.update(patch);
  }

  hostConnected(): void {
    this.#join();
  }

  hostDisconnected(): void {
    this.#leave?.();
    this.#workspace = this.#arriving = undefined;
  }

  hostUpdate(): void {
    const joined = this.#workspace?.name ?? this.#arriving?.name;
    if (joined && joined !== (this.#host.workspace || 'default')) {
      this.hostDisconnected();
      this.#join();
    } else if (this.#workspace && this.#joinedPersist !== this.#host.persist) {
      // Privacy wins at once, before the next render, not on the next join.
      this.#joinedPersist = this.#host.persist;
      this.#workspace.reconcile();
    }
  }

  #join(): void {
    const host = this.#host;
    const name = host.workspace || 'default';
    const source = this.#source?.(name);
    if (!source) return;
    if (source instanceof Promise) {
      const arriving = {
        name,
        arrival: source.then(
          (workspace) => {
            if (this.#arriving !== arriving) return;
            this.#arriving = undefined;
            this.#enter(workspace);
            host.requestUpdate();
          },
          (error: unknown) => {
            if (this.#arriving === arriving) this.#arriving = undefined;
            throw error;
          },
        ),
      };
      this.#arriving = arriving;
      // Fetched ahead on connect, a failure is quiet here: whoever waits for `joined()` hears it.
      arriving.arrival.catch(() => {});
    } else this.#enter(source);
  }

  #enter(workspace: Workspace): void {
    const host = this.#host;
    this.#workspace = workspace;
    this.#joinedPersist = host.persist;
    this.#leave = workspace.join({
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
