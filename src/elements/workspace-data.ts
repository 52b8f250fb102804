/**
 * The workspace's data, free of DOM and Lit so that its merge rules can be tested in Node.
 *
 * The workspace is split into named slices (shortlist, focus, scan, plan, and whatever a widget
 * adds with `defineSlice`). Every slice is one of two small conflict-free replicated types:
 *
 * - a **value** slice holds one JSON value and the stamp of its last change; the newer stamp wins;
 * - a **list** slice is an ordered set of ids; each id keeps the stamps of its last add and its last
 *   remove, it is in the list when the add is newer, and the list is ordered by add stamp.
 *
 * A stamp is `[milliseconds, replica]`: every page (every tab) is one replica with a random id, so
 * two changes at the same millisecond in two tabs still have one order, the same in every tab.
 * Merging is commutative, associative and idempotent, so storage, channel messages and a re-read
 * after rejoining can all be merged in any order, any number of times, and every tab ends up with
 * the same state. A change is sent as a delta in the same format as the whole state.
 *
 * Values are checked with small hand-written validators, not zod: zod is only loaded for custom
 * catalogues, and the workspace is on every widget's first load.
 */

/** When a change was made: `[milliseconds since the epoch, replica id]`; later time wins, then the higher id. */
export type Stamp = readonly [number, string];

/** A value slice as stored and sent: the value (absent when cleared) and the stamp of its last change. */
export interface ValueSliceData {
  kind: 'value';
  version: number;
  at: Stamp;
  value?: unknown;
}

/** A list slice as stored and sent: per id, the stamps of its last add and last remove. */
export interface ListSliceData {
  kind: 'list';
  version: number;
  items: Record<string, { added?: Stamp; removed?: Stamp }>;
}

export type SliceData = ValueSliceData | ListSliceData;

/** A slice holding one value; `check` returns the (cleaned) value, or `undefined` when it is invalid. */
export interface ValueSliceSpec<T> {
  kind?: 'value';
  /** Format version of the value; data with another version is dropped. Default 1. */
  version?: number;
  check(value: unknown): T | undefined;
}

/** A slice holding an ordered set of ids, changed with `add` and `remove`; `checkItem` rejects bad ids. */
export interface ListSliceSpec {
  kind: 'list';
  /** Format version; data with another version is dropped. Default 1. */
  version?: number;
  checkItem?(id: string): boolean;
}

export type SliceSpec = ValueSliceSpec<unknown> | ListSliceSpec;

/** The factor or level the visitor focused on, e.g. picked in the model diagram. */
export interface WorkspaceFocus {
  level?: string;
  factor?: string;
}

/**
 * The quick scan's outcome: the weakest factors (weakest first) and the staff's phase. Other keys
 * are kept as they are, so the quick scan can add its own without a new slice.
 */
export interface WorkspaceScan {
  weakFactors: string[];
  phase?: string;
  [key: string]: unknown;
}

/** The maturity matrix's action plan: intervention ids per matrix cell (key chosen by the matrix, e.g. `factor/level`). */
export interface WorkspacePlan {
  cells: Record<string, string[]>;
}

/**
 * The slices and their value types. A widget adding a slice extends this interface by declaration
 * merging (`declare module '…/workspace-data.js' { interface WorkspaceSlices { mine: Mine } }`)
 * and calls `defineSlice('mine', …)` once.
 */
export interface WorkspaceSlices {
  /** Intervention ids on the shortlist, oldest first. */
  shortlist: readonly string[];
  focus: WorkspaceFocus;
  scan: WorkspaceScan;
  plan: WorkspacePlan;
}

/** Every slice is optional: absent until a widget sets it. */
export type WorkspaceState = { readonly [K in keyof WorkspaceSlices]?: WorkspaceSlices[K] };

/** Names of the list slices (changed with `add`/`remove`). */
export type ListSliceName = { [K in keyof WorkspaceSlices]: WorkspaceSlices[K] extends readonly string[] ? K : never }[keyof WorkspaceSlices];

/** Where data came from, named in warnings. */
export type DataSource = 'storage' | 'channel' | 'code';

interface Registry {
  slices: Map<string, SliceSpec>;
  /** Called when a slice is defined, so workspaces check data they kept for it. */
  listeners: Set<() => void>;
}

// On globalThis, so that two bundles on one page agree on the slices.
const REGISTRY_KEY = Symbol.for('lio-widgets.workspace-slices@2');
const registry = ((globalThis as Record<symbol, unknown>)[REGISTRY_KEY] ??= { slices: new Map(), listeners: new Set() }) as Registry;

/**
 * Define a workspace slice. The first definition of a name wins (a second bundle defining the
 * same slice is harmless). Data read or received for a slice before it was defined is kept and
 * checked now.
 */
