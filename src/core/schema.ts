/**
 * The catalogue contract as zod schemas. This file is the single source of truth: the
 * TypeScript types are inferred from it and `catalogue/schema.json` is generated from it.
 *
 * `zod/mini` keeps the browser bundle small (full zod costs ~23 KB gzip more).
 */
import * as z from 'zod/mini';
import { ID_PATTERN } from './id-pattern.js';
import { EVIDENCE_IDS, KIND_IDS, LEVEL_IDS, PHASE_IDS } from './ids.js';

/** Current version of the catalogue format. */
export const SCHEMA_VERSION = 1;

/** Messages of the format checks; `i18n` translates them by key. */
export const FORMAT_MESSAGES = {
  id: 'expected a kebab-case id',
  url: 'expected an http(s) URL',
  section: 'expected a section number such as 3.1.2',
} as const;

const nonEmpty = () => z.string().check(z.trim(), z.minLength(1));

// The form of every id (kebab-case), in a module of its own that loads no zod.
export { ID_PATTERN };

/** Kebab-case id, e.g. `job-crafting`. */
export const Id = z.string().check(z.regex(ID_PATTERN, FORMAT_MESSAGES.id));

/**
 * A human-readable text: `{ "nl": "…", "en": "…" }` with Dutch required, or a plain string
 * that is used for every language (handy for single-language catalogues).
 */
export const LocalizedText = z.union([
  nonEmpty(),
  z.strictObject({ nl: nonEmpty(), en: z.optional(nonEmpty()) }),
]);

