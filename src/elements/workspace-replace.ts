/**
 * Replacing several workspace slices at once, for a journey opened from a file or a link. Apart
 * from `WorkspaceData` so that only the element that restores journeys (`<lio-journey-share>`)
 * carries it; every other element's first load stays without it. Used through
 * `getWorkspace(name).change((data) => replaceSlices(data, values, versions))`.
 */
import { isId, type Registry, type SliceData, type WorkspaceData } from './workspace-data.js';

// The slices defined on this page, where workspace-data.ts keeps them.
const registry = (globalThis as Record<symbol, unknown>)[Symbol.for('lio-widgets.workspace-slices@2')] as Registry;
const isIdList = (value: unknown): boolean => Array.isArray(value) && value.every(isId);

/**
 * Put `values` in the place of what these slices hold: a value slice gets the value, a list slice
 * exactly these ids, and `undefined` clears the slice. All or nothing: a value a defined slice
 * refuses changes nothing. A slice not defined on this page (its widget is not here) is stamped
 * with its format version from `versions` and kept unseen, like data from storage, until a widget
 * defines and checks it. Returns the delta, or why it was refused.
 */
export function replaceSlices(
  data: WorkspaceData,
  values: Readonly<Record<string, unknown>>,
  versions: Readonly<Record<string, number>>,
): Record<string, SliceData> | string {
  for (const [name, value] of Object.entries(values)) {
    const spec = registry.slices.get(name);
    if (!spec) {
      if (!Number.isInteger(versions[name])) return `no slice "${name}" is defined and no version was given`;
    } else if (value !== undefined && (spec.kind === 'list' ? !(isIdList(value) && (value as string[]).every(spec.checkItem)) : spec.check(value) === undefined)) {
      return `an invalid "${name}"`;
    }
  }
  const delta: Record<string, SliceData> = {};
  for (const [name, value] of Object.entries(values)) {
    const spec = registry.slices.get(name);
    let change: Record<string, SliceData> | string;
    if (spec) change = data.set(name, spec.kind === 'list' ? (value ?? []) : value);
    else {
      const stamp = data.stamp();
      change = { [name]: { v: versions[name]!, e: { '': value === undefined ? stamp : [...stamp, value] } } };
      data.merge(change, 'file');
    }
    if (typeof change === 'string') return change;
    Object.assign(delta, change);
  }
  return delta;
}