export function defineSlice<K extends keyof WorkspaceSlices>(
  name: K,
  spec: WorkspaceSlices[K] extends readonly string[] ? ListSliceSpec | ValueSliceSpec<WorkspaceSlices[K]> : ValueSliceSpec<WorkspaceSlices[K]>,
): void {
  if (registry.slices.has(name)) return;
  registry.slices.set(name, spec as SliceSpec);
  for (const listener of [...registry.listeners]) listener();
}

/** The spec of a defined slice, if any. */
export function sliceSpec(name: string): SliceSpec | undefined {
  return registry.slices.get(name);
}

/** Be told whenever a slice is defined; returns the unsubscribe function. */
export function onSliceDefined(listener: () => void): () => void {
  registry.listeners.add(listener);
  return () => registry.listeners.delete(listener);
}

// ---------------------------------------------------------------------------------------------
// Small validators: each returns the checked value (a fresh copy) or undefined.

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A non-empty string of at most 200 characters (ids, phase names). */
export const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 200;

const checkIds = (value: unknown): string[] | undefined => (Array.isArray(value) && value.every(isId) ? [...value] : undefined);

function checkFocus(value: unknown): WorkspaceFocus | undefined {
  if (!isRecord(value)) return undefined;
  const focus: WorkspaceFocus = {};
  for (const key of ['level', 'factor'] as const) {
    if (value[key] === undefined) continue;
    if (!isId(value[key])) return undefined;
    focus[key] = value[key];
  }
  return focus;
}

function checkScan(value: unknown): WorkspaceScan | undefined {
  if (!isRecord(value)) return undefined;
  const weakFactors = checkIds(value.weakFactors);
  if (!weakFactors || (value.phase !== undefined && !isId(value.phase))) return undefined;
  return { ...value, weakFactors } as WorkspaceScan;
}

function checkPlan(value: unknown): WorkspacePlan | undefined {
  if (!isRecord(value) || !isRecord(value.cells)) return undefined;
  const cells: Record<string, string[]> = {};
  for (const [key, ids] of Object.entries(value.cells)) {
    const checked = checkIds(ids);
    if (!checked) return undefined;
    cells[key] = checked;
  }
  return { cells };
}

defineSlice('shortlist', { kind: 'list', checkItem: isId });
defineSlice('focus', { check: checkFocus });
defineSlice('scan', { check: checkScan });
defineSlice('plan', { check: checkPlan });

// ---------------------------------------------------------------------------------------------
// Stamps and slice data.

/** Negative when `a` is older than `b`, 0 when equal, positive when newer. */
export function compareStamps(a: Stamp | undefined, b: Stamp | undefined): number {
  if (!a || !b) return a ? 1 : b ? -1 : 0;
  return a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);
}

const newer = (a: Stamp | undefined, b: Stamp | undefined) => (compareStamps(a, b) >= 0 ? a : b);

const isStamp = (value: unknown): value is Stamp =>
  Array.isArray(value) && value.length === 2 && Number.isFinite(value[0]) && typeof value[1] === 'string' && value[1].length <= 64;

/** Check the shape of slice data (not the value: that needs the spec). Returns a copy or a reason. */
export function parseSliceData(raw: unknown): SliceData | string {
  if (!isRecord(raw)) return 'not an object';
  if (!Number.isInteger(raw.version)) return 'no format version';
  const version = raw.version as number;
  if (raw.kind === 'value') {
    if (!isStamp(raw.at)) return 'no valid stamp';
    return 'value' in raw && raw.value !== undefined ? { kind: 'value', version, at: raw.at, value: raw.value } : { kind: 'value', version, at: raw.at };
  }
  if (raw.kind === 'list') {
    if (!isRecord(raw.items)) return 'no items';
    const items: ListSliceData['items'] = {};
    for (const [id, stamps] of Object.entries(raw.items)) {
      if (!isRecord(stamps)) return `item "${id}" has no stamps`;
      const { added, removed } = stamps;
      if ((added !== undefined && !isStamp(added)) || (removed !== undefined && !isStamp(removed))) return `item "${id}" has a bad stamp`;
      items[id] = { ...(added ? { added } : {}), ...(removed ? { removed } : {}) };
    }
    return { kind: 'list', version, items };
  }
  return 'unknown kind';
}

/** Check slice data against its spec; returns the data (values cleaned) or the reason it is bad. */
export function checkSliceData(data: SliceData, spec: SliceSpec): SliceData | string {
  const kind = spec.kind ?? 'value';
  if (data.kind !== kind) return `expected a ${kind} slice, got a ${data.kind} slice`;
  if (data.version !== (spec.version ?? 1)) return `format version ${data.version}, expected ${spec.version ?? 1}`;
  if (data.kind === 'list') {
    const checkItem = (spec as ListSliceSpec).checkItem;
    const bad = checkItem && Object.keys(data.items).find((id) => !checkItem(id));
    return bad === undefined ? data : `bad item "${bad.slice(0, 40)}"`;
  }
  if (data.value === undefined) return data;
  const value = (spec as ValueSliceSpec<unknown>).check(data.value);
  return value === undefined ? 'invalid value' : { ...data, value };
}

