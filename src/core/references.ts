/**
 * Cross-checks between the parts of a catalogue: ids used twice, factors, related items and
 * removed items that do not exist, levels, phases or evidence kinds that are missing, and in the
 * quick scan's question set: statements whose factor does not exist, ids used twice, thresholds
 * in the wrong order. Pure: no
 * DOM, no Lit. Loaded with the schema checks (validate.ts), only for catalogues a host supplies.
 *
 * The checks read their input defensively, so they also run on a file the schema rejected: an
 * author then sees every problem in one run instead of one round per kind. They look only at
 * what can be read (well-formed ids in lists that are lists); a malformed value is the schema's
 * to report. A reference is checked only against a list whose ids could all be read, so a broken
 * `levels` (or one malformed factor id) does not turn every factor into an "unknown factor".
 *
 *   checkReferences(input, base) → cross-reference problems and the ids that do exist
 *   finishProblems(...)          → sorted in file order, capped, with "did you mean" suggestions
 *   sortByInput(problems, input) → in the order of the file
 */
import type { Catalogue } from './catalogue.js';
import { EVIDENCE_IDS, LEVEL_IDS, PHASE_IDS } from './ids.js';
import { problem, type Problem } from './problems.js';
import { MAX_PROBLEMS, omittedProblems } from './problem-list.js';
import { ID_PATTERN } from './schema.js';
import { addValidationProblemMessages } from './validation-messages.js';

// The Dutch wording of the problems only the checks report arrives with them (validate.ts,
// which reports a list of the wrong length, imports this module too).
addValidationProblemMessages();

/** The ids a reference may name, for suggestions. */
export interface KnownIds {
  factors: readonly string[];
  interventions: readonly string[];
  /** The default's intervention ids, which `remove` may name (empty for a complete catalogue). */
  removable: readonly string[];
}

type JsonObject = Readonly<Record<string, unknown>>;

const objectOf = (value: unknown): JsonObject | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;
const listOf = (value: unknown): readonly unknown[] | undefined => (Array.isArray(value) ? value : undefined);
/** A well-formed id, or undefined: the schema reports any other value. */
const idOf = (value: unknown): string | undefined => (typeof value === 'string' && ID_PATTERN.test(value) ? value : undefined);

/**
 * Cross-check a catalogue file (checked by the schema or not). An extension (a file with an
 * `extends` field) is checked against `base`, the default it extends; without `base` its
 * references cannot be checked and none are reported.
 */
export function checkReferences(input: unknown, base?: Catalogue): { problems: Problem[]; known: KnownIds } {
  const root = objectOf(input) ?? {};
  const extending = 'extends' in root;
  const problems: Problem[] = [];
  const items = listOf(root['interventions']) ?? [];
  if (extending && !base) return { problems, known: { factors: [], interventions: [], removable: [] } };

  // Factors: the default's when extending it, else the file's own (readable only if every level's list is).
  const factorSet = new Set<string>();
  let factorsReadable = true;
  if (base && extending) {
    for (const id of base.factorById.keys()) factorSet.add(id);
  } else {
    requireAll(problems, 'levels', LEVEL_IDS, root['levels']);
    requireAll(problems, 'phases', PHASE_IDS, root['phases']);
    requireAll(problems, 'evidence', EVIDENCE_IDS, root['evidence']);
    const levels = listOf(root['levels']);
    factorsReadable = levels !== undefined;
    levels?.forEach((level, l) => {
      const list = listOf(objectOf(level)?.['factors']);
      if (!list) factorsReadable = false;
      list?.forEach((factor, f) => {
        const id = idOf(objectOf(factor)?.['id']);
        if (id === undefined) {
          factorsReadable = false;
          return;
        }
        if (factorSet.has(id)) problems.push(problem(`levels[${l}].factors[${f}].id`, 'duplicate-id', `"${id}" is used twice`, { id }));
        factorSet.add(id);
      });
    });
  }

  // Interventions: the file's own, plus what is left of the default when extending it.
  const removed = new Set<string>();
  listOf(root['remove'])?.forEach((entry, i) => {
    const id = idOf(entry);
    if (id === undefined || !base || !extending) return;
    removed.add(id);
    if (!base.interventionById.has(id)) {
      problems.push(problem(`remove[${i}]`, 'unknown-remove', `removes "${id}", which the default catalogue does not have`, { id }));
    }
  });
  const own = new Set<string>();
  // A related id can only be judged when every item's id could be read (a mistyped id may be the one it names).
  let idsReadable = true;
  items.forEach((item, i) => {
    const id = idOf(objectOf(item)?.['id']);
    if (id === undefined) {
      idsReadable = false;
      return;
    }
    if (own.has(id)) problems.push(problem(`interventions[${i}].id`, 'duplicate-id', `"${id}" is used twice`, { id }));
    own.add(id);
  });
  const interventions = [...own];
  if (base && extending) for (const item of base.interventions) if (!removed.has(item.id) && !own.has(item.id)) interventions.push(item.id);
  const interventionSet = new Set(interventions);

  items.forEach((item, i) => {
    const fields = objectOf(item);
    if (factorsReadable) {
      listOf(fields?.['factors'])?.forEach((entry, f) => {
        const id = idOf(entry);
        if (id !== undefined && !factorSet.has(id)) {
          problems.push(problem(`interventions[${i}].factors[${f}]`, 'unknown-factor', `unknown factor "${id}"`, { id }));
        }
      });
    }
    if (idsReadable) {
      listOf(fields?.['related'])?.forEach((entry, r) => {
        const id = idOf(entry);
        if (id !== undefined && !interventionSet.has(id)) {
          problems.push(problem(`interventions[${i}].related[${r}]`, 'unknown-related', `unknown intervention "${id}"`, { id }));
        }
      });
    }
  });
  if (idsReadable) checkAliases(problems, objectOf(root['aliases']), interventionSet, extending ? base?.aliases : undefined);
  checkScan(problems, root['scan'], factorsReadable ? factorSet : undefined);
  const removable = base && extending ? base.interventions.map((item) => item.id) : [];
  return { problems, known: { factors: [...factorSet], interventions, removable } };
}

