/**
 * Check an author's catalogue against the contract (zod schemas) and turn every issue into a
 * readable problem. Loaded lazily by the elements: only custom catalogues need it.
 *
 *   parseCatalogueSource(json) → the author's file, checked against the schema
 *   loadCatalogue(json, base)  → parsed, merged with the default when it extends it, and indexed
 */
import type { $ZodIssue } from 'zod/v4/core';
import { buildCatalogue, type Catalogue } from './catalogue.js';
import { formatPath, problem, type Problem, type Result } from './problems.js';
import { ExtensionCatalogue, FORMAT_MESSAGES, FullCatalogue, type CatalogueSource } from './schema.js';

/**
 * Check a value against the catalogue contract. A value with an `extends` field is read as an
 * extension of the default; anything else as a complete catalogue.
 */
export function parseCatalogueSource(input: unknown): Result<CatalogueSource> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, problems: [problem('', 'invalid-type', 'expected a JSON object', { expected: 'object' })] };
  }
  const schema = 'extends' in input ? ExtensionCatalogue : FullCatalogue;
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: result.error.issues.map((issue) => issueToProblem(issue)) };
}

/** Parse and build in one step. */
export function loadCatalogue(input: unknown, base?: Catalogue): Result<Catalogue> {
  const parsed = parseCatalogueSource(input);
  return parsed.ok ? buildCatalogue(parsed.value, base) : parsed;
}

function issueToProblem(issue: $ZodIssue): Problem {
  const path = formatPath(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return problem(path, 'invalid-type', issue.input === undefined ? `is required (${issue.expected})` : `expected ${issue.expected}`, {
        expected: issue.expected,
      });
    case 'invalid_value': {
      const values = issue.values.map(String).join(', ');
      return problem(path, 'invalid-value', issue.values.length === 1 ? `expected ${values}` : `expected one of ${values}`, { values });
    }
    case 'invalid_format': {
      const format = (Object.keys(FORMAT_MESSAGES) as Array<keyof typeof FORMAT_MESSAGES>).find((key) => FORMAT_MESSAGES[key] === issue.message);
      return problem(path, 'invalid-format', issue.message, { format: format ?? issue.message });
    }
    case 'too_small':
      return issue.origin === 'array'
        ? problem(path, 'too-small', `needs at least ${String(issue.minimum)} item(s)`, { minimum: Number(issue.minimum) })
        : problem(path, 'too-small', 'must not be empty', { minimum: Number(issue.minimum) });
    case 'unrecognized_keys':
      return problem(path, 'unknown-field', `unknown field(s): ${issue.keys.join(', ')}`, { keys: issue.keys.join(', '), count: issue.keys.length });
    case 'invalid_union':
      // Only localised texts are unions in the contract.
      if (issue.input === undefined) return problem(path, 'invalid-type', 'is required (text)', { expected: 'text' });
      if (typeof issue.input === 'object' && issue.input !== null && !('nl' in issue.input)) {
        return problem(path, 'missing-dutch', 'the Dutch text ("nl") is required');
      }
      return problem(path, 'invalid-text', 'expected a text: a string or { "nl": "…", "en": "…" }');
    default:
      return problem(path, 'invalid', issue.message);
  }
}
