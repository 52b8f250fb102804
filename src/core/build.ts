/**
 * Merge and cross-check a catalogue an author supplied. Pure: no DOM, no Lit; runs in Node and
 * browsers. Loaded by the elements with the schema checks (validate.ts), only for custom
 * catalogues.
 *
 *   buildCatalogue(source, base) → merged with the default when it `extends` it, cross-checked and indexed
 */
import { indexCatalogue, type Catalogue } from './catalogue.js';
import { EVIDENCE_IDS, LEVEL_IDS, PHASE_IDS } from './ids.js';
import { capProblems, problem, type Problem, type Result } from './problems.js';
import type { CatalogueSource, FullCatalogue, Intervention } from './schema.js';

/**
 * Merge (when the source extends `base`), cross-check ids and index. `base` is required for an
 * extension; a complete catalogue ignores it.
 */
export function buildCatalogue(source: CatalogueSource, base?: Catalogue): Result<Catalogue> {
  let full: FullCatalogue;
  const problems: Problem[] = [];
  if ('extends' in source) {
    if (!base) {
      return { ok: false, problems: [problem('extends', 'missing-entry', 'extends the default catalogue, which is not available')] };
    }
    // Two overrides of one default item would silently collapse into one; new ids that repeat
    // are caught by the cross-check below.
    const overridden = new Set<string>();
    (source.interventions ?? []).forEach((item, i) => {
      if (!base.interventionById.has(item.id)) return;
      if (overridden.has(item.id)) problems.push(problem(`interventions[${i}].id`, 'duplicate-id', `"${item.id}" is used twice`, { id: item.id }));
      overridden.add(item.id);
    });
    const removed = new Set(source.remove ?? []);
    (source.remove ?? []).forEach((id, i) => {
      if (!base.interventionById.has(id)) {
        problems.push(problem(`remove[${i}]`, 'unknown-remove', `removes "${id}", which the default catalogue does not have`, { id }));
      }
    });
    const overrides = new Map((source.interventions ?? []).map((item) => [item.id, item]));
    const kept = base.interventions
      .filter((item) => !removed.has(item.id))
      .map((item) => overrides.get(item.id) ?? dropRemovedRelations(item, removed));
    const added = (source.interventions ?? []).filter((item) => !base.interventionById.has(item.id));
    full = {
      schemaVersion: 1,
      meta: { ...base.meta, ...source.meta },
      levels: [...base.levels],
      phases: [...base.phases],
      evidence: [...base.evidence],
      interventions: [...kept, ...added],
    };
  } else {
    full = source;
  }
  // Not push(...list): spreading hundreds of thousands of problems overflows the call stack.
  const all = problems.concat(crossCheck(full, 'extends' in source ? source : undefined));
  if (all.length) return { ok: false, problems: capProblems(all) };
  return { ok: true, value: indexCatalogue(full) };
}

function crossCheck(catalogue: FullCatalogue, extension?: CatalogueSource): Problem[] {
  const problems: Problem[] = [];
  const requireAll = <T extends string>(key: 'levels' | 'phases' | 'evidence', ids: readonly T[], present: readonly { id: T }[]) => {
    const seen = new Set<T>();
    present.forEach((entry, i) => {
      if (seen.has(entry.id)) problems.push(problem(`${key}[${i}].id`, 'duplicate-id', `"${entry.id}" is listed twice`, { id: entry.id }));
      seen.add(entry.id);
    });
    for (const id of ids) {
      if (!seen.has(id)) problems.push(problem(key, 'missing-entry', `"${id}" is missing`, { id }));
    }
  };
  requireAll('levels', LEVEL_IDS, catalogue.levels);
  requireAll('phases', PHASE_IDS, catalogue.phases);
  requireAll('evidence', EVIDENCE_IDS, catalogue.evidence);

  const factorIds = new Set<string>();
  catalogue.levels.forEach((level, l) =>
    level.factors.forEach((factor, f) => {
      if (factorIds.has(factor.id)) {
        problems.push(problem(`levels[${l}].factors[${f}].id`, 'duplicate-id', `"${factor.id}" is used twice`, { id: factor.id }));
      }
      factorIds.add(factor.id);
    }),
  );

  // Report intervention problems against the author's own file where the item came from it.
  const ownIndex = new Map<string, number>();
  if (extension && 'extends' in extension) (extension.interventions ?? []).forEach((item, i) => ownIndex.set(item.id, i));
  const pathOf = (item: Intervention, i: number) =>
    extension ? (ownIndex.has(item.id) ? `interventions[${ownIndex.get(item.id)}]` : `default:${item.id}`) : `interventions[${i}]`;

  const interventionIds = new Set(catalogue.interventions.map((item) => item.id));
  const seen = new Set<string>();
  catalogue.interventions.forEach((item, i) => {
    const at = pathOf(item, i);
    if (seen.has(item.id)) problems.push(problem(`${at}.id`, 'duplicate-id', `"${item.id}" is used twice`, { id: item.id }));
    seen.add(item.id);
    item.factors.forEach((factor, f) => {
      if (!factorIds.has(factor)) {
        problems.push(problem(`${at}.factors[${f}]`, 'unknown-factor', `unknown factor "${factor}"`, { id: factor }));
      }
    });
    (item.related ?? []).forEach((id, r) => {
      if (!interventionIds.has(id)) {
        problems.push(problem(`${at}.related[${r}]`, 'unknown-related', `unknown intervention "${id}"`, { id }));
      }
    });
  });
  return problems;
}

/** A default item may point at one the extension removes; the author cannot edit it, so drop the link. */
function dropRemovedRelations(item: Intervention, removed: ReadonlySet<string>): Intervention {
  if (!item.related?.some((id) => removed.has(id))) return item;
  return { ...item, related: item.related.filter((id) => !removed.has(id)) };
}