/**
 * Aliases (old id → current id): the target an existing intervention and not an alias itself (one
 * step always reaches the item: no chains), the old id not an existing intervention's. `inherited`:
 * the default's aliases, which an extension's may not point at either.
 */
function checkAliases(problems: Problem[], aliases: JsonObject | undefined, interventions: ReadonlySet<string>, inherited?: ReadonlyMap<string, string>): void {
  for (const [id, value] of Object.entries(aliases ?? {})) {
    const target = idOf(value);
    const path = `aliases.${id}`;
    if (interventions.has(id)) problems.push(problem(path, 'alias-shadows-id', `alias "${id}" is also the id of an intervention`, { id }));
    else if (target === undefined) continue;
    else if (aliases?.[target] !== undefined || inherited?.has(target)) {
      problems.push(problem(path, 'alias-chain', `alias "${id}" points at "${target}", itself an alias; point at the current id`, { id, target }));
    } else if (!interventions.has(target)) {
      problems.push(problem(path, 'unknown-alias-target', `alias "${id}" points at "${target}", which is not an intervention`, { id, target }));
    }
  }
}

/**
 * The quick scan's question set: statement and role ids once each, every statement's factor an
 * existing one (when the factors could all be read), and the strength threshold above the
 * improvement threshold. `finishProblems` names the statement in each problem inside one.
 */
function checkScan(problems: Problem[], value: unknown, factors: ReadonlySet<string> | undefined): void {
  const scan = objectOf(value);
  if (!scan) return;
  const thresholds = objectOf(scan['thresholds']);
  const strength = thresholds?.['strength'];
  const improvement = thresholds?.['improvement'];
  if (typeof strength === 'number' && typeof improvement === 'number' && strength <= improvement) {
    problems.push(
      problem('scan.thresholds', 'threshold-order', `the strength threshold (${strength}) must be higher than the improvement threshold (${improvement})`, {
        strength,
        improvement,
      }),
    );
  }
  const roles = new Set<string>();
  listOf(scan['roles'])?.forEach((role, i) => {
    const id = idOf(objectOf(role)?.['id']);
    if (id === undefined) return;
    if (roles.has(id)) problems.push(problem(`scan.roles[${i}].id`, 'duplicate-id', `"${id}" is used twice`, { id }));
    roles.add(id);
  });
  const statements = new Set<string>();
  listOf(scan['statements'])?.forEach((statement, i) => {
    const fields = objectOf(statement);
    const id = idOf(fields?.['id']);
    if (id !== undefined) {
      if (statements.has(id)) problems.push(problem(`scan.statements[${i}].id`, 'duplicate-id', `"${id}" is used twice`, { id }));
      statements.add(id);
    }
    const factor = idOf(fields?.['factor']);
    if (factors && factor !== undefined && !factors.has(factor)) {
      problems.push(problem(`scan.statements[${i}].factor`, 'unknown-factor', `unknown factor "${factor}"`, { id: factor }));
    }
  });
}

/** The id of the scan statement a path lies in (`scan.statements[3].factor` → its id), if readable. */
function statementAt(path: string, input: unknown): string | undefined {
  const index = /^scan\.statements\[(\d+)\]/.exec(path)?.[1];
  if (index === undefined) return undefined;
  return idOf(objectOf(listOf(objectOf(objectOf(input)?.['scan'])?.['statements'])?.[Number(index)])?.['id']);
}