/** The join of two versions of one slice (the same whatever the order). */
export function mergeSliceData(a: SliceData, b: SliceData): SliceData {
  if (a.kind !== b.kind || a.version !== b.version) {
    // Only opaque data of an undefined slice can disagree like this; keep one deterministically.
    return a.version !== b.version ? (a.version > b.version ? a : b) : a.kind === 'list' ? a : b;
  }
  if (a.kind === 'value') return compareStamps(a.at, (b as ValueSliceData).at) >= 0 ? a : b;
  const items: ListSliceData['items'] = { ...a.items };
  for (const [id, theirs] of Object.entries((b as ListSliceData).items)) {
    const ours = items[id];
    if (!ours) {
      items[id] = theirs;
      continue;
    }
    const added = newer(ours.added, theirs.added);
    const removed = newer(ours.removed, theirs.removed);
    items[id] = { ...(added ? { added } : {}), ...(removed ? { removed } : {}) };
  }
  return { kind: 'list', version: a.version, items };
}

/** Same content? (Used to tell whether a merge changed anything.) */
const sameData = (a: SliceData | undefined, b: SliceData | undefined) => JSON.stringify(a) === JSON.stringify(b);

/** What widgets see of a slice: the value, or a list slice's ids in add order. */
export function sliceValue(data: SliceData): unknown {
  if (data.kind === 'value') return data.value;
  return Object.entries(data.items)
    .filter(([, s]) => s.added && compareStamps(s.added, s.removed) > 0)
    .sort(([idA, a], [idB, b]) => compareStamps(a.added, b.added) || (idA < idB ? -1 : 1))
    .map(([id]) => id);
}

/** A problem with incoming data: which slice (or `*` for the whole message) and why it was dropped. */
export interface DataProblem {
  slice: string;
  reason: string;
}

/**
 * One replica's copy of a workspace's slices. Local changes return the delta to store and send;
 * `merge` takes deltas or whole states from storage or other tabs.
 */
export class WorkspaceData {
  /** Checked data of defined slices. */
  private readonly slices = new Map<string, SliceData>();
  /** Data of slices not (yet) defined here: kept, merged, stored and sent on, but not shown. */
  private readonly opaque = new Map<string, { data: SliceData; source: DataSource }>();
  private clock = 0;
  private cached?: WorkspaceState;
  /** Counts changes to the checked slices, to tell callers whether a merge changed anything. */
  private revision = 0;

  constructor(
    /** This replica's id; the tie-breaker for changes made in the same millisecond. */
    readonly replica: string = Math.random().toString(36).slice(2, 12),
    private readonly now: () => number = Date.now,
  ) {}

  /** The checked, frozen state widgets read. */
  get state(): WorkspaceState {
    if (!this.cached) {
      const state: Record<string, unknown> = {};
      for (const [name, data] of this.slices) {
        const value = sliceValue(data);
        if (value !== undefined) state[name] = deepFreeze(value);
      }
      this.cached = Object.freeze(state) as WorkspaceState;
    }
    return this.cached;
  }

  /** The whole state in its stored/sent form. */
  toJSON(): Record<string, SliceData> {
    const all: Record<string, SliceData> = {};
    for (const [name, entry] of this.opaque) all[name] = entry.data;
    for (const [name, data] of this.slices) all[name] = data;
    return all;
  }

  /** Set a value slice (`undefined` clears it). Returns the delta, or a reason when the value is invalid. */
  set(name: string, value: unknown): Record<string, SliceData> | string {
    const spec = sliceSpec(name);
    if (!spec || spec.kind === 'list') return spec ? `"${name}" is a list: use add and remove` : `no slice "${name}" is defined`;
    const data = checkSliceData({ kind: 'value', version: spec.version ?? 1, at: this.stamp(), ...(value === undefined ? {} : { value }) }, spec);
    if (typeof data === 'string') return data;
    this.put(name, data);
    return { [name]: data };
  }

