/**
 * The workspace's data, free of DOM and Lit so that its merge rules can be tested in Node.
 *
 * The workspace is split into named slices (shortlist, focus, scan, plan, and whatever a widget
 * adds with `defineSlice`). Every slice, whatever it holds, is stored and sent in one shape: a map
 * of entries, each stamped with the time and the replica (page) that last wrote it. A **value**
 * slice has one entry (key `""`); a **list** slice has one entry per id, present or removed, and
 * lists the present ids in the order of their stamps. Merging keeps, per entry, the one with the
 * later stamp. That merge is commutative, associative and idempotent, so storage, channel messages
 * and re-reads after rejoining can be merged in any order, any number of times, and every tab ends
 * with the same state; two adds in two tabs in the same millisecond both survive, ordered by the
 * replica id. A change travels as a delta in the same shape as the whole state.
 *
 * Values are checked with small hand-written validators, not zod: zod is loaded only for custom
 * catalogues, and the workspace is in every widget's first load.
 */

/**
 * One entry: `[milliseconds, replica]` when removed or cleared, `[milliseconds, replica, value]`
 * when present (a list slice stores `1`). The later time wins, then the higher replica id.
 */
export type Entry = readonly [number, string] | readonly [number, string, unknown];

/** A slice as stored and sent: the slice's format version `v` and its entries `e`. */
export interface SliceData {
  v: number;
  e: Record<string, Entry>;
}

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
  checkItem(id: string): boolean;
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
export type DataSource = 'storage' | 'channel';

/** A problem with incoming data: which slice (or `*` for the whole) and why it was dropped. */
export interface DataProblem {
  slice: string;
  reason: string;
}

interface Registry {
  slices: Map<string, SliceSpec>;
  /** Called when a slice is defined, so workspaces check data they kept for it. */
  listeners: Set<() => void>;
}

// On globalThis, so that two bundles on one page agree on the slices.
const registry = ((globalThis as Record<symbol, unknown>)[Symbol.for('lio-widgets.workspace-slices@2')] ??= {
  slices: new Map(),
  listeners: new Set(),
}) as Registry;

/**
 * Define a workspace slice. The first definition of a name wins (a second bundle defining the
 * same slice is harmless). Data read or received for a slice before it was defined is kept,
 * passed on, and checked now.
 *
 * @example A widget's own slice, in its own module (no change to the workspace needed):
 * ```ts
 * declare module '../../src/elements/workspace-data.js' {
 *   interface WorkspaceSlices { scanAnswers: { answers: number[] } }
 * }
 * defineSlice('scanAnswers', {
 *   check: (v) => (isRecord(v) && Array.isArray(v.answers) && v.answers.every(Number.isInteger) ? { answers: [...v.answers] } : undefined),
 * });
 * // in the widget: this.shared.set('scanAnswers', { answers }); this.shared.state.scanAnswers?.answers
 * ```
 * A list of ids instead: `defineSlice('picked', { kind: 'list', checkItem: isId })`, changed with
 * `this.shared.add('picked', id)` / `remove`.
 */
export function defineSlice<K extends keyof WorkspaceSlices>(
  name: K,
  spec: WorkspaceSlices[K] extends readonly string[] ? ListSliceSpec : ValueSliceSpec<WorkspaceSlices[K]>,
): void {
  if (registry.slices.has(name)) return;
  registry.slices.set(name, spec as SliceSpec);
  for (const listener of [...registry.listeners]) listener();
}

/** The spec of a defined slice, if any. */
export const sliceSpec = (name: string): SliceSpec | undefined => registry.slices.get(name);

/** Be told whenever a slice is defined. */
export const onSliceDefined = (listener: () => void): void => void registry.listeners.add(listener);

// Small validators: each returns the checked value (a fresh copy) or undefined.

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A non-empty string of at most 200 characters (ids, phase names). */
export const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 200;

const checkIds = (value: unknown): string[] | undefined => (Array.isArray(value) && value.every(isId) ? [...value] : undefined);

defineSlice('shortlist', { kind: 'list', checkItem: isId });
defineSlice('focus', {
  check: (value) => {
    if (!isRecord(value) || ![value.level, value.factor].every((v) => v === undefined || isId(v))) return undefined;
    const { level, factor } = value as WorkspaceFocus;
    return { ...(level ? { level } : {}), ...(factor ? { factor } : {}) };
  },
});
defineSlice('scan', {
  check: (value) => {
    const weakFactors = isRecord(value) && (value.phase === undefined || isId(value.phase)) && checkIds(value.weakFactors);
    return weakFactors ? ({ ...value, weakFactors } as WorkspaceScan) : undefined;
  },
});
defineSlice('plan', {
  check: (value) => {
    const cells = isRecord(value) && isRecord(value.cells) && Object.entries(value.cells).map(([key, ids]) => [key, checkIds(ids)] as const);
    return cells && cells.every(([, ids]) => ids) ? { cells: Object.fromEntries(cells) as WorkspacePlan['cells'] } : undefined;
  },
});

