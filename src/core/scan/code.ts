/**
 * Result codes for the team view: one respondent's answers, role and phase in a short,
 * versioned, URL-safe text that a facilitator pastes into the team view. Nothing else is in it.
 *
 * `lio1.` + fingerprint (4) + role (1) + phase (1) + answers (one character per two statements)
 * + check (2), every character one of the 64 of base64url. The format is in docs/decisions.md.
 */
import { PHASE_IDS, type PhaseId } from '../ids.js';
import { problem, type Problem, type Result } from '../problems.js';
import { ALPHABET, chars, hash, scanFingerprint } from './fingerprint.js';

export { scanFingerprint } from './fingerprint.js';
import { SCAN_ANSWERS, type ScanAnswer, type ScanAnswers, type ScanQuestionSetLike } from './score.js';

/** The version of the result code format this build writes and reads. */
export const SCAN_CODE_VERSION = 1;

/** One respondent's answers, as a result code holds them. */
export interface ScanResponse {
  answers: ScanAnswers;
  /** A role id of the question set, when the respondent gave one. */
  role?: string;
  /** The phase the respondent gave, when they gave one. */
  phase?: PhaseId;
}

const HEADER = 6;
const CHECK = 2;

/**
 * The result code of `response` for question set `set`. Answers to statements the set does not
 * have, invalid answers, and a role or phase the set does not know are left out.
 */
export function encodeScanCode(set: ScanQuestionSetLike, response: ScanResponse): string {
  const role = set.roles.findIndex((r) => r.id === response.role) + 1;
  const phase = PHASE_IDS.indexOf(response.phase as PhaseId) + 1;
  // 0 = unanswered, 1–5 = the answer, 6 = don't know; anything else (an inherited `constructor`) is unanswered.
  const digits = set.statements.map((s) => SCAN_ANSWERS.indexOf(response.answers[s.id]!) + 1);
  let answers = '';
  for (let i = 0; i < digits.length; i += 2) answers += ALPHABET[digits[i]! * 7 + (digits[i + 1] ?? 0)];
  const body = scanFingerprint(set) + ALPHABET[role] + ALPHABET[phase] + answers;
  return `lio${SCAN_CODE_VERSION}.${body}${chars(hash(body), CHECK)}`;
}

/** What is wrong with a result code: `params.reason` of its `invalid` problem. */
export type ScanCodeError = 'format' | 'version' | 'corrupt' | 'foreign' | 'length';

/** One problem; its English message names the reason, the widget words each reason itself. */
const fail = (reason: ScanCodeError, params?: Problem['params']): Result<ScanResponse> => ({
  ok: false,
  problems: [problem('', 'invalid', `invalid result code (${reason})`, { reason, ...params })],
});

/**
 * Read a result code made with question set `set`. Spaces and line breaks (a code pasted from
 * an e-mail) are ignored. Never throws: anything that is not a valid code of this question set
 * gives one `invalid` problem whose `params.reason`
 * ({@link ScanCodeError}) says why: `format` (not a result code), `version` (another format
 * version, `params.version`), `corrupt` (damaged), `foreign` (another question set) or `length`
 * (another number of statements, `params.expected`).
 */
export function decodeScanCode(set: ScanQuestionSetLike, code: unknown): Result<ScanResponse> {
  const match = typeof code === 'string' && /^lio(\d+)\.(.*)$/.exec(code.replace(/\s+/g, ''));
  if (!match) return fail('format');
  if (Number(match[1]) !== SCAN_CODE_VERSION) return fail('version', { version: match[1]! });
  const payload = match[2]!;
  const values = [...payload].map((c) => ALPHABET.indexOf(c));
  const body = payload.slice(0, -CHECK);
  const [role = 0, phase = 0] = values.slice(4);
  const n = set.statements.length;
  const corrupt = () => fail('corrupt');
  if (payload.length < HEADER + CHECK || values.includes(-1) || chars(hash(body), CHECK) !== payload.slice(-CHECK)) return corrupt();
  if (body.slice(0, 4) !== scanFingerprint(set)) return fail('foreign');
  if (body.length - HEADER !== Math.ceil(n / 2)) return fail('length', { expected: n });
  if (role > set.roles.length || phase > PHASE_IDS.length) return corrupt();
  const answers: Record<string, ScanAnswer> = {};
  for (let i = 0; i < n; i++) {
    const pair = values[HEADER + (i >> 1)]!;
    // 7 × 7 pairs; the unused half of an odd count's last pair is 0.
    if (pair > 48 || (i === n - 1 && i % 2 === 0 && pair % 7)) return corrupt();
    const d = i % 2 ? pair % 7 : (pair / 7) | 0;
    if (d) answers[set.statements[i]!.id] = SCAN_ANSWERS[d - 1]!;
  }
  return { ok: true, value: { answers, role: set.roles[role - 1]?.id, phase: PHASE_IDS[phase - 1] } };
}
