/**
 * The page workspace: state that widgets share without being nested (scan result, shortlist,
 * action plan, a factor picked in the diagram). Workspaces are keyed by name (the `workspace`
 * attribute, `default` when absent), live in a registry on `globalThis` so that two bundles on
 * one page share them, are persisted through safe storage unless a member opts out, and are
 * mirrored to other tabs with BroadcastChannel where the browser has it.
 */
import { safeStorage, type PersistMode, type SafeStorage } from './storage.js';

/** Shared state. Later widgets add their own keys; every key is optional. */
export interface WorkspaceState {
  /** Intervention ids on the shortlist, in the order they were added. */
  shortlist?: string[];
  /** A factor or level the visitor focused on (e.g. picked in the model diagram). */
  focus?: { level?: string; factor?: string };
  /** The quick scan's outcome: the weakest factors and the phase the staff is in. */
  scan?: { weakFactors: string[]; phase?: string };
  [key: string]: unknown;
}

export type WorkspaceListener = (state: Readonly<WorkspaceState>) => void;

export interface WorkspaceMember {
  persist: PersistMode;
  onChange: WorkspaceListener;
  onStorageFailure: (error: unknown) => void;
}

const REGISTRY_KEY = Symbol.for('lio-widgets.workspaces@1');

/** One named workspace. Get it with `getWorkspace(name)`. */
export class Workspace {
  private state: Readonly<WorkspaceState>;
  private readonly members = new Set<WorkspaceMember>();
  private channel?: BroadcastChannel;
  private loaded = false;

  constructor(readonly name: string) {
    this.state = Object.freeze({});
  }

  get snapshot(): Readonly<WorkspaceState> {
    return this.state;
  }

  /** Join; the first member with persistence loads the stored state. Returns `leave`. */
  join(member: WorkspaceMember): () => void {
    this.members.add(member);
    if (!this.loaded && this.persistMode() !== 'none') {
      this.loaded = true;
      const stored = this.storage().read<WorkspaceState>(this.storageKey);
      if (stored && typeof stored === 'object') this.state = Object.freeze({ ...stored, ...this.state });
    }
    if (!this.channel && typeof BroadcastChannel === 'function') {
      try {
        this.channel = new BroadcastChannel(`lio-widgets:workspace:${this.name}`);
        this.channel.onmessage = (event: MessageEvent<WorkspaceState>) => this.apply(event.data, false);
      } catch {
        // Some sandboxed frames refuse BroadcastChannel; the workspace still works within the page.
      }
    }
    return () => {
      this.members.delete(member);
      if (this.members.size === 0) {
        this.channel?.close();
        this.channel = undefined;
      }
    };
  }

  /** Merge a patch into the state, notify members, persist and tell other tabs. */
  update(patch: Partial<WorkspaceState>): void {
    this.apply(patch, true);
  }

  private apply(patch: Partial<WorkspaceState>, local: boolean): void {
    if (!patch || typeof patch !== 'object') return;
    this.state = Object.freeze({ ...this.state, ...patch });
    if (local) {
      if (this.persistMode() !== 'none') this.storage().write(this.storageKey, this.state);
      try {
        this.channel?.postMessage(patch);
      } catch {
        // Unclonable values stay local.
      }
    }
    for (const member of [...this.members]) member.onChange(this.state);
  }

  private get storageKey(): string {
    return `workspace:${this.name}`;
  }

  /** Privacy wins: one member with `persist="none"` keeps the whole workspace out of storage. */
  private persistMode(): PersistMode {
    const modes = [...this.members].map((m) => m.persist);
    if (modes.includes('none')) return 'none';
    return modes.includes('session') ? 'session' : 'local';
  }

  private storage(): SafeStorage {
    return safeStorage(this.persistMode(), (error) => {
      for (const member of this.members) member.onStorageFailure(error);
    });
  }
}

/** The workspace called `name`, shared by every lio-widgets bundle on the page. */
export function getWorkspace(name = 'default'): Workspace {
  const registry = ((globalThis as Record<symbol, unknown>)[REGISTRY_KEY] ??= new Map<string, Workspace>()) as Map<string, Workspace>;
  let workspace = registry.get(name);
  if (!workspace) {
    workspace = new Workspace(name);
    registry.set(name, workspace);
  }
  return workspace;
}
