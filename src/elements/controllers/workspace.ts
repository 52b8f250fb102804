import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PersistMode } from '../storage.js';
import { getWorkspace, type Workspace, type WorkspaceState } from '../workspace.js';

type Host = ReactiveControllerHost &
  HTMLElement & {
    /** Workspace name; widgets with the same name share state. */
    workspace: string;
    persist: PersistMode;
  };

/**
 * Connects a widget to its page workspace while it is connected; re-renders on every change,
 * including changes made by other widgets and other tabs.
 */
export class WorkspaceController implements ReactiveController {
  private workspace?: Workspace;
  private leave?: () => void;
  /** True once storage refused a write or read; widgets show a notice, nothing is lost. */
  storageFailed = false;

  constructor(
    private readonly host: Host,
    private readonly onStorageFailure: (error: unknown) => void = () => {},
  ) {
    host.addController(this);
  }

  get state(): Readonly<WorkspaceState> {
    return this.workspace?.snapshot ?? {};
  }

  update(patch: Partial<WorkspaceState>): void {
    this.workspace?.update(patch);
  }

  hostConnected(): void {
    this.join();
  }

  hostDisconnected(): void {
    this.leave?.();
    this.leave = undefined;
    this.workspace = undefined;
  }

  hostUpdate(): void {
    // Follow changes of the `workspace` / `persist` attributes.
    if (this.workspace && this.workspace.name !== (this.host.workspace || 'default')) {
      this.hostDisconnected();
      this.join();
    }
  }

  private join(): void {
    this.workspace = getWorkspace(this.host.workspace || 'default');
    this.leave = this.workspace.join({
      persist: this.host.persist,
      onChange: () => this.host.requestUpdate(),
      onStorageFailure: (error) => {
        if (!this.storageFailed) {
          this.storageFailed = true;
          this.onStorageFailure(error);
          this.host.requestUpdate();
        }
      },
    });
  }
}