/** Negative when entry `a` is older than `b`, 0 when equal, positive when newer. */
export const compareStamps = (a: Entry, b: Entry): number => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);

const isEntry = (value: unknown): value is Entry =>
  // A safe integer time keeps `clock + 1` exact, whatever another tab's clock says.
  Array.isArray(value) && (value.length === 2 || value.length === 3) && Number.isSafeInteger(value[0]) && typeof value[1] === 'string' && value[1].length <= 64;

/** Check the shape of slice data (the values need the spec). Returns a copy, or the reason it is bad. */
export function parseSliceData(raw: unknown): SliceData | string {
  if (!isRecord(raw) || !Number.isInteger(raw.v) || !isRecord(raw.e)) return 'not slice data';
  // `__proto__` as a key (possible in parsed JSON) would set a prototype instead of an entry.
  return Object.values(raw.e).every(isEntry) && !Object.hasOwn(raw.e, '__proto__') ? { v: raw.v as number, e: { ...(raw.e as SliceData['e']) } } : 'a bad entry';
}

/** Check slice data against its spec; returns the data (values cleaned) or the reason it is bad. */
export function checkSliceData(data: SliceData, spec: SliceSpec): SliceData | string {
  if (data.v !== (spec.version ?? 1)) return `format version ${data.v}, expected ${spec.version ?? 1}`;
  const e: SliceData['e'] = {};
  for (const [key, entry] of Object.entries(data.e)) {
    if (spec.kind === 'list') {
      if (!spec.checkItem(key)) return `a bad item "${key.slice(0, 40)}"`;
      e[key] = entry.length === 3 ? [entry[0], entry[1], 1] : entry;
    } else {
      const value = entry.length === 3 ? spec.check(entry[2]) : null;
      if (key !== '' || value === undefined) return 'an invalid value';
      e[key] = value === null ? entry : [entry[0], entry[1], value];
    }
  }
  return { v: data.v, e };
}

/** The join of two versions of one slice: per entry, the later. Returns `a` itself when `b` adds nothing. */
export function mergeSliceData(a: SliceData, b: SliceData): SliceData {
  if (a.v !== b.v) return a.v > b.v ? a : b;
  let merged: SliceData | undefined;
  for (const [key, entry] of Object.entries(b.e)) {
    const ours = a.e[key];
    if (ours && compareStamps(ours, entry) >= 0) continue;
    merged ??= { v: a.v, e: { ...a.e } };
    merged.e[key] = entry;
  }
  return merged ?? a;
}

/** What widgets see of a slice: the value, or a list slice's present ids in stamp order. */
export function sliceValue(data: SliceData, spec: SliceSpec): unknown {
  if (spec.kind !== 'list') return data.e['']?.[2];
  return Object.entries(data.e)
    .filter(([, entry]) => entry.length === 3)
    .sort(([idA, a], [idB, b]) => compareStamps(a, b) || (idA < idB ? -1 : 1))
    .map(([id]) => id);
}

/**
 * One replica's copy of a workspace's slices. Local changes return the delta to store and send;
 * `merge` takes deltas or whole states from storage or other tabs.
 */
export class WorkspaceData {
  /** Checked data of defined slices, and (kept, merged and passed on unseen) of slices not defined here yet. */
  readonly #slices = new Map<string, SliceData>();
  /** Where the data of undefined slices came from, for the warning when it turns out bad. */
  readonly #unchecked = new Map<string, DataSource>();
  #clock = 0;
  #cached?: WorkspaceState;
  /** Counts changes, to tell callers whether a merge changed anything. */
  #revision = 0;
  readonly #now: () => number;

  constructor(
    /** This replica's id; the tie-breaker for changes made in the same millisecond. */
    readonly replica: string = Math.random().toString(36).slice(2, 10),
    now: () => number = Date.now,
  ) {
    this.#now = now;
  }

  /** The checked, frozen state widgets read. */
  get state(): WorkspaceState {
    if (!this.#cached) {
      const state: Record<string, unknown> = {};
      for (const [name, data] of this.#slices) {
        const spec = sliceSpec(name);
        const value = spec && !this.#unchecked.has(name) ? sliceValue(data, spec) : undefined;
        if (value !== undefined) state[name] = deepFreeze(value);
      }
      this.#cached = Object.freeze(state) as WorkspaceState;
    }
    return this.#cached;
  }

