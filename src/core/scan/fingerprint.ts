/**
 * The fingerprint of a question set, and the base64url helpers result codes are made of. Apart
 * from code.ts, so the quick scan's first load can tell whose saved answers it holds without the
 * code reader and writer (which come with the results).
 */
import type { ScanQuestionSetLike } from './score.js';

export const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** FNV-1a, 32 bits: small, and plenty to tell question sets and typos apart. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The low `6 × length` bits of `value` as base64url characters, high bits first. */
export function chars(value: number, length: number): string {
  let out = '';
  while (length--) out += ALPHABET[(value >>> (6 * length)) & 63];
  return out;
}

/**
 * Four characters that stand for the question set: its statement ids and role ids, in order. A
 * code made with another question set (or another order) has another fingerprint.
 */
export function scanFingerprint(set: Pick<ScanQuestionSetLike, 'statements' | 'roles'>): string {
  return chars(hash(`${set.statements.map((s) => s.id).join(' ')}|${set.roles.map((r) => r.id).join(' ')}`), 4);
}
