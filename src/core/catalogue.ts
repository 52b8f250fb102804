/**
 * Merge, cross-check and index a catalogue. Pure: no DOM, no Lit; runs in Node and browsers.
 *
 *   buildCatalogue(source, base) → merged with the default when it `extends` it, cross-checked and indexed
 *
 * Checking a file against the schema lives in validate.ts, so that pages using only the built-in
 * (already validated) catalogue never load the schema library.
 */
import { EVIDENCE_IDS, LEVEL_IDS, PHASE_IDS, type EvidenceId, type LevelId, type PhaseId } from './ids.js';
import { capProblems, problem, type Problem, type Result } from './problems.js';
import type {
  CatalogueSource,
  EvidenceKind,
  Factor,
  FullCatalogue,
  Intervention,
  Level,
  Meta,
  Phase,
} from './schema.js';

/** A factor together with the level it belongs to. */
export interface IndexedFactor extends Factor {
  level: LevelId;
}

/** A validated, merged, indexed and frozen catalogue. */
export interface Catalogue {
  readonly meta: Meta;
  readonly levels: readonly Level[];
  readonly phases: readonly Phase[];
  readonly evidence: readonly EvidenceKind[];
  readonly interventions: readonly Intervention[];
  readonly interventionById: ReadonlyMap<string, Intervention>;
  readonly factorById: ReadonlyMap<string, IndexedFactor>;
  readonly byLevel: ReadonlyMap<LevelId, readonly Intervention[]>;
  readonly byFactor: ReadonlyMap<string, readonly Intervention[]>;
  readonly byPhase: ReadonlyMap<PhaseId, readonly Intervention[]>;
  readonly byEvidence: ReadonlyMap<EvidenceId, readonly Intervention[]>;
}

/** Parse JSON text; a syntax error becomes a problem, not an exception. */
export function parseJson(text: string): Result<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [problem('', 'invalid-json', `not valid JSON (${detail})`)] };
  }
}

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
  return { ok: true, value: index(full) };
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

function groupBy<K, V>(items: readonly V[], keysOf: (item: V) => readonly K[]): Map<K, V[]> {
  const map = new Map<K, V[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    }
  }
  return map;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function index(full: FullCatalogue): Catalogue {
  const order = new Map(LEVEL_IDS.map((id, i) => [id, i]));
  const levels = [...full.levels].sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const factorById = new Map<string, IndexedFactor>();
  for (const level of levels) for (const factor of level.factors) factorById.set(factor.id, { ...factor, level: level.id });
  const interventions = deepFreeze(full.interventions);
  return Object.freeze({
    meta: deepFreeze(full.meta),
    levels: deepFreeze(levels),
    phases: deepFreeze(PHASE_IDS.map((id) => full.phases.find((p) => p.id === id)!)),
    evidence: deepFreeze(EVIDENCE_IDS.map((id) => full.evidence.find((e) => e.id === id)!)),
    interventions,
    interventionById: new Map(interventions.map((item) => [item.id, item])),
    factorById: deepFreeze(factorById),
    byLevel: groupBy(interventions, (item) => [item.level]),
    byFactor: groupBy(interventions, (item) => item.factors),
    byPhase: groupBy(interventions, (item) => item.phases),
    byEvidence: groupBy(interventions, (item) => [item.evidence]),
  });
}