/** A complete catalogue lists every level, phase and evidence kind once. */
function requireAll(problems: Problem[], key: string, required: readonly string[], value: unknown): void {
  const entries = listOf(value);
  if (!entries) return; // not a list: the schema says so
  const seen = new Set<string>();
  let readable = true;
  entries.forEach((entry, i) => {
    const id = objectOf(entry)?.['id'];
    if (typeof id !== 'string') {
      readable = false;
      return;
    }
    if (seen.has(id)) problems.push(problem(`${key}[${i}].id`, 'duplicate-id', `"${id}" is listed twice`, { id }));
    seen.add(id);
  });
  if (!readable) return; // an entry without a readable id may be the one that seems missing
  for (const id of required) if (!seen.has(id)) problems.push(problem(key, 'missing-entry', `"${id}" is missing`, { id }));
}

/**
 * The problems as the author reads them: in the order of the file (`input`), the first
 * MAX_PROBLEMS kept and the rest counted (plus `omitted` already left out), and each unknown id
 * with the nearest known one as a suggestion (`params.suggestion`, also in the message). An
 * unknown factor also carries every factor id (`params.valid`): there are few, and they are the
 * answer. A problem inside a scan statement names the statement in its path
 * (`scan.statements[3] (autonomy-2).factor`): a list of 30 statements is read by id, not by
 * index. Suggestions are computed only for the problems kept.
 */
export function finishProblems(problems: readonly Problem[], input: unknown, known: KnownIds, omitted = 0): Problem[] {
  const sorted = sortByInput(problems, input);
  const kept = sorted.slice(0, MAX_PROBLEMS);
  const left = omitted + sorted.length - kept.length;
  const suggestions = new Map<string, string | undefined>();
  const candidates: Partial<Record<Problem['code'], readonly string[]>> = {
    'unknown-factor': known.factors,
    'unknown-related': known.interventions,
    'unknown-remove': known.removable,
    'unknown-alias-target': known.interventions,
  };
  const finished = kept.map((p) => {
    const among = candidates[p.code];
    // An alias problem names the alias (`id`); the id to correct is its target.
    const id = p.params?.[p.code === 'unknown-alias-target' ? 'target' : 'id'];
    if (!among || typeof id !== 'string') return p;
    const key = `${p.code} ${id}`;
    if (!suggestions.has(key)) suggestions.set(key, nearest(id, among));
    const suggestion = suggestions.get(key);
    const params: Record<string, string | number> = { ...p.params };
    let message = p.message;
    if (suggestion) {
      params['suggestion'] = suggestion;
      message += ` (did you mean "${suggestion}"?)`;
    }
    if (p.code === 'unknown-factor') params['valid'] = known.factors.join(', ');
    return problem(p.path, p.code, message, params);
  }).map((p) => nameStatement(p, input));
  return left ? [...finished, omittedProblems(left)] : finished;
}

/**
 * `p` with the scan statement it lies in named in its path: `scan.statements[3].factor` →
 * `scan.statements[3] (autonomy-2).factor`. Done after sorting, which reads the plain path.
 */
function nameStatement(p: Problem, input: unknown): Problem {
  const statement = statementAt(p.path, input);
  if (statement === undefined) return p;
  return { ...p, path: p.path.replace(/^scan\.statements\[\d+\]/, (at) => `${at} (${statement})`) };
}

/**
 * The candidate closest to `word` by edit distance, if close enough to be a likely typing
 * mistake: at most a third of the word's length apart (at least 2). Ties go to the earlier one.
 */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance: insertions, deletions and substitutions, one row at a time. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * The problems in the order their values appear in `input` (the parsed file; JSON.parse keeps
 * the file's key order), so they read top to bottom like the file. An unknown field sorts at its
 * (first) name; a path that is not in the input (a missing field) with its nearest parent that is. Stable: problems at one value
 * keep their order. A closing `too-many-problems` entry stays last.
 */
export function sortByInput(problems: readonly Problem[], input: unknown): Problem[] {
  const order = new Map<string, number>();
  const walk = (value: unknown, path: string) => {
    order.set(path, order.size);
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`));
    else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) walk(item, path ? `${path}.${key}` : key);
  };
  walk(input, '');
  const rank = (p: Problem) => {
    if (p.code === 'too-many-problems') return Infinity;
    // An unknown field sorts where the field is, not where its object starts (as the CLI shows it).
    const key = p.code === 'unknown-field' ? String(p.params?.['keys'] ?? '').split(', ')[0] : '';
    const field = key ? order.get(p.path ? `${p.path}.${key}` : key) : undefined;
    if (field !== undefined) return field;
    for (let path = p.path; ; path = parentPath(path)) {
      const at = order.get(path);
      if (at !== undefined) return at;
      if (!path) return 0;
    }
  };
  return problems
    .map((p, index) => ({ p, index, rank: rank(p) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.p);
}

/** `a.b[2].c` → `a.b[2]` → `a.b` → `a` → `` */
export function parentPath(path: string): string {
  const parent = path.replace(/(?:\.[^.[]*|\[\d+\])$/, '');
  return parent === path ? '' : parent;
}
