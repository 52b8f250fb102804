/**
 * The quick scan's exports: the result as a versioned JSON object (the download, the
 * `lio-scan-complete` event and the opt-in POST carry the same one) and as CSV rows for
 * `toCsv`. Pure: no DOM, no Lit.
 */
import type { Catalogue } from '../catalogue.js';
import { entryTitle, factorTitle } from '../csv.js';
import type { Lang } from '../ids.js';
import { encodeScanCode, scanFingerprint, type ScanResponse } from './code.js';
import { isScanAnswer, type FactorScore, type ScanAnswer, type ScanQuestionSetLike, type ScanScores } from './score.js';

/** The version of the result JSON's shape. */
export const SCAN_RESULT_VERSION = 1;

/** What the thresholds made of a factor: a strength, an improvement point, neither, or not scored. */
export type ScanVerdict = 'strength' | 'improvement' | 'neutral' | 'not-scored';

/**
 * The result as JSON: anonymous (answers, role and phase only; no name, no time, no address).
 * Scores are rounded to two decimals; `null` means "not scored".
 */
export interface ScanResultJson {
  format: 'lio-scan-result';
  version: typeof SCAN_RESULT_VERSION;
  /** The question set's own version and its fingerprint (see `scanFingerprint`). */
  questionSet: { version: number; fingerprint: string };
  role: string | null;
  phase: string | null;
  answered: number;
  dontKnow: number;
  total: number;
  levels: Array<{ id: string; score: number | null }>;
  factors: Array<{ id: string; level: string; score: number | null; scored: number; statements: number; verdict: ScanVerdict }>;
  /** Factor ids, strongest first. */
  strengths: string[];
  /** Factor ids, weakest first. */
  improvements: string[];
  /** The answers to the statements in the scan, by statement id. */
  answers: Record<string, ScanAnswer>;
  /** The result code of these answers (see `encodeScanCode`). */
  code: string;
}

const round = (score: number | undefined) => (score === undefined ? null : Math.round(score * 100) / 100);

/** What the thresholds made of `factor` in `scores`. */
export function scanVerdict(scores: Pick<ScanScores, 'strengths' | 'improvements'>, factor: FactorScore): ScanVerdict {
  return factor.score === undefined ? 'not-scored' : scores.strengths.includes(factor) ? 'strength' : scores.improvements.includes(factor) ? 'improvement' : 'neutral';
}

/** The result of a scan (scored as `scores`) as the versioned JSON object of {@link ScanResultJson}. */
export function scanResultJson(set: ScanQuestionSetLike, scores: ScanScores, response: ScanResponse): ScanResultJson {
  const inScan = new Set(scores.factors.map((f) => f.id));
  const answers: Record<string, ScanAnswer> = {};
  for (const s of set.statements) if (inScan.has(s.factor) && isScanAnswer(response.answers[s.id])) answers[s.id] = response.answers[s.id]!;
  return {
    format: 'lio-scan-result',
    version: SCAN_RESULT_VERSION,
    questionSet: { version: set.version, fingerprint: scanFingerprint(set) },
    role: set.roles.find((r) => r.id === response.role)?.id ?? null,
    phase: response.phase ?? null,
    answered: scores.answered,
    dontKnow: scores.dontKnow,
    total: scores.total,
    levels: scores.levels.map((l) => ({ id: l.id, score: round(l.score) })),
    factors: scores.factors.map((f) => ({ id: f.id, level: f.level, score: round(f.score), scored: f.scored, statements: f.statements, verdict: scanVerdict(scores, f) })),
    strengths: scores.strengths.map((f) => f.id),
    improvements: scores.improvements.map((f) => f.id),
    answers,
    code: encodeScanCode(set, { ...response, answers }),
  };
}

/** One CSV row per factor. */
export interface ScanCsvRow {
  level: string;
  factor: string;
  /** The score with two decimals in the language's notation (`3,50` in Dutch); empty when not scored. */
  score: string;
  scored: string;
  statements: string;
  /** The caller's word for the verdict. */
  verdict: string;
}

/**
 * The factor scores as rows for `toCsv` (in the catalogue's order, titles in `lang`);
 * `verdicts` gives the words for strength, improvement point, neither and not scored.
 */
export function scanCsvRows(catalogue: Catalogue, scores: ScanScores, lang: Lang, verdicts: Readonly<Record<ScanVerdict, string>>): ScanCsvRow[] {
  return scores.factors.map((f) => ({
    level: entryTitle(catalogue.levels, f.level, lang),
    factor: factorTitle(catalogue, f.id, lang),
    score: f.score?.toFixed(2).replace('.', lang === 'nl' ? ',' : '.') ?? '',
    scored: `${f.scored}`,
    statements: `${f.statements}`,
    verdict: verdicts[scanVerdict(scores, f)],
  }));
}
