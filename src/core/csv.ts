/**
 * Exports shared by every widget: CSV that spreadsheet programs open safely, and the titles of
 * catalogue entries in a language. Kept apart from the finder's state (finder.ts), which pulls in
 * the search engine, so a widget that only exports loads none of it.
 */
import type { Catalogue } from './catalogue.js';
import type { Lang } from './ids.js';
import { localize } from './i18n.js';
import type { Intervention } from './schema.js';

/**
 * Spreadsheet programs run a cell that starts with one of these as a formula; a `'` before it
 * keeps the cell text. Tab and carriage return count too: some programs drop them and then see
 * the formula.
 */
const FORMULA_START = /[=+\-@\t\r]/;

/**
 * Every place inside a value where a cell can start when the file is read with a separator other
 * than the one it was written with, or by a reader that ignores quotes: after a `,` or `;`, and
 * after a line break (spaces after it are skipped by some readers, so they are passed over).
 */
const INNER_CELL_STARTS = new RegExp(`([,;\r\n])( *)(?=${FORMULA_START.source})`, 'g');
const FIRST_CELL_START = new RegExp(`^( *)(?=${FORMULA_START.source})`);

/**
 * One CSV field: always quoted (so neither separator nor a line break splits it, whichever
 * separator the reader uses), with a `'` before every formula character that could start a cell.
 */
export function csvCell(value: string): string {
  return `"${value.replace(FIRST_CELL_START, "$1'").replace(INNER_CELL_STARTS, "$1$2'").replace(/"/g, '""')}"`;
}

/** The CSV separator per language: Dutch spreadsheet programs (Excel set to Dutch) split on `;`, English ones on `,`. */
export const CSV_SEPARATORS: Readonly<Record<Lang, ';' | ','>> = { nl: ';', en: ',' };

/** The title of the level, phase or evidence kind `id` in `list`, in `lang`; the id when unknown. */
export function entryTitle(list: readonly { id: string; title: Intervention['title'] }[], id: string, lang: Lang): string {
  const entry = list.find((e) => e.id === id);
  return entry ? localize(entry.title, lang) : id;
}

/** The title of a factor in `lang`; the id when the catalogue does not know it. */
export function factorTitle(catalogue: Catalogue, id: string, lang: Lang): string {
  const factor = catalogue.factorById.get(id);
  return factor ? localize(factor.title, lang) : id;
}

/**
 * Rows as CSV: UTF-8 with a byte-order mark (so spreadsheet programs read the accents right),
 * CRLF line ends, every field quoted and formula-safe (see {@link csvCell}), split by `separator`
 * (`;` for Dutch spreadsheets, see {@link CSV_SEPARATORS}). The columns and their order are the
 * keys of `headers`, whose values (the header names) the caller translates.
 */
export function toCsv<K extends string>(rows: ReadonlyArray<Readonly<Record<K, string>>>, headers: Readonly<Record<K, string>>, separator: ';' | ',' = ','): string {
  const keys = Object.keys(headers) as K[];
  const line = (cells: string[]) => cells.map(csvCell).join(separator);
  return `\uFEFF${[line(keys.map((k) => headers[k])), ...rows.map((row) => line(keys.map((k) => row[k])))].join('\r\n')}\r\n`;
}
