/**
 * Merge and cross-check a catalogue an author supplied. Pure: no DOM, no Lit; runs in Node and
 * browsers. Loaded by the elements with the schema checks (validate.ts), only for custom
 * catalogues.
 *
 *   buildCatalogue(source, base) → merged with the default when it `extends` it, cross-checked and indexed
 */
import { indexCatalogue, type Catalogue } from './catalogue.js';
import { problem, type Result } from './problems.js';
import { checkReferences, finishProblems } from './references.js';
import type { CatalogueSource, FullCatalogue, Intervention } from './schema.js';

/**
 * Merge (when the source extends `base`), cross-check ids and index. `base` is required for an
 * extension; a complete catalogue ignores it.
 */
export function buildCatalogue(source: CatalogueSource, base?: Catalogue): Result<Catalogue> {
  return buildChecked(source, base, source);
}

/**
 * `buildCatalogue` for a source the schema accepted; problems are sorted in the order of `input`,
 * the file as written (the schema's output lists an object's fields in the schema's order).
 */
export function buildChecked(source: CatalogueSource, base: Catalogue | undefined, input: unknown): Result<Catalogue> {
  if ('extends' in source && !base) {
    return { ok: false, problems: [problem('extends', 'missing-entry', 'extends the default catalogue, which is not available')] };
  }
  const { problems, known } = checkReferences(source, base);
  if (problems.length) return { ok: false, problems: finishProblems(problems, input, known) };
  return { ok: true, value: indexCatalogue('extends' in source ? merge(source, base!) : source) };
}

/**
 * The default with the extension's additions, overrides (by id) and removals, and its own scan
 * question set if it has one; ids already checked.
 */
function merge(source: Extract<CatalogueSource, { extends: 'default' }>, base: Catalogue): FullCatalogue {
  const removed = new Set(source.remove ?? []);
  const overrides = new Map((source.interventions ?? []).map((item) => [item.id, item]));
  const kept = base.interventions
    .filter((item) => !removed.has(item.id))
    .map((item) => overrides.get(item.id) ?? dropRemovedRelations(item, removed));
  const added = (source.interventions ?? []).filter((item) => !base.interventionById.has(item.id));
  // A question set is one instrument: the extension's replaces the default's whole, never mixes with it.
  const scan = source.scan ?? base.scan;
  // The default's aliases hold, with the extension's own; one whose item the extension removed, or
  // whose old id it uses again for an item of its own, has nothing left to point at.
  const ids = new Set([...kept, ...added].map((item) => item.id));
  const inherited = [...base.aliases].filter(([id, target]) => ids.has(target) && !ids.has(id));
  const aliases = { ...Object.fromEntries(inherited), ...source.aliases };
  return {
    schemaVersion: 1,
    meta: { ...base.meta, ...source.meta },
    levels: [...base.levels],
    phases: [...base.phases],
    evidence: [...base.evidence],
    interventions: [...kept, ...added],
    aliases,
    ...(scan ? { scan } : {}),
  };
}

/** A default item may point at one the extension removes; the author cannot edit it, so drop the link. */
function dropRemovedRelations(item: Intervention, removed: ReadonlySet<string>): Intervention {
  if (!item.related?.some((id) => removed.has(id))) return item;
  return { ...item, related: item.related.filter((id) => !removed.has(id)) };
}
