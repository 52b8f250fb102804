/**
 * The page workspace: state that widgets share without being nested (scan result, shortlist,
 * action plan, a factor picked in the diagram). Workspaces are keyed by name (the `workspace`
 * attribute, `default` when absent) and live in a registry on `globalThis`, so that two bundles on
 * one page share them.
 *
 * Rules (see README, "Behaviour every element shares", and docs/decisions.md):
 * - The state is split into typed slices (`workspace-data.ts`); whatever is read from storage or
 *   received from another tab is checked per slice, and a bad slice is dropped with one warning.
 * - Privacy wins: the most private `persist` of the members applies to the whole workspace, at
 *   once when a member changes it. Becoming more private moves the stored copy out of the less
 *   private place (`none` removes it).
 * - Only a `local` workspace talks to other tabs (BroadcastChannel), and it only accepts changes
 *   from `local` senders: what a `session` or `none` widget holds never reaches a neighbour tab,
 *   so it cannot be stored there.
 * - Changes travel as deltas that merge without loss, and storage is read, merged and then
 *   written, so no tab overwrites what another tab stored; joining (again) re-reads storage.
 */
import { PERSIST_MODES, privacy, safeStorage, type PersistMode, type SafeStorage } from './storage.js';
import {
  isRecord,
  migrateV1,
  onSliceDefined,
  WorkspaceData,
  type DataProblem,
  type DataSource,
  type ListSliceName,
  type SliceData,
  type WorkspaceSlices,
  type WorkspaceState,
} from './workspace-data.js';

export {
  defineSlice,
  type ListSliceName,
  type ListSliceSpec,
  type ValueSliceSpec,
  type WorkspaceFocus,
  type WorkspacePlan,
  type WorkspaceScan,
  type WorkspaceSlices,
  type WorkspaceState,
} from './workspace-data.js';

/** Called with the new state after every change, local or from another tab. */
export type WorkspaceListener = (state: WorkspaceState) => void;

/** A widget taking part in a workspace. */
export interface WorkspaceMember {
  /** The member's storage mode; read again on every `reconcile()`, so it may be a getter. */
  readonly persist: PersistMode;
  onChange: WorkspaceListener;
  onStorageFailure: (error: unknown) => void;
}

/** A partial state for `update`; `undefined` clears a value slice. */
export type WorkspacePatch = { [K in keyof WorkspaceSlices]?: WorkspaceSlices[K] | undefined };

/** Format of the stored data and the channel messages; part of the storage key and channel name. */
const FORMAT = 2;
const REGISTRY_KEY = Symbol.for(`lio-widgets.workspaces@${FORMAT}`);

/** A message between tabs: a delta (`slices`) or a request for everyone's state (`hello`). */
interface WorkspaceMessage {
  lio: 'workspace';
  format: typeof FORMAT;
  /** The sender's persist mode; only `local` is ever sent, and anything else is ignored. */
  persist: 'local';
  from: string;
  slices?: Record<string, SliceData>;
  hello?: true;
}

/** One named workspace. Get it with `getWorkspace(name)`. */
export class Workspace {
  readonly #data = new WorkspaceData();
  readonly #members = new Set<WorkspaceMember>();
  readonly #warned = new Set<string>();
  /** The mode in force as its index in `PERSIST_MODES`; undefined until the first member joins. */
  #privacy?: number;
  /** Storage for the mode in force; none until the first member joins, so nothing is stored before a member said how. */
  #store?: SafeStorage;
  /** Open only while the workspace is `local` and has members. */
  #channel?: BroadcastChannel;

  constructor(readonly name: string) {
    // A widget loaded later (its own chunk) may define a slice that storage or a tab already sent.
    onSliceDefined(() => {
      const { changed, problems } = this.#data.adopt();
      for (const problem of problems) this.#warn(problem.source, problem);
      if (changed) this.#notify();
    });
  }

  /** The checked, frozen state: only valid slices, list slices as arrays of ids. */
  get snapshot(): WorkspaceState {
    return this.#data.state;
  }

