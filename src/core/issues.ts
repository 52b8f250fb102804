/**
 * zod's issues as the problems people read: the wording the catalogue's checks use (validate.ts)
 * and, for what they have in common, the plan import (plan/import.ts).
 */
import type { $ZodIssue } from 'zod/v4/core';
import { problem, type Problem } from './problems.js';
import { formatPath } from './problem-list.js';
import { FORMAT_MESSAGES } from './schema.js';

/** One zod issue as a problem at its JSON path. */
export function issueToProblem(issue: $ZodIssue): Problem {
  const path = formatPath(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int' && issue.input !== undefined) return problem(path, 'not-an-integer', 'expected a whole number');
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
      if (isNumeric(issue.origin)) {
        const minimum = Number(issue.minimum);
        return problem(path, 'below-minimum', `must be ${minimum} or more`, { minimum });
      }
      if (issue.origin === 'array' && issue.exact) return exactCount(path, issue.minimum);
      return issue.origin === 'array'
        ? problem(path, 'too-small', `needs at least ${String(issue.minimum)} item(s)`, { minimum: Number(issue.minimum) })
        : problem(path, 'too-small', 'must not be empty', { minimum: Number(issue.minimum) });
    case 'too_big':
      if (isNumeric(issue.origin)) {
        const maximum = Number(issue.maximum);
        return problem(path, 'above-maximum', `must be ${maximum} or less`, { maximum });
      }
      if (issue.origin === 'array' && issue.exact) return exactCount(path, issue.maximum);
      return problem(path, 'invalid', issue.message);
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

/** A list that must have exactly `count` items (the scan's five scale labels). */
function exactCount(path: string, count: number | bigint): Problem {
  return problem(path, 'wrong-count', `needs exactly ${String(count)} items`, { count: Number(count) });
}

/** zod reports a number's bound with origin `number`, or `int` for the safe-integer range. */
function isNumeric(origin: string): boolean {
  return origin === 'number' || origin === 'int' || origin === 'bigint';
}