  /** The whole state in its stored/sent form. */
  toJSON(): Record<string, SliceData> {
    return Object.fromEntries(this.#slices);
  }

  /**
   * Set a value slice (`undefined` clears it), or make a list slice hold exactly `value`'s ids
   * (ids already in it keep their place). Returns the delta (empty when nothing changed), or the
   * reason the change was refused.
   */
  set(name: string, value: unknown): Record<string, SliceData> | string {
    const spec = sliceSpec(name);
    if (spec?.kind === 'list') {
      const ids = checkIds(value);
      // Checked first, so that the removes below never apply without the adds.
      if (!ids?.every(spec.checkItem)) return `"${name}" takes a list of valid ids`;
      const removed = this.toggle(name, ((this.state as Record<string, string[]>)[name] ?? []).filter((id) => !ids.includes(id)), false);
      const added = this.toggle(name, ids, true);
      const e = { ...(removed as Record<string, SliceData>)[name]?.e, ...(added as Record<string, SliceData>)[name]?.e };
      return Object.keys(e).length ? { [name]: { v: spec.version ?? 1, e } } : {};
    }
    return this.#change(name, { '': value === undefined ? this.#stamp() : [...this.#stamp(), value] });
  }

  /** Add (`present` true) or remove ids in a list slice; ids already in (or out of) it are left alone. */
  toggle(name: string, ids: readonly string[], present: boolean): Record<string, SliceData> | string {
    if (sliceSpec(name)?.kind !== 'list') return `"${name}" is not a list slice`;
    const current = (this.state as Record<string, readonly string[] | undefined>)[name] ?? [];
    const e: SliceData['e'] = {};
    for (const id of ids) if (current.includes(id) !== present) e[id] = present ? [...this.#stamp(), 1] : this.#stamp();
    return Object.keys(e).length ? this.#change(name, e) : {};
  }

  /**
   * Merge a whole state or a delta from `source`. Bad slices are dropped and listed in `problems`
   * (the caller warns); `changed` says whether anything changed.
   */
  merge(raw: unknown, source: DataSource): { changed: boolean; problems: DataProblem[] } {
    if (!isRecord(raw)) return { changed: false, problems: [{ slice: '*', reason: 'not an object' }] };
    const before = this.#revision;
    const problems: DataProblem[] = [];
    for (const [name, slice] of Object.entries(raw)) {
      const data = parseSliceData(slice);
      const reason = typeof data === 'string' ? data : this.#absorb(name, data, source);
      if (reason) problems.push({ slice: name, reason });
    }
    return { changed: before !== this.#revision, problems };
  }

  /** Check data kept for slices that have been defined since. */
  adopt(): { changed: boolean; problems: (DataProblem & { source: DataSource })[] } {
    const before = this.#revision;
    const problems: (DataProblem & { source: DataSource })[] = [];
    for (const [name, source] of this.#unchecked) {
      if (!sliceSpec(name)) continue;
      const data = this.#slices.get(name)!;
      this.#slices.delete(name);
      this.#unchecked.delete(name);
      this.#revision++;
      const reason = this.#absorb(name, data, source);
      if (reason) problems.push({ slice: name, reason, source });
    }
    this.#cached = undefined;
    return { changed: before !== this.#revision, problems };
  }

  #change(name: string, e: SliceData['e']): Record<string, SliceData> | string {
    const spec = sliceSpec(name);
    if (!spec) return `no slice "${name}" is defined`;
    const delta = checkSliceData({ v: spec.version ?? 1, e }, spec);
    if (typeof delta === 'string') return delta;
    this.#absorb(name, delta);
    return { [name]: delta };
  }

  /** Merge one slice in; returns the reason when it is bad. Without `source`, the data is already checked. */
  #absorb(name: string, data: SliceData, source?: DataSource): string | undefined {
    const spec = sliceSpec(name);
    if (source && spec) {
      const checked = checkSliceData(data, spec);
      if (typeof checked === 'string') return checked;
      data = checked;
    }
    // Stamp after everything seen, also after a tab whose clock runs ahead: its items stay removable.
    for (const [time] of Object.values(data.e)) if (time > this.#clock) this.#clock = time;
    const ours = this.#slices.get(name);
    const merged = ours ? mergeSliceData(ours, data) : data;
    if (merged === ours) return undefined;
    this.#slices.set(name, merged);
    if (!spec && source && !this.#unchecked.has(name)) this.#unchecked.set(name, source);
    this.#cached = undefined;
    this.#revision++;
    return undefined;
  }

  /** A stamp later than every stamp this replica has made or seen (a hybrid logical clock). */
  #stamp(): [number, string] {
    this.#clock = Math.max(this.#now(), this.#clock + 1);
    return [this.#clock, this.replica];
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
 * Convert the first storage format (the whole state as one plain object, without stamps) into
 * slice data, older than any change made since. Bad slices are listed; unknown keys are dropped.
 */
export function migrateV1(raw: unknown): { slices: Record<string, SliceData>; problems: DataProblem[] } {
  const slices: Record<string, SliceData> = {};
  const problems: DataProblem[] = [];
  if (!isRecord(raw)) return { slices, problems: [{ slice: '*', reason: 'not an object' }] };
  for (const [name, value] of Object.entries(raw)) {
    const spec = sliceSpec(name);
    if (!spec) continue;
    // The same stamps in every tab, so that two tabs migrating at once agree.
    const ids = spec.kind === 'list' ? checkIds(value) : [];
    const data = ids
      ? checkSliceData({ v: spec.version ?? 1, e: spec.kind === 'list' ? Object.fromEntries(ids.map((id, i) => [id, [i + 1, 'v1', 1]])) : { '': [1, 'v1', value] } }, spec)
      : 'not a list of ids';
    if (typeof data === 'string') problems.push({ slice: name, reason: data });
    else slices[name] = data;
  }
  return { slices, problems };
}
