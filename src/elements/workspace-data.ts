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
import { deepFreeze } from '../core/freeze.js';
import { isRecord } from '../core/records.js';
import type { Plan } from '../core/plan/schema.js';

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

/**
 * The maturity matrix's action plans, one per `plan-id` (the plan format of `src/core/plan/`).
 * Each plan is replaced as a whole when it changes: a plan is one list of actions, and two tabs
 * editing one plan at the same moment keep the later plan (the workspace's rule for values).
 * Slice version 2; defined (and checked) by the matrix in `components/maturity-matrix/plan-slice.ts`.
 */
export type WorkspacePlan = Record<string, Plan>;

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

/** Where data came from, named in warnings: storage, another tab, or a journey file or link opened here. */
export type DataSource = 'storage' | 'channel' | 'file';

/** A problem with incoming data: which slice (or `*` for the whole) and why it was dropped. */
export interface DataProblem {
  slice: string;
  reason: string;
}

/** @internal The slices defined on a page, kept on `globalThis` under `lio-widgets.workspace-slices@2`. */
export interface Registry {
  slices: Map<string, SliceSpec>;
  /** Called when a slice is defined, so workspaces check data they kept for it. */
  listeners: Set<() => void>;
}

// On globalThis, so that two bundles on one page agree on the slices (and workspace-replace.ts
// finds them without the runtime exporting one more name).
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
  registry.listeners.forEach((listener) => listener());
}

/** Be told whenever a slice is defined. */
export const onSliceDefined = (listener: () => void): void => void registry.listeners.add(listener);

// Small validators: each returns the checked value (a fresh copy) or undefined.

/** Whether `value` is a plain object (not an array): the one check (core/records.ts), for the slices' own checks too. */
export { isRecord };

/** A non-empty string of at most 200 characters (ids, phase names). */
export const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 200;

const checkIds = (value: unknown): string[] | undefined => (Array.isArray(value) && value.every(isId) ? [...value] : undefined);

defineSlice('shortlist', { kind: 'list', checkItem: isId });
defineSlice('focus', {
  check: (value) => {
    if (!isRecord(value)) return undefined;
    const focus: WorkspaceFocus = {};
    for (const key of ['level', 'factor'] as const) {
      if (isId(value[key])) focus[key] = value[key];
      else if (value[key] !== undefined) return undefined;
    }
    return focus;
  },
});
defineSlice('scan', {
  check: (value) => {
    const weakFactors = isRecord(value) && (value.phase === undefined || isId(value.phase)) && checkIds(value.weakFactors);
    return weakFactors ? ({ ...value, weakFactors } as WorkspaceScan) : undefined;
  },
});
// The `plan` slice is defined by the maturity matrix (components/maturity-matrix/plan-slice.ts):
// its check is 0.7 KB gzip that no other widget needs. Other widgets keep its data unseen and pass it on.

/** Negative when entry `a` is older than `b`, 0 when equal, positive when newer. */
export const compareStamps = (a: Entry, b: Entry): number => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);

/**
 * Check slice data as read, received or made here: its shape, and once the slice is defined its
 * version, ids and values. Returns a clean copy (list entries hold `1`), or why it is bad.
 */
function check(raw: unknown, spec: SliceSpec | undefined): SliceData | string {
  if (!isRecord(raw) || !Number.isInteger(raw.v) || !isRecord(raw.e)) return 'not slice data';
  const v = raw.v as number;
  if (spec && v !== (spec.version ?? 1)) return `format version ${v}`;
  const e: SliceData['e'] = {};
  for (const [key, entry] of Object.entries(raw.e)) {
    // A safe integer time keeps `clock + 1` exact, whatever another tab's clock says; `__proto__`
    // (possible in parsed JSON) would set a prototype instead of an entry.
    const valid = Array.isArray(entry) && entry.length > 1 && entry.length < 4 && Number.isSafeInteger(entry[0]) && typeof entry[1] === 'string' && entry[1].length <= 64;
    if (!valid || key === '__proto__') return 'a bad entry';
    let value: unknown = entry[2];
    if (spec?.kind === 'list') {
      if (!spec.checkItem(key)) return `a bad item "${key.slice(0, 40)}"`;
      value = 1;
    } else if (spec && (key !== '' || (entry.length > 2 && (value = spec.check(value)) === undefined))) return 'an invalid value';
    e[key] = entry.length > 2 ? [entry[0], entry[1], value] : [entry[0], entry[1]];
  }
  return { v, e };
}

