/**
 * The journey format's constants, apart from its zod schemas (schema.ts) so that saving a journey
 * and counting what it holds load no zod: only reading a file or a link needs it.
 *
 * A journey is a snapshot of one page workspace: the quick scan's answers and team codes, its
 * outcome, the saved interventions, the picked focus and the action plans. See docs/decisions.md.
 */

/** The `format` field of every journey file. */
export const JOURNEY_FORMAT = 'lio-journey';

/** The journey format's version this build writes and reads. */
export const JOURNEY_VERSION = 1;

/**
 * The workspace slices a journey holds, with the format version of each slice's data in the
 * workspace (the plan slice is at version 2). A restored journey replaces exactly these slices;
 * a slice missing from the file is cleared.
 */
export const JOURNEY_SLICES = { scanProgress: 1, scan: 1, shortlist: 1, focus: 1, plan: 2 } as const;

export type JourneySliceName = keyof typeof JOURNEY_SLICES;

/** The name in the URL fragment: `#lio-journey=<link data>`. */
export const JOURNEY_LINK_KEY = 'lio-journey';

/**
 * Limits. A journey file is refused unread above `bytes` (the largest real journey, ten plans of a
 * thousand actions with every text at its limit, is about 25 MB; a workshop's is a few KB), and a
 * link is not made above `linkCharacters`: Safari and some mail programs cut longer URLs.
 */
export const JOURNEY_LIMITS = {
  bytes: 4 * 1024 * 1024,
  linkCharacters: 60_000,
  /** Plans (per `plan-id`) and quick scans (per `scan-id`) in one journey. */
  entries: 100,
  /** Interventions on the shortlist. */
  shortlist: 1000,
  /** Team codes per scan: more than any team pastes (the quick scan keeps as many). */
  teamCodes: 2000,
  /** Characters of an id (the workspace's limit). */
  id: 200,
} as const;
