/**
 * The plan format's issues as problems, apart from import.ts (which also merges plans) so that
 * reading a journey, whose plans are in the plan format, words them the same without loading the
 * plan operations.
 */
import type { $ZodIssue } from 'zod/v4/core';
import { issueToProblem } from '../issues.js';
import { problem, type Problem } from '../problems.js';
import { formatPath } from '../problem-list.js';
import { PLAN_FORMAT_MESSAGES } from './schema.js';

/** The plan format's own issues (limits, a missing title, a date), then the catalogue's wording; also for the plans in a journey. */
export function planIssueToProblem(issue: $ZodIssue): Problem {
  const path = formatPath(issue.path);
  if (issue.code === 'custom' && issue.params?.['required'] === 'title') return problem(path, 'invalid-type', issue.message, { expected: 'text' });
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return problem(path, 'too-long', `must be at most ${Number(issue.maximum)} characters`, { maximum: Number(issue.maximum) });
  }
  if (issue.code === 'too_big' && issue.origin === 'array') return problem(path, 'too-many', `must have at most ${Number(issue.maximum)} items`, { maximum: Number(issue.maximum) });
  if (issue.code === 'invalid_format' && issue.format === 'datetime') return problem(path, 'invalid-format', PLAN_FORMAT_MESSAGES.datetime, { format: 'datetime' });
  return issueToProblem(issue);
}

