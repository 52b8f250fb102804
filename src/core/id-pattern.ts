/**
 * The form of every id in a catalogue and a plan. On its own, not in ids.ts: ids.ts is in every
 * widget's first load, and this is needed only by the schemas (lazy) and the plan's checks.
 */

/** Lower-case kebab-case, e.g. `job-crafting`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
