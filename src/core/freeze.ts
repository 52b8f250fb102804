/** One deep freeze for the catalogue (catalogue.ts) and the workspace's state (workspace-data.ts). */

/** Freeze `value` and everything inside it; what is frozen already is left as it is. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
