/**
 * The catalogue as widgets read it: indexed and frozen. Pure: no DOM, no Lit; runs in Node and
 * browsers.
 *
 *   indexCatalogue(full) → a complete, already checked catalogue, indexed (the built-in one)
 *
 * Merging an extension and cross-checking ids live in build.ts, and checking a file against the
 * schema in validate.ts: pages that use only the built-in catalogue (checked when it was
 * generated) load neither.
 */
import { EVIDENCE_IDS, LEVEL_IDS, PHASE_IDS, type EvidenceId, type LevelId, type PhaseId } from './ids.js';
import { deepFreeze } from './freeze.js';
import { problem, type Result } from './problems.js';
import type { EvidenceKind, Factor, FullCatalogue, Intervention, Level, Meta, Phase, ScanQuestionSet } from './schema.js';

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
  /** Old intervention ids and the id each now lives on (merged items); see `currentId`. */
  readonly aliases: ReadonlyMap<string, string>;
  /** The quick scan's question set, when the catalogue has one (the built-in one does). */
  readonly scan?: ScanQuestionSet;
}

/** Parse JSON text; a syntax error becomes a problem (at `path`, e.g. the attribute the text came from), not an exception. */
export function parseJson(text: string, path = ''): Result<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [problem(path, 'invalid-json', `not valid JSON (${detail})`)] };
  }
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

/** Index and freeze a complete catalogue whose ids are known to be consistent (see `buildCatalogue`). */
export function indexCatalogue(full: FullCatalogue): Catalogue {
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
    aliases: new Map(Object.entries(full.aliases ?? {})),
    scan: deepFreeze(full.scan),
  });
}
