/**
 * The intervention finder's state, independent of the DOM: what the visitor searched and
 * filtered, how that is written to and read from a URL, presets given by attributes, and the
 * shortlist export. The element (components/intervention-finder) only renders and wires events.
 */
import type { Catalogue } from './catalogue.js';
import { EVIDENCE_IDS, LEVEL_IDS, PHASE_IDS, parseIdList, type EvidenceId, type Lang, type LevelId, type PhaseId } from './ids.js';
import { localize } from './i18n.js';
import type { Intervention } from './schema.js';
import { SORT_ORDERS, type SortOrder } from './search.js';
import { entryTitle, factorTitle, toCsv } from './csv.js';

/** What the visitor asked for. Every list is a set of ids; empty means "any". */
export interface FinderState {
  text: string;
  levels: LevelId[];
  factors: string[];
  phases: PhaseId[];
  evidence: EvidenceId[];
  sort: SortOrder;
  /** Id of the intervention shown in the detail view. */
  open?: string;
}

export const EMPTY_STATE: Readonly<FinderState> = Object.freeze({ text: '', levels: [], factors: [], phases: [], evidence: [], sort: 'relevance' });

/** The facets, in display order, with the state key each one filters. */
export const FACETS = ['levels', 'factors', 'phases', 'evidence'] as const;
export type FacetKey = (typeof FACETS)[number];

/** The ids a facet accepts in `catalogue`. */
export function validIds(catalogue: Catalogue, facet: FacetKey): string[] {
  switch (facet) {
    case 'levels':
      return [...LEVEL_IDS];
    case 'factors':
      return [...catalogue.factorById.keys()];
    case 'phases':
      return [...PHASE_IDS];
    case 'evidence':
      return [...EVIDENCE_IDS];
  }
}

/**
 * The ids the finder offers as filters, in display order. Levels and factors that no intervention
 * of the catalogue has are left out (the built-in catalogue has no item at the employee level),
 * unless `selected` names them: a deep link or the script API that picks one still shows it, so
 * the visitor sees what filters the results and can untick it. Phases and evidence kinds are a
 * fixed vocabulary: all are offered, a count of 0 being worth knowing.
 */
export function offeredIds(catalogue: Catalogue, facet: FacetKey, selected: readonly string[] = []): string[] {
  const used = facet === 'levels' ? catalogue.byLevel : facet === 'factors' ? catalogue.byFactor : undefined;
  const ids = facet === 'levels' ? catalogue.levels.map((level) => level.id) : validIds(catalogue, facet);
  return used ? ids.filter((id) => used.has(id) || selected.includes(id)) : ids;
}

/**
 * Where a catalogue's items come from: all from the report (each has a `section`), the report's
 * and a fund's own (a catalogue that extends the default adds items without one), or none from
 * the report (a catalogue that replaces the default with items of its own).
 */
export type CatalogueOrigin = 'report' | 'extended' | 'own';

export function catalogueOrigin(catalogue: Catalogue): CatalogueOrigin {
  const fromReport = catalogue.interventions.filter((item) => item.section).length;
  return fromReport === catalogue.interventions.length ? 'report' : fromReport ? 'extended' : 'own';
}

/** Ids in `ids` that the facet does not know. */
export function unknownIds(catalogue: Catalogue, facet: FacetKey, ids: readonly string[]): string[] {
  const valid = new Set(validIds(catalogue, facet));
  return ids.filter((id) => !valid.has(id));
}

const URL_KEYS: Record<FacetKey | 'text' | 'sort' | 'open', string> = {
  text: 'q',
  levels: 'level',
  factors: 'factor',
  phases: 'phase',
  evidence: 'evidence',
  sort: 'sort',
  open: 'open',
};

/**
 * Write the state into URL search params under `prefix` (e.g. `lio-q`, `lio-level`), leaving the
 * host's own params alone. Default values are left out so shared links stay short.
 */
