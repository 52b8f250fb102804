import type { Catalogue } from '../../../src/core/catalogue.js';
import type { DiagramScores } from '../../../src/core/diagram/scores.js';
import type { MessageParams } from '../../../src/core/i18n.js';
import type { Lang, LevelId } from '../../../src/core/ids.js';
import type { HeadingOptions } from '../../../src/elements/heading.js';
import type { MessageKey } from '../messages/index.js';

/** One thing a visitor can pick: a level, or a factor with its level. */
export interface DiagramItem {
  id: string;
  kind: 'level' | 'factor';
  level: LevelId;
  /** The title in the page's language. */
  name: string;
  /** A line under the name: the score (with strength or improvement point) and the count, when shown. */
  note: string;
  /** Step of the score's colour scale (0–4), `undefined` when not scored, `null` when scores are not shown. */
  step: number | undefined | null;
}

/** What the views need: the catalogue, the items, the words and what the visitor can do. */
export interface DiagramView {
  catalogue: Catalogue;
  lang: Lang;
  t(key: MessageKey, params?: MessageParams): string;
  heading: (offset: number, content: unknown, options?: HeadingOptions) => unknown;
  /** Levels from the outside in (reading order of the figure), each with its factors' items. */
  levels: Array<{ item: DiagramItem; factors: DiagramItem[] }>;
  byId: ReadonlyMap<string, DiagramItem>;
  selected: DiagramItem | undefined;
  /** The item that takes the diagram's one tab stop. */
  active: string;
  scores: DiagramScores | undefined;
  /** Formats a score with one decimal in the page's language. */
  score: (value: number) => string;
  finderUrl: string;
  act: DiagramActions;
}

/** What the visitor can do. */
export interface DiagramActions {
  /** Pick an item (undefined clears the pick). */
  select(id: string | undefined): void;
  /** Move the diagram's tab stop (and focus) to an item. */
  focus(id: string): void;
  toggleList(): void;
  /** A finder on the same page (same workspace) filters to the picked item. */
  showInFinder(item: DiagramItem): void;
}