  /**
   * Add (`present` true) or remove ids in a list slice; ids already in (or out of) the list are
   * left alone, so adding keeps an id's place. Returns the delta (empty when nothing changed), or a
   * reason when an id is invalid.
   */
  toggle(name: string, ids: readonly string[], present: boolean): Record<string, SliceData> | string {
    const spec = sliceSpec(name);
    if (!spec || spec.kind !== 'list') return spec ? `"${name}" is not a list: use set` : `no slice "${name}" is defined`;
    const current = new Set((this.state as Record<string, readonly string[] | undefined>)[name]);
    const changing = ids.filter((id) => current.has(id) !== present);
    if (!changing.length) return {};
    const items: ListSliceData['items'] = {};
    for (const id of changing) items[id] = present ? { added: this.stamp() } : { removed: this.stamp() };
    const delta = checkSliceData({ kind: 'list', version: spec.version ?? 1, items }, spec);
    if (typeof delta === 'string') return delta;
    this.put(name, this.slices.has(name) ? mergeSliceData(this.slices.get(name)!, delta) : delta);
    return { [name]: delta };
  }

  /**
   * Merge a whole state or a delta from `source`. Bad slices are dropped and listed in `problems`
   * (the caller warns); `changed` says whether the visible state changed.
   */
  merge(raw: unknown, source: DataSource): { changed: boolean; problems: DataProblem[] } {
    const problems: DataProblem[] = [];
    if (!isRecord(raw)) return { changed: false, problems: [{ slice: '*', reason: 'not an object' }] };
    const before = this.revision;
    for (const [name, rawSlice] of Object.entries(raw)) {
      const parsed = parseSliceData(rawSlice);
      if (typeof parsed === 'string') {
        problems.push({ slice: name, reason: parsed });
        continue;
      }
      this.absorb(name, parsed, source, problems);
    }
    return { changed: before !== this.revision, problems };
  }

  /** Check data kept for slices that have been defined since. */
  adopt(): { changed: boolean; problems: (DataProblem & { source: DataSource })[] } {
    const problems: (DataProblem & { source: DataSource })[] = [];
    const before = this.revision;
    for (const [name, entry] of [...this.opaque]) {
      if (!sliceSpec(name)) continue;
      this.opaque.delete(name);
      const found: DataProblem[] = [];
      this.absorb(name, entry.data, entry.source, found);
      problems.push(...found.map((p) => ({ ...p, source: entry.source })));
    }
    return { changed: before !== this.revision, problems };
  }

  private absorb(name: string, data: SliceData, source: DataSource, problems: DataProblem[]): void {
    this.see(data);
    const spec = sliceSpec(name);
    if (!spec) {
      const kept = this.opaque.get(name);
      this.opaque.set(name, { data: kept ? mergeSliceData(kept.data, data) : data, source });
      return;
    }
    const checked = checkSliceData(data, spec);
    if (typeof checked === 'string') {
      problems.push({ slice: name, reason: checked });
      return;
    }
    const ours = this.slices.get(name);
    const merged = ours ? mergeSliceData(ours, checked) : checked;
    if (!sameData(ours, merged)) this.put(name, merged);
  }

  private put(name: string, data: SliceData): void {
    this.slices.set(name, data);
    this.cached = undefined;
    this.revision++;
  }

  /** A stamp newer than every stamp this replica has made or seen (a hybrid logical clock). */
  private stamp(): Stamp {
    this.clock = Math.max(this.now(), this.clock + 1);
    return [this.clock, this.replica];
  }

  private see(data: SliceData): void {
    const stamps = data.kind === 'value' ? [data.at] : Object.values(data.items).flatMap((s) => [s.added, s.removed]);
    // A wildly future stamp (a wrong clock elsewhere) would pin our clock; one day ahead is plenty.
    const limit = this.now() + 86_400_000;
    for (const s of stamps) if (s && s[0] > this.clock && s[0] < limit) this.clock = s[0];
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * Convert the first storage format (the whole state as one plain object, before slices had stamps)
 * into slice data. Valid slices are kept, older than any change made since; bad ones are listed.
 */
export function migrateV1(raw: unknown): { slices: Record<string, SliceData>; problems: DataProblem[] } {
  const slices: Record<string, SliceData> = {};
  const problems: DataProblem[] = [];
  if (!isRecord(raw)) return { slices, problems: [{ slice: '*', reason: 'not an object' }] };
  // The same stamps in every tab, so two tabs migrating at once agree.
  const at = (i: number): Stamp => [i, 'v1'];
  for (const [name, value] of Object.entries(raw)) {
    const spec = sliceSpec(name);
    if (!spec) continue;
    let data: SliceData | string;
    if (spec.kind === 'list') {
      const ids = checkIds(value);
      data = ids ? { kind: 'list', version: spec.version ?? 1, items: Object.fromEntries(ids.map((id, i) => [id, { added: at(i + 1) }])) } : 'not a list of ids';
    } else {
      data = { kind: 'value', version: spec.version ?? 1, at: at(1), value };
    }
    if (typeof data !== 'string') data = checkSliceData(data, spec);
    if (typeof data === 'string') problems.push({ slice: name, reason: data });
    else slices[name] = data;
  }
  return { slices, problems };
}
