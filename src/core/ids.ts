/**
 * The fixed vocabularies of the catalogue contract. Ids are stable English kebab-case and are
 * part of the public format: fund catalogues, deep links and stored workspaces refer to them.
 */
export const LEVEL_IDS = ['employee', 'task', 'colleagues-and-leader', 'organisation', 'environment'] as const;
export const PHASE_IDS = ['unaware', 'selection', 'action', 'application', 'continuous'] as const;
export const EVIDENCE_IDS = ['proven', 'mixed', 'not-effective', 'practice', 'expert-session'] as const;
export const LANGUAGES = ['nl', 'en'] as const;
/** What an item is: a general approach, one studied programme, or a tool or publication to use. */
export const KIND_IDS = ['approach', 'study', 'tool'] as const;

export type LevelId = (typeof LEVEL_IDS)[number];
export type PhaseId = (typeof PHASE_IDS)[number];
export type EvidenceId = (typeof EVIDENCE_IDS)[number];
export type Lang = (typeof LANGUAGES)[number];
export type KindId = (typeof KIND_IDS)[number];

/** Order used when sorting by strength of evidence (strongest first). */
export const EVIDENCE_STRENGTH: Readonly<Record<EvidenceId, number>> = {
  proven: 0,
  mixed: 1,
  'not-effective': 2,
  practice: 3,
  'expert-session': 4,
};

/** `"a, b ,c"` → `['a', 'b', 'c']`; empty or missing → `[]`. */
export function parseIdList(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
}
