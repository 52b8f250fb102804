/**
 * The team view's numbers: several respondents' answers (decoded result codes) summed up per
 * factor and per role, without a server. Pure: no DOM, no Lit.
 */
import type { Catalogue } from '../catalogue.js';
import type { LevelId } from '../ids.js';
import type { ScanResponse } from './code.js';
import { scoreScan, type ScanOptions, type ScanQuestionSetLike } from './score.js';

/** The middle and the spread of some respondents' scores. */
export interface SpreadStats {
  /** Respondents with a score. */
  respondents: number;
  median: number;
  /** The lowest and highest score: the spread (the full range, see docs/decisions.md). */
  min: number;
  max: number;
}

/** One factor across the team. */
export interface TeamFactor {
  id: string;
  level: LevelId;
  /** Everyone's scores; absent when nobody scored the factor. */
  all?: SpreadStats | undefined;
  /** Per shown role (see `TeamSummary.roles`) that has at least the minimum group size of scores. */
  roles: Record<string, SpreadStats>;
}

/** A factor where the roles see things differently: a conversation starter. */
export interface RoleDifference {
  factor: string;
  /** Highest role median minus lowest role median. */
  gap: number;
  highest: { role: string; median: number };
  lowest: { role: string; median: number };
}

/** The team view's summary. */
export interface TeamSummary {
  respondents: number;
  /** Every factor in the scan, in the catalogue's order. */
  factors: TeamFactor[];
  /** The roles shown separately (at least the minimum group size), in the question set's order. */
  roles: Array<{ id: string; respondents: number }>;
  /** Respondents without a role or in a role group too small to show. */
  unattributed: number;
  /** Factors where the shown roles' medians differ, largest gap first. */
  differences: RoleDifference[];
}

/** Options for the team summary. */
export interface TeamOptions extends ScanOptions {
  /** A role group smaller than this is not shown separately (anonymity). Default 3. */
  minGroupSize?: number;
}

/** The default minimum size of a role group shown separately. */
export const MIN_GROUP_SIZE = 3;

/** Median, minimum and maximum of `values`; undefined for none. */
export function spreadStats(values: readonly number[]): SpreadStats | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { respondents: sorted.length, median, min: sorted[0]!, max: sorted.at(-1)! };
}

/**
 * Sum up `responses`: each respondent's factor scores (as `scoreScan` gives them), then per factor
 * the median and the spread over everyone and per role. A role is shown separately only when at
 * least `minGroupSize` respondents gave it, and a role's factor only when at least that many of
 * them scored it, so no small group's answers can be read back. `differences` lists the factors
 * where the shown roles' medians differ most.
 */
export function summarizeTeam(catalogue: Catalogue, set: ScanQuestionSetLike, responses: readonly ScanResponse[], options: TeamOptions = {}): TeamSummary {
  // Counts are whole numbers: 2.5 works as 3. Anything below 1 (or not a number) gives the default.
  const min = options.minGroupSize! >= 1 ? options.minGroupSize! : MIN_GROUP_SIZE;
  const people = responses.map((r) => ({ role: r.role, scores: new Map(scoreScan(catalogue, set, r.answers, options).factors.map((f) => [f.id, f.score])) }));
  const roles = set.roles.map((r) => ({ id: r.id, respondents: people.filter((p) => p.role === r.id).length })).filter((r) => r.respondents >= min);
  const statsOf = (factor: string, role?: string) => spreadStats(people.flatMap((p) => (role === undefined || p.role === role ? (p.scores.get(factor) ?? []) : [])));
  const differences: RoleDifference[] = [];
  const factors: TeamFactor[] = scoreScan(catalogue, set, {}, options).factors.map(({ id, level }) => {
    const byRole: Record<string, SpreadStats> = {};
    const medians: Array<{ role: string; median: number }> = [];
    for (const { id: role } of roles) {
      const stats = statsOf(id, role);
      if (stats && stats.respondents >= min) medians.push({ role, median: (byRole[role] = stats).median });
    }
    // Stable sort: ties keep the question set's role order.
    const [lowest, ...rest] = medians.sort((a, b) => a.median - b.median);
    const highest = rest.at(-1);
    if (highest && highest.median > lowest!.median) differences.push({ factor: id, gap: highest.median - lowest!.median, highest, lowest: lowest! });
    return { id, level, all: statsOf(id), roles: byRole };
  });
  // Stable sort: equal gaps keep the catalogue's factor order.
  differences.sort((a, b) => b.gap - a.gap);
  const shown = roles.reduce((n, r) => n + r.respondents, 0);
  return { respondents: responses.length, factors, roles, unattributed: responses.length - shown, differences };
}