  /** The storage mode in force: the most private of the members' modes. */
  get persist(): PersistMode {
    return PERSIST_MODES[this.#privacy ?? 0]!;
  }

  /** Join; reads storage (again), so work done in another tab while away is not lost. Returns `leave`. */
  join(member: WorkspaceMember): () => void {
    this.#members.add(member);
    this.reconcile();
    return () => {
      this.#members.delete(member);
      // The last member leaving keeps the mode: changes made without members stay as private.
      if (this.#members.size) this.reconcile();
      else this.#channel = void this.#channel?.close();
    };
  }

  /**
   * Apply the members' `persist` modes now (call it after a member's mode changed). The most
   * private mode wins; when the workspace becomes more private, its stored copy leaves the less
   * private place at once.
   */
  reconcile(): void {
    const previous = this.#privacy;
    const store = this.#store;
    // Attribute values as the host wrote them: `persist="None"` must not store anything either.
    const next = (this.#privacy = Math.max(0, ...[...this.#members].map((member) => privacy(member.persist))));
    if (next !== previous) {
      this.#store = safeStorage(PERSIST_MODES[next]!, (error) => {
        for (const member of this.#members) member.onStorageFailure(error);
      });
    }
    this.#pull();
    if (store && next > previous!) {
      store.remove(this.#key);
      this.#push();
    }
    if (next || !this.#members.size) this.#channel = void this.#channel?.close();
    else if (!this.#channel) {
      try {
        this.#channel = new BroadcastChannel(`lio-widgets:${this.#key}`);
        this.#channel.onmessage = (event: MessageEvent<unknown>) => this.#receive(event.data);
        // Tabs that could not store (storage refused) still have work to share with a newcomer.
        this.#send({ hello: true });
      } catch {
        // No BroadcastChannel, or refused in a sandboxed frame: the workspace still works within the page.
      }
    }
  }

  /**
   * Set (or with `undefined` clear) a value slice; given a list slice, make it hold exactly these
   * ids through adds and removes (so it merges with changes made elsewhere at the same time).
   * Throws a TypeError for an invalid value or an unknown slice.
   */
  set<K extends keyof WorkspaceSlices>(name: K, value: WorkspaceSlices[K] | undefined): void {
    this.#commit(this.#data.set(name, value));
  }

  /** Add ids to a list slice (at the end; ids already in it keep their place). */
  add(name: ListSliceName, ...ids: string[]): void {
    this.#commit(this.#data.toggle(name, ids, true));
  }

  /** Remove ids from a list slice. */
  remove(name: ListSliceName, ...ids: string[]): void {
    this.#commit(this.#data.toggle(name, ids, false));
  }

  /** Rename ids in a list slice, each keeping its place (see `WorkspaceData.rename`). */
  rename(name: ListSliceName, renames: ReadonlyMap<string, string>): void {
    this.#commit(this.#data.rename(name, renames));
  }

  /** @internal A change worked out on the data outside this class (`replaceSlices`, loaded only where used): committed, shared and stored like `set`. */
  change(compute: (data: WorkspaceData) => Record<string, SliceData> | string): void {
    this.#commit(compute(this.#data));
  }

  /** `set` for each slice in `patch`. */
  update(patch: WorkspacePatch): void {
    for (const [name, value] of Object.entries(patch)) this.set(name as keyof WorkspaceSlices, value as never);
  }

  #commit(delta: Record<string, SliceData> | string): void {
    if (typeof delta === 'string') throw new TypeError(`lio-widgets: workspace "${this.name}": ${delta}`);
    if (!Object.keys(delta).length) return;
    this.#notify();
    this.#push();
    this.#send({ slices: delta });
  }

  #notify(): void {
    for (const member of this.#members) member.onChange(this.snapshot);
  }

  /** The storage key without the `lio-widgets:` prefix; also the channel's name after it. */
  get #key(): string {
    return `workspace@${FORMAT}:${this.name}`;
  }

  /** Read the stored copy (and a copy in the first format, once) and merge it in. */
  #pull(): void {
    const store = this.#store;
    let changed = false;
    for (const key of [this.#key, `workspace:${this.name}`]) {
      const text = store?.readText(key);
      if (text === undefined) continue;
      let raw: unknown = {};
      try {
        raw = JSON.parse(text);
      } catch {
        this.#warn('storage', { slice: '*', reason: 'not JSON' });
      }
      if (key !== this.#key) {
        const { slices, problems } = migrateV1(raw);
        for (const problem of problems) this.#warn('storage', problem);
        raw = slices;
      }
      changed = this.#merge(raw, 'storage') || changed;
      if (key !== this.#key) {
        // Migrated once: the old key goes, what was valid in it lives on under the new key.
        store!.remove(key);
        store!.write(this.#key, this.#data.toJSON());
      }
    }
    if (changed) this.#notify();
  }

  /** Store the state, merged with what is stored now (another tab may have written since). */
  #push(): void {
    this.#pull();
    this.#store?.write(this.#key, this.#data.toJSON());
  }

  #merge(raw: unknown, source: DataSource): boolean {
    const { changed, problems } = this.#data.merge(raw, source);
    for (const problem of problems) this.#warn(source, problem);
    return changed;
  }

  /** Tell other tabs; only ever from a `local` workspace, the only kind with an open channel. */
  #send(body: Pick<WorkspaceMessage, 'slices' | 'hello'>): void {
    const message: WorkspaceMessage = { lio: 'workspace', format: FORMAT, persist: 'local', from: this.#data.replica, ...body };
    try {
      this.#channel?.postMessage(message);
    } catch {
      // A closed channel (the page is unloading) has nobody left to tell.
    }
  }

  #receive(message: unknown): void {
    if (!isRecord(message) || message.lio !== 'workspace' || message.format !== FORMAT) {
      this.#warn('channel', { slice: '*', reason: 'not a workspace message' });
    }
    // Privacy wins across tabs: a private sender's data is never taken (and a private receiver has no channel).
    else if (message.persist === 'local') {
      if (message.hello) this.#send({ slices: this.#data.toJSON() });
      if (this.#merge(message.slices ?? {}, 'channel')) {
        this.#notify();
        this.#push();
      }
    }
  }

  /** Warn once per source and slice: a broken value in storage would otherwise warn on every read. */
  #warn(source: DataSource, { slice, reason }: DataProblem): void {
    if (this.#warned.has(source + slice)) return;
    this.#warned.add(source + slice);
    console.warn(`lio-widgets: workspace "${this.name}" dropped ${slice === '*' ? 'data' : `the "${slice}" slice`} from ${source === 'channel' ? 'another tab' : source}: ${reason}.`);
  }
}

/** The workspace called `name`, shared by every lio-widgets bundle on the page. */
export function getWorkspace(name = 'default'): Workspace {
  const registry = ((globalThis as Record<symbol, unknown>)[REGISTRY_KEY] ??= new Map<string, Workspace>()) as Map<string, Workspace>;
  return registry.get(name) ?? registry.set(name, new Workspace(name)).get(name)!;
}
