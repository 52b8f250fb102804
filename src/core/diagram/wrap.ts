/**
 * Text wrapping for the model diagram's layout: word by word at a maximum width, with a word
 * broken into pieces only when it is wider than a whole line. Pure: the widths come from a
 * measure function the caller passes (canvas `measureText` in the browser, a table in tests).
 */

/** The kind of text measured: a level's title (may be set in a bolder font) or a factor's label. */
export type TextKind = 'level' | 'factor';

/** The width in CSS px of `text` set as `kind`. */
export type MeasureText = (text: string, kind: TextKind) => number;

/** The default of `DiagramOptions.maxChipLines`: the most lines a factor's label may take. */
export const DEFAULT_MAX_CHIP_LINES = 3;

/** A text wrapped at a width. */
export interface Wrapped {
  /** The lines, in order; at least one (an empty text gives one empty line). */
  lines: string[];
  /** The widest line's width in px (rounded up). */
  width: number;
  /** True when a word was wider than a line and had to be broken inside the word. */
  broken: boolean;
  /** True when not even one character fits the width: the text cannot be set at all. */
  impossible: boolean;
}

/**
 * A measure that rounds up and remembers: the layout measures the same words many times while
 * it tries widths, and rounding up keeps a label from being clipped by a sub-pixel difference
 * between the measured and the rendered width.
 */
export function cachedMeasure(measure: MeasureText): MeasureText {
  const cache = new Map<string, number>();
  return (text, kind) => {
    const key = `${kind}\u0000${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      width = Math.ceil(measure(text, kind));
      cache.set(key, width);
    }
    return width;
  };
}

/**
 * Break `text` into lines no wider than `maxWidth`. Lines break at white space (runs of it count
 * as one space, as in HTML); a word wider than `maxWidth` is cut into the longest pieces that fit,
 * which sets `broken`, because a cut word reads badly and the caller may prefer another layout.
 */
export function wrapText(text: string, kind: TextKind, maxWidth: number, measure: MeasureText): Wrapped {
  const words = text.split(/\s+/).filter((word) => word.length > 0);
  const lines: string[] = [];
  let broken = false;
  let impossible = false;
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (measure(candidate, kind) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    if (measure(word, kind) <= maxWidth) {
      current = word;
      continue;
    }
    broken = true;
    const pieces = breakWord(word, kind, maxWidth, measure);
    if (!pieces) {
      impossible = true;
      current = word;
      continue;
    }
    lines.push(...pieces.slice(0, -1));
    current = pieces[pieces.length - 1]!;
  }
  if (current || lines.length === 0) lines.push(current);
  const width = Math.max(0, ...lines.map((line) => measure(line, kind)));
  return { lines, width, broken, impossible };
}

/**
 * Cut `word` into the longest leading pieces no wider than `maxWidth`, between characters: a
 * letter keeps its combining marks (a decomposed "ë" stays whole). Undefined when a single
 * character is already too wide.
 */
function breakWord(word: string, kind: TextKind, maxWidth: number, measure: MeasureText): string[] | undefined {
  const chars = word.match(/\P{M}\p{M}*/gu) ?? [word];
  const pieces: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = start + 1;
    if (measure(chars.slice(start, end).join(''), kind) > maxWidth) return undefined;
    while (end < chars.length && measure(chars.slice(start, end + 1).join(''), kind) <= maxWidth) end++;
    pieces.push(chars.slice(start, end).join(''));
    start = end;
  }
  return pieces;
}
