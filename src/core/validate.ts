/**
 * Check an author's catalogue against the contract (zod schemas) and turn every issue into a
 * readable problem. Loaded lazily by the elements: only custom catalogues need it.
 *
 *   parseCatalogueSource(json) → the author's file, checked against the schema
 *   loadCatalogue(json, base)  → parsed, merged with the default when it extends it, and indexed;
 *                                on failure every problem: schema and cross-references
 */
import type { $ZodIssue } from 'zod/v4/core';
import { buildChecked } from './build.js';
import type { Catalogue } from './catalogue.js';
import { countProblems, problem, type Problem, type Result } from './problems.js';
import { MAX_PROBLEMS, omittedProblems } from './problem-list.js';
import { issueToProblem } from './issues.js';
import { checkReferences, finishProblems } from './references.js';
import { ExtensionCatalogue, FullCatalogue, type CatalogueSource } from './schema.js';

/**
 * Check a value against the catalogue contract. A value with an `extends` field is read as an
 * extension of the default; anything else as a complete catalogue.
 */
export function parseCatalogueSource(input: unknown): Result<CatalogueSource> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, problems: [problem('', 'invalid-type', 'expected a JSON object', { expected: 'object' })] };
  }
  const schema: Schema = 'extends' in input ? ExtensionCatalogue : FullCatalogue;
  const problems: Problem[] = [];
  let omitted = 0;
  const parsed = check(schema, input, (issue) => {
    if (problems.length < MAX_PROBLEMS) problems.push(issueToProblem(issue));
    else omitted++;
  });
  if (parsed.ok) return { ok: true, value: parsed.value as CatalogueSource };
  return { ok: false, problems: omitted ? [...problems, omittedProblems(omitted)] : problems };
}

type Schema = typeof FullCatalogue | typeof ExtensionCatalogue;

/** Split a too-large array into this many pieces at a time. */
const PIECES = 8;

/**
 * Run the schema and pass every issue to `visit`. zod gathers a child's issues into its parent
 * with `push(...issues)`, which throws a RangeError beyond roughly 120,000 arguments; then the
 * largest array in the input is checked in pieces (recursively, should a piece still be too
 * much), with each piece's issue paths shifted back to the item's real index. Issues outside
 * that array are the same for every piece and are taken from the first one only.
 */
function check(schema: Schema, input: unknown, visit: (issue: $ZodIssue) => void): { ok: true; value: unknown } | { ok: false } {
  let result: ReturnType<Schema['safeParse']>;
  try {
    result = schema.safeParse(input, { reportInput: true });
  } catch (error) {
    const split = error instanceof RangeError ? largestArray(input) : undefined;
    if (!split || split.items.length < 2) throw error;
    const { at, items } = split;
    const size = Math.ceil(items.length / PIECES);
    for (let start = 0; start < items.length; start += size) {
      check(schema, replaceAt(input, at, items.slice(start, start + size)), (issue) => {
        const inside = issue.path.length > at.length && at.every((key, i) => issue.path[i] === key);
        if (inside) {
          const path = [...issue.path];
          path[at.length] = (path[at.length] as number) + start;
          visit({ ...issue, path });
        } else if (start === 0) {
          visit(issue);
        }
      });
    }
    return { ok: false };
  }
  if (result.success) return { ok: true, value: result.data };
  for (const issue of result.error.issues) visit(issue);
  return { ok: false };
}

/** The longest array anywhere in a JSON value, with its path. */
function largestArray(value: unknown): { at: PropertyKey[]; items: unknown[] } | undefined {
  let best: { at: PropertyKey[]; items: unknown[] } | undefined;
  const walk = (node: unknown, at: PropertyKey[]) => {
    if (typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) {
      if (!best || node.length > best.items.length) best = { at, items: node };
      node.forEach((child, i) => walk(child, [...at, i]));
    } else {
      for (const [key, child] of Object.entries(node)) walk(child, [...at, key]);
    }
  };
  walk(value, []);
  return best;
}

/** A copy of `value` with the node at `at` replaced; only the containers on the way are copied. */
function replaceAt(value: unknown, at: readonly PropertyKey[], replacement: unknown): unknown {
  if (!at.length) return replacement;
  const [key, ...rest] = at;
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }) as Record<string, unknown>;
  copy[key as string] = replaceAt(copy[key as string], rest, replacement);
  return copy;
}

/**
 * Parse and build in one step, reporting every problem at once: when the schema rejects the
 * file, the id cross-checks still run on what can be read, so an author does not fix the file
 * in rounds. Problems come in the order of the file, unknown ids with a suggestion.
 */
export function loadCatalogue(input: unknown, base?: Catalogue): Result<Catalogue> {
  const parsed = parseCatalogueSource(input);
  if (parsed.ok) return buildChecked(parsed.value, base, input);
  const listed = parsed.problems.filter((p) => p.code !== 'too-many-problems');
  const references = checkReferences(input, base);
  // Not push(...list): spreading hundreds of thousands of problems overflows the call stack.
  const all = listed.concat(references.problems);
  return { ok: false, problems: finishProblems(all, input, references.known, countProblems(parsed.problems) - listed.length) };
}