/** Absolute http(s) URL. Anything else (javascript:, data:, relative) is refused. */
export const HttpUrl = z.string().check(z.regex(/^https?:\/\/[^\s/?#]+[^\s]*$/i, FORMAT_MESSAGES.url));

export const Link = z.strictObject({
  url: HttpUrl,
  label: z.optional(LocalizedText),
});

export const LevelIdSchema = z.enum(LEVEL_IDS);
export const PhaseIdSchema = z.enum(PHASE_IDS);
export const EvidenceIdSchema = z.enum(EVIDENCE_IDS);

export const Factor = z.strictObject({
  id: Id,
  title: LocalizedText,
  description: LocalizedText,
  /** Where the factor is named, when that is not the report's own text. */
  source: z.optional(nonEmpty()),
});

export const Level = z.strictObject({
  id: LevelIdSchema,
  title: LocalizedText,
  description: LocalizedText,
  factors: z.array(Factor).check(z.minLength(1)),
  source: z.optional(nonEmpty()),
});

export const Phase = z.strictObject({
  id: PhaseIdSchema,
  title: LocalizedText,
  description: LocalizedText,
  /** Where the phase model comes from, e.g. "Koopmans et al., 2021; Prochaska & DiClemente, 1983". */
  source: z.optional(nonEmpty()),
});

export const EvidenceKind = z.strictObject({
  id: EvidenceIdSchema,
  title: LocalizedText,
  description: LocalizedText,
});

/** Study facts, where the report gives them. */
export const StudyDetails = z.strictObject({
  population: z.optional(LocalizedText),
  country: z.optional(LocalizedText),
  duration: z.optional(LocalizedText),
  sessions: z.optional(LocalizedText),
  /** The forms or steps an approach consists of, as the report lists them (e.g. nine forms of support). */
  forms: z.optional(LocalizedText),
  outcome: z.optional(LocalizedText),
  /**
   * A misprint in the report's citation of this study that the catalogue corrects: how the report
   * prints it (and where) and the corrected form the catalogue uses in `sources`.
   */
  misprint: z.optional(LocalizedText),
});

export const Intervention = z.strictObject({
  id: Id,
  title: LocalizedText,
  summary: LocalizedText,
  level: LevelIdSchema,
  factors: z.array(Id).check(z.minLength(1)),
  /** Indicative phases: an editorial assignment, the report does not give them. */
  phases: z.array(PhaseIdSchema).check(z.minLength(1)),
  evidence: EvidenceIdSchema,
  /** `approach` (default), `study` (one studied programme) or `tool` (a tool or publication to use). */
  kind: z.optional(z.enum(KIND_IDS)),
  /**
   * Report section, e.g. "3.1.2", or the sections of a tip the report prints twice, e.g. "4.2, 4.5";
   * absent for a fund's own items.
   */
  section: z.optional(z.string().check(z.regex(/^\d+(\.\d+)*(, \d+(\.\d+)*)*$/, FORMAT_MESSAGES.section))),
  /** Citations exactly as printed, e.g. "Havermans et al., 2018" or "bron: werksessie". */
  sources: z.array(nonEmpty()),
  links: z.array(Link),
  details: z.optional(StudyDetails),
  related: z.optional(z.array(Id)),
});

/** One row of the report's literature search (Table 1): abstracts found and articles included, per factor. */
export const LiteratureSearchRow = z.strictObject({
  factor: Id,
  abstracts: z.number().check(z.int(), z.nonnegative()),
  includedOnAbstract: z.number().check(z.int(), z.nonnegative()),
  includedOnFullText: z.number().check(z.int(), z.nonnegative()),
});

export const Meta = z.strictObject({
  title: LocalizedText,
  publisher: z.optional(nonEmpty()),
  number: z.optional(nonEmpty()),
  year: z.optional(z.number().check(z.int())),
  citation: z.optional(nonEmpty()),
  url: z.optional(HttpUrl),
  /**
   * A short introduction the finder shows under its title, instead of its default text (which
   * speaks of the TNO report). A site's own wording of `finder.intro` still wins.
   */
  intro: z.optional(LocalizedText),
  /** Background for the "about the evidence" text. */
  about: z.optional(LocalizedText),
  /** How the content was gathered (grey literature, expert sessions, literature review). */
  method: z.optional(LocalizedText),
  literatureSearch: z.optional(z.array(LiteratureSearchRow)),
});

/** One answer option of the scan's agreement scale is scored 1..5; the scale has exactly this many labels. */
export const SCAN_SCALE_POINTS = 5;

/** A statement of the quick scan: a team member agrees or disagrees with it. */
export const ScanStatement = z.strictObject({
  /** Kebab-case, unique within the question set; stored answers and result codes refer to it. */
  id: Id,
  /** The factor the statement measures: an existing factor id of the catalogue. */
  factor: Id,
  text: LocalizedText,
  /** Reverse-scored: agreeing means the factor is weaker (value v counts as 6 - v). */
  reverse: z.optional(z.boolean()),
  /** The report section the statement rests on, e.g. "3.1.2"; absent for a site's own statements. */
  section: z.optional(z.string().check(z.regex(/^\d+(\.\d+)*$/, FORMAT_MESSAGES.section))),
});

/** A role a respondent can give (management, HR, …), for the team view. */
export const ScanRole = z.strictObject({
  id: Id,
  label: LocalizedText,
});

const scaleValue = () => z.number().check(z.gte(1), z.lte(SCAN_SCALE_POINTS));

/**
 * The quick scan's question set: a 5-point agreement scale, optional roles, the thresholds for
 * strengths and improvement points, and the statements per factor.
 */
export const ScanQuestionSet = z.strictObject({
  /** Format version of the question set (stored answers of another version are not mixed in). */
  version: z.number().check(z.int(), z.gte(1)),
  /** What this question set is (for example: indicative, not a validated instrument); shown with the scan. */
  about: z.optional(LocalizedText),
  scale: z.strictObject({
    /** From "strongly disagree" (1) to "strongly agree" (5). */
    labels: z.array(LocalizedText).check(z.length(SCAN_SCALE_POINTS)),
    /** "Don't know": an answer that is not scored. */
    dontKnow: LocalizedText,
  }),
  /** The roles a respondent can choose from; empty for no role question. */
  roles: z.array(ScanRole),
  /** A factor mean ≥ `strength` is a strength, a mean < `improvement` an improvement point (`strength` > `improvement`). */
  thresholds: z.strictObject({ strength: scaleValue(), improvement: scaleValue() }),
  statements: z.array(ScanStatement).check(z.minLength(1)),
});

/**
 * Old intervention ids and the current id each now lives on (`{ "old-id": "current-id" }`): an item
 * merged into another keeps its saved places and links. A target must be an existing
 * intervention, never an alias itself; an alias must not be the id of an existing intervention.
 */
export const Aliases = z.record(Id, Id);

/** A complete catalogue: replaces the default. */
export const FullCatalogue = z.strictObject({
  $schema: z.optional(z.string()),
  schemaVersion: z.literal(SCHEMA_VERSION),
  meta: Meta,
  levels: z.array(Level),
  phases: z.array(Phase),
  evidence: z.array(EvidenceKind),
  interventions: z.array(Intervention),
  aliases: z.optional(Aliases),
  /** The quick scan's question set. */
  scan: z.optional(ScanQuestionSet),
});

/** A catalogue that extends the default: adds, overrides (same id) or removes interventions. */
export const ExtensionCatalogue = z.strictObject({
  $schema: z.optional(z.string()),
  schemaVersion: z.literal(SCHEMA_VERSION),
  extends: z.literal('default'),
  meta: z.optional(z.partial(Meta)),
  interventions: z.optional(z.array(Intervention)),
  remove: z.optional(z.array(Id)),
  /** Aliases of its own, added to the default's (which it inherits). */
  aliases: z.optional(Aliases),
  /** A question set of its own: replaces the default's whole question set. */
  scan: z.optional(ScanQuestionSet),
});

export const CatalogueSource = z.union([ExtensionCatalogue, FullCatalogue]);

export type LocalizedText = z.infer<typeof LocalizedText>;
export type Link = z.infer<typeof Link>;
export type Factor = z.infer<typeof Factor>;
export type Level = z.infer<typeof Level>;
export type Phase = z.infer<typeof Phase>;
export type EvidenceKind = z.infer<typeof EvidenceKind>;
export type StudyDetails = z.infer<typeof StudyDetails>;
export type Intervention = z.infer<typeof Intervention>;
export type Meta = z.infer<typeof Meta>;
export type LiteratureSearchRow = z.infer<typeof LiteratureSearchRow>;
export type ScanStatement = z.infer<typeof ScanStatement>;
export type ScanRole = z.infer<typeof ScanRole>;
export type ScanQuestionSet = z.infer<typeof ScanQuestionSet>;
export type FullCatalogue = z.infer<typeof FullCatalogue>;
export type ExtensionCatalogue = z.infer<typeof ExtensionCatalogue>;
export type CatalogueSource = z.infer<typeof CatalogueSource>;