/**
 * One replica's copy of a workspace's slices. Local changes return the delta to store and send;
 * `merge` takes deltas or whole states from storage or other tabs.
 */
export class WorkspaceData {
  /** Checked data of defined slices, and (kept, merged and passed on unseen) of slices not defined here yet. */
  readonly #slices = new Map<string, SliceData>();
  /** The slices kept unseen, and where their data came from, for the warning when it turns out bad. */
  readonly #unchecked = new Map<string, DataSource>();
  #clock = 0;
  #state?: WorkspaceState;
  readonly #now: () => number;

  constructor(
    /** This replica's id; the tie-breaker for changes made in the same millisecond. */
    readonly replica: string = Math.random().toString(36).slice(2, 10),
    now: () => number = Date.now,
  ) {
    this.#now = now;
  }

  /** The checked, frozen state widgets read: values, and a list slice's present ids in stamp order. */
  get state(): WorkspaceState {
    if (!this.#state) {
      const state: Record<string, unknown> = {};
      for (const [name, { e }] of this.#slices) {
        if (this.#unchecked.has(name)) continue;
        const value =
          registry.slices.get(name)!.kind === 'list'
            ? Object.keys(e)
                .filter((id) => e[id]!.length > 2)
                .sort((a, b) => compareStamps(e[a]!, e[b]!) || (a < b ? -1 : 1))
            : e['']?.[2];
        if (value !== undefined) state[name] = deepFreeze(value);
      }
      this.#state = Object.freeze(state) as WorkspaceState;
    }
    return this.#state;
  }

  /** The whole state in its stored/sent form. */
  toJSON(): Record<string, SliceData> {
    return Object.fromEntries(this.#slices);
  }

  /**
   * Set a value slice (`undefined` clears it), or make a list slice hold exactly `value`'s ids
   * through adds and removes (ids already in it keep their place). Returns the delta (empty when
   * nothing changed), or the reason the change was refused.
   */
  set(name: string, value: unknown): Record<string, SliceData> | string {
    const spec = registry.slices.get(name);
    if (spec?.kind !== 'list') return this.#change(name, { '': value === undefined ? this.stamp() : [...this.stamp(), value] });
    const ids = checkIds(value);
    // Checked first, so that the removes never apply without the adds.
    if (!ids?.every(spec.checkItem)) return 'not a list of ids';
    const e: SliceData['e'] = {};
    // Removes first, in list order, then adds.
    for (const id of [...this.#list(name), ...ids]) if (this.#list(name).includes(id) !== ids.includes(id)) e[id] = ids.includes(id) ? [...this.stamp(), 1] : this.stamp();
    return this.#change(name, e);
  }

  /** Add (`present` true) or remove ids in a list slice; ids already in (or out of) it are left alone. */
  toggle(name: string, ids: readonly string[], present: boolean): Record<string, SliceData> | string {
    const list = this.#list(name);
    return registry.slices.get(name)?.kind === 'list' ? this.set(name, present ? [...list, ...ids] : list.filter((id) => !ids.includes(id))) : `"${name}" is not a list slice`;
  }

  /**
   * In a list slice, put `renames.get(id)` in the place of each `id` it holds (an item that now
   * goes by another id): the new id takes the old one's stamp, so its place; one already in the
   * list, or removed later than the old id was added, keeps its own (a later add goes last).
   */
  rename(name: ListSliceName, renames: ReadonlyMap<string, string>): Record<string, SliceData> | string {
    const e = this.#slices.get(name)?.e ?? {};
    const delta: SliceData['e'] = {};
    for (const id of this.#list(name)) {
      const to = renames.get(id);
      if (!to) continue;
      delta[id] = this.stamp();
      const known = delta[to] ?? e[to];
      const [time, replica] = known && compareStamps(known, e[id]!) > 0 ? this.stamp() : e[id]!;
      if (!known || known.length < 3) delta[to] = [time, replica, 1];
    }
    return this.#change(name, delta);
  }

  /**
   * Merge a whole state or a delta from `source`: per entry, the later stamp. Bad slices are
   * dropped and listed in `problems` (the caller warns); `changed` says whether anything changed.
   * Data of a slice not defined here is kept unseen, remembering its `source` (none for local changes).
   */
  merge(raw: unknown, source?: DataSource): { changed: boolean; problems: DataProblem[] } {
    let changed = false;
    const problems: DataProblem[] = isRecord(raw) ? [] : [{ slice: '*', reason: 'not an object' }];
    for (const [slice, sliceData] of Object.entries(isRecord(raw) ? raw : {})) {
      const spec = registry.slices.get(slice);
      const data = check(sliceData, spec);
      const ours = this.#slices.get(slice);
      if (typeof data === 'string') problems.push({ slice, reason: data });
      // Versions differ only for slices not defined here: the newer format wins as a whole.
      else if (!ours || ours.v <= data.v) {
        const e = ours?.v === data.v ? { ...ours.e } : {};
        let merged = ours?.v !== data.v;
        for (const [key, entry] of Object.entries(data.e)) {
          // Stamp after everything seen, also after a tab whose clock runs ahead: its items stay removable.
          this.#clock = Math.max(this.#clock, entry[0]);
          if (!e[key] || compareStamps(e[key], entry) < 0) {
            e[key] = entry;
            merged = true;
          }
        }
        if (merged) {
          this.#slices.set(slice, { v: data.v, e });
          if (!spec) this.#unchecked.set(slice, source!);
          this.#state = undefined;
          changed = true;
        }
      }
    }
    return { changed, problems };
  }

  /** Check data kept for slices that have been defined since. */
  adopt(): { changed: boolean; problems: (DataProblem & { source: DataSource })[] } {
    let changed = false;
    const problems: (DataProblem & { source: DataSource })[] = [];
    for (const [slice, source] of this.#unchecked) {
      if (!registry.slices.has(slice)) continue;
      const data = this.#slices.get(slice);
      this.#slices.delete(slice);
      this.#unchecked.delete(slice);
      for (const problem of this.merge({ [slice]: data }, source).problems) problems.push({ ...problem, source });
      changed = true;
    }
    return { changed, problems };
  }

  #list(name: string): readonly string[] {
    return (this.state as Record<string, readonly string[] | undefined>)[name] ?? [];
  }

  /** Apply a local change to a defined slice, checked as data from elsewhere would be. */
  #change(name: string, e: SliceData['e']): Record<string, SliceData> | string {
    if (!Object.keys(e).length) return {};
    const delta = { [name]: { v: registry.slices.get(name)?.version ?? 1, e } };
    return registry.slices.has(name) ? (this.merge(delta).problems[0]?.reason ?? delta) : `no slice "${name}" is defined`;
  }

  /** A stamp later than every stamp this replica has made or seen (a hybrid logical clock). */
  /** @internal A new change stamp of this replica. */
  stamp(): [number, string] {
    this.#clock = Math.max(this.#now(), this.#clock + 1);
    return [this.#clock, this.replica];
  }
}

/**
 * Convert the first storage format (the whole state as one plain object, without stamps) into
 * slice data, older than any change made since. Bad slices are listed; unknown keys are dropped.
 */
export function migrateV1(raw: unknown): { slices: Record<string, SliceData>; problems: DataProblem[] } {
  // Set by a replica `v1` whose clock starts at 1: older than any later change, the same in every tab.
  const v1 = new WorkspaceData('v1', () => 0);
  const problems: DataProblem[] = isRecord(raw) ? [] : [{ slice: '*', reason: 'not an object' }];
  for (const [slice, value] of Object.entries(isRecord(raw) ? raw : {})) {
    const reason = registry.slices.has(slice) && v1.set(slice, value);
    if (typeof reason === 'string') problems.push({ slice, reason });
  }
  return { slices: v1.toJSON(), problems };
}