export function writeStateToParams(state: FinderState, params: URLSearchParams, prefix = 'lio-'): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const key of Object.values(URL_KEYS)) out.delete(prefix + key);
  if (state.text.trim()) out.set(prefix + URL_KEYS.text, state.text.trim());
  for (const facet of FACETS) if (state[facet].length) out.set(prefix + URL_KEYS[facet], state[facet].join(','));
  if (state.sort !== 'relevance') out.set(prefix + URL_KEYS.sort, state.sort);
  if (state.open) out.set(prefix + URL_KEYS.open, state.open);
  return out;
}

/**
 * Read a state from URL search params. Unknown ids and values are dropped (a shared link must never
 * break the widget); `catalogue` decides which ids are known.
 */
export function readStateFromParams(params: URLSearchParams, catalogue: Catalogue, prefix = 'lio-'): FinderState {
  const list = (facet: FacetKey) => {
    const valid = new Set(validIds(catalogue, facet));
    return parseIdList(params.get(prefix + URL_KEYS[facet])).filter((id) => valid.has(id));
  };
  const sort = params.get(prefix + URL_KEYS.sort) as SortOrder | null;
  const linked = params.get(prefix + URL_KEYS.open);
  const open = linked ? currentId(catalogue, linked) : undefined;
  return {
    text: params.get(prefix + URL_KEYS.text) ?? '',
    levels: list('levels') as LevelId[],
    factors: list('factors'),
    phases: list('phases') as PhaseId[],
    evidence: list('evidence') as EvidenceId[],
    sort: sort && SORT_ORDERS.includes(sort) ? sort : 'relevance',
    ...(open && catalogue.interventionById.has(open) ? { open } : {}),
  };
}

/**
 * The id `id` goes by now: the item an old id was merged into (the catalogue's `aliases`), else
 * `id` itself. For ids that come from outside: a stored shortlist, a shared link, the script API.
 */
export const currentId = (catalogue: Catalogue, id: string): string => catalogue.aliases.get(id) ?? id;

/** `ids` by their current ids, each once, in the place of its first mention (an old id takes its new home's place). */
export const currentIds = (catalogue: Catalogue, ids: readonly string[]): string[] => [...new Set(ids.map((id) => currentId(catalogue, id)))];

/** Number of active filters (text counts as one). */
export function activeFilterCount(state: FinderState): number {
  return (state.text.trim() ? 1 : 0) + FACETS.reduce((n, facet) => n + state[facet].length, 0);
}

/** One row per intervention, for the export and for printing. */
export interface ShortlistRow {
  id: string;
  title: string;
  summary: string;
  level: string;
  factors: string;
  evidence: string;
  phases: string;
  section: string;
  sources: string;
  links: string;
}

export function shortlistRows(ids: readonly string[], catalogue: Catalogue, lang: Lang): ShortlistRow[] {
  return ids
    .map((id) => catalogue.interventionById.get(id))
    .filter((item): item is Intervention => !!item)
    .map((item) => ({
      id: item.id,
      title: localize(item.title, lang),
      summary: localize(item.summary, lang),
      level: entryTitle(catalogue.levels, item.level, lang),
      factors: item.factors.map((f) => factorTitle(catalogue, f, lang)).join('; '),
      evidence: entryTitle(catalogue.evidence, item.evidence, lang),
      phases: item.phases.map((p) => entryTitle(catalogue.phases, p, lang)).join('; '),
      section: item.section ?? '',
      sources: item.sources.join('; '),
      links: item.links.map((l) => l.url).join(' '),
    }));
}

/** The shortlist as CSV (see {@link toCsv}). */
export const shortlistToCsv: (rows: readonly ShortlistRow[], headers: Record<keyof ShortlistRow, string>, separator?: ';' | ',') => string = toCsv;

/** The shortlist as JSON: the full interventions, so another tool can import them. */
export function shortlistToJson(ids: readonly string[], catalogue: Catalogue): string {
  const items = ids.map((id) => catalogue.interventionById.get(id)).filter(Boolean);
  return `${JSON.stringify({ schemaVersion: 1, exported: 'lio-widgets shortlist', interventions: items }, null, 2)}\n`;
}
