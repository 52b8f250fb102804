import type { Catalogue } from '../../src/core/catalogue.js';
import type { Lang } from '../../src/core/ids.js';
import { relevanceOrder } from '../../src/core/relevance.js';
import type { TextIndex } from '../../src/core/search/text-index.js';
import type { Intervention } from '../../src/core/schema.js';
import { retryableImport } from '../../src/elements/chunks.js';

/**
 * The text half of the finder's search engine (the chunk the finder loads when its search field is
 * used): asked for when the add dialog's search field gets focus, so a matrix nobody searches in
 * never fetches it and its first load stays smaller. The search has no filters, so the facet half
 * is not needed: hits are ranked with the finder's relevance rule (`relevanceOrder`) directly.
 */
const loadTextSearch = retryableImport(() => import('../../src/core/search/text-search.js'), import.meta.url);
type TextSearch = Awaited<ReturnType<typeof loadTextSearch>>;

/** Results shown at most: the add dialog is a place to pick one, not to browse (the finder is). */
export const SHOWN_RESULTS = 10;

/** What the search gives the dialog. */
export interface SearchHits {
  /** The results to show, the cell's level first, each level's hits in the engine's relevance order. */
  items: Intervention[];
  /** Every match in the whole catalogue. */
  total: number;
}

/** What the search needs from the element. */
export interface SearchHost {
  requestUpdate(): void;
  /** A load the visitor is waiting for failed: the element fires `lio-error`. */
  failed(): void;
}

/**
 * The add dialog's catalogue search: what was typed, the text half of the engine (loaded once,
 * retried after a failure), and its index per catalogue and language. Renders nothing.
 */
export class CatalogueSearch {
  /** What is in the field; kept while the text half loads, so no key is lost. */
  text = '';
  /** The text half is on its way. */
  loading = false;
  /** The last load failed while the visitor had typed something: the dialog shows the error view. */
  failed = false;
  #engine?: TextSearch;
  #index?: { catalogue: Catalogue; lang: Lang; text: TextIndex };

  constructor(private readonly host: SearchHost) {}

  /** Start again with an empty field (a dialog opened anew); the loaded engine stays. */
  reset(): void {
    this.text = '';
    this.failed = false;
  }

  /** The engine is there: a search gives results. */
  get ready(): boolean {
    return !!this.#engine;
  }

  /**
   * Load the text half unless it is there or on its way. A load the visitor is not waiting for
   * yet (focus on an empty field) fails quietly; the next key tries again.
   */
  load(): void {
    if (this.#engine || this.loading) return;
    this.loading = true;
    this.failed = false;
    this.host.requestUpdate();
    loadTextSearch().then(
      (engine) => {
        this.#engine = engine;
        this.loading = false;
        this.host.requestUpdate();
      },
      () => {
        this.loading = false;
        this.failed = !!this.text.trim();
        if (this.failed) this.host.failed();
        this.host.requestUpdate();
      },
    );
  }

  /** The visitor typed: keep it, and search once the engine is there. */
  input(text: string): void {
    this.text = text;
    if (!this.#engine && !this.loading && text.trim()) this.load();
    this.host.requestUpdate();
  }

  /** The matches for what was typed, or undefined while there is nothing to search (no words, or no engine yet). */
  hits(catalogue: Catalogue, lang: Lang, level: string): SearchHits | undefined {
    const engine = this.#engine;
    if (!engine || !this.text.trim()) return undefined;
    if (this.#index?.catalogue !== catalogue || this.#index.lang !== lang) {
      this.#index = { catalogue, lang, text: new engine.TextIndex(catalogue, lang) };
    }
    const match = engine.matchText(this.#index.text, this.text);
    // Text without words (only punctuation) matches nothing here, not the whole catalogue.
    if (!match) return { items: [], total: 0 };
    const all = catalogue.interventions;
    const found = relevanceOrder([...match.items], (d) => all[d]!.evidence, (d) => match.scores[d]!).map((d) => all[d]!);
    // The cell's level first; within each group the engine's order stays.
    const ordered = [...found.filter((item) => item.level === level), ...found.filter((item) => item.level !== level)];
    return { items: ordered.slice(0, SHOWN_RESULTS), total: found.length };
  }
}
