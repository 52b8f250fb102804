/**
 * Where everything goes in the model diagram: the LIO levels as nested bands (the outermost
 * level, the environment, a band the full width; each level inside it inset by `padding` and
 * set at the bottom of the band around it; the employee a box at the centre), each with a header
 * holding its title and its factors as chips that flow in rows. Pure: no DOM, so it runs in Node
 * tests and any renderer can use it. Text widths come from a `measure` function the caller
 * passes; the element measures with canvas `measureText` in its computed font.
 *
 * Not exported from `src/core/index.ts`: the core entry is at its size budget, and the element
 * imports this module directly (browser code imports the core module by module anyway).
 */
import { cachedMeasure, DEFAULT_MAX_CHIP_LINES, wrapText, type MeasureText, type Wrapped } from './wrap.js';

export type { MeasureText, TextKind } from './wrap.js';
export { DEFAULT_MAX_CHIP_LINES } from './wrap.js';
export { layoutProblems } from './check.js';

/** One level to draw, with its factors, labels already in the page's language. */
export interface DiagramLevelInput {
  id: string;
  label: string;
  /** `note`: a second text set under the label in the chip (a score, a count), wrapped on its own. */
  factors: ReadonlyArray<{ id: string; label: string; note?: string }>;
}

/** Sizes, all in CSS px except `lineHeight`. */
export interface DiagramOptions {
  /** The width to fill. */
  width: number;
  /** The font size the measure function measures at. */
  fontSize: number;
  /** Line height as a multiple of `fontSize` (like CSS's unitless `line-height`). */
  lineHeight: number;
  /** Space inside each band, on every side, and between a band's header and the band inside it. */
  padding: number;
  /** Space between chips, and between a title and the first row of chips. */
  gap: number;
  /** Space inside a chip, around its text, on every side. */
  chipPadding: number;
  /** The most lines a factor's label may take (default 3); a label needing more does not fit. */
  maxChipLines?: number;
}

/** A box with text: `lines` are set from the top-left of the box (inside a chip, after `chipPadding`). */
export interface TextBox {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}

/** A factor's chip: `lines` are its label, `note` the lines of its note under them (empty without one). */
export interface FactorBox extends TextBox {
  id: string;
  note: string[];
}

/** A level's band (or the innermost box), its title and its factors' chips. */
export interface LevelBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  title: TextBox;
  factors: FactorBox[];
}

/** A finished layout. */
export interface DiagramLayout {
  /** `nested`: each level inside the next one; `stacked`: the levels one under another. */
  kind: 'nested' | 'stacked';
  width: number;
  height: number;
  /** In input order, the innermost level first. */
  levels: LevelBox[];
}

/** A level's header laid out at a width: its title, its chips and their height. */
interface Header {
  title: TextBox;
  factors: FactorBox[];
  /** From the level's top edge to the bottom of its last row of chips (top padding included). */
  height: number;
  /** Some text had to be cut inside a word. */
  broken: boolean;
  /** Some text cannot be set: a label over `maxChipLines` lines, or a character wider than the space. */
  failed: boolean;
}

/**
 * Lay the levels out as nested bands at `options.width`. Undefined when that width is too narrow
 * for them: a factor's label would need more than `maxChipLines` lines, or a word (a title's or a
 * label's) would have to be cut. The element then shows `layoutStacked` or the list.
 */
export function layoutDiagram(levels: readonly DiagramLevelInput[], measure: MeasureText, options: DiagramOptions): DiagramLayout | undefined {
  checkOptions(options);
  const m = cachedMeasure(measure);
  const { padding } = options;
  const count = levels.length;
  // Widths are known from the outside in (each level is inset on both sides) ...
  const headers: Header[] = [];
  for (let i = 0; i < count; i++) {
    const depth = count - 1 - i;
    const width = options.width - 2 * depth * padding;
    if (width - 2 * padding <= 0) return undefined;
    const header = layoutHeader(levels[i]!, depth * padding, width, m, options);
    if (header.failed || header.broken) return undefined;
    headers.push(header);
  }
  // ... heights from the inside out: a band holds its header, the band inside it and padding.
  const heights: number[] = [];
  for (let i = 0; i < count; i++) {
    const inner = i === 0 ? 0 : heights[i - 1]! + padding;
    heights.push(headers[i]!.height + inner + padding);
  }
  // Then the vertical positions from the outside in: each band sits at the bottom of the one around it.
  const boxes: LevelBox[] = new Array<LevelBox>(count);
  let y = 0;
  for (let i = count - 1; i >= 0; i--) {
    const depth = count - 1 - i;
    boxes[i] = place(levels[i]!.id, depth * padding, y, options.width - 2 * depth * padding, heights[i]!, headers[i]!);
    y += headers[i]!.height + padding;
  }
  return { kind: 'nested', width: options.width, height: count ? heights[count - 1]! : 0, levels: boxes };
}

/**
 * Lay the levels out one under another, each the full width (the fallback for narrow widths),
 * in the same top-to-bottom order as the nested bands: the outermost level first, so the titles
 * keep their order when the diagram switches. A word may be cut here when nothing else fits.
 * Undefined only when a label needs more than `maxChipLines` lines at the full width, or a single
 * character does not fit: the element then shows the list.
 */
export function layoutStacked(levels: readonly DiagramLevelInput[], measure: MeasureText, options: DiagramOptions): DiagramLayout | undefined {
  checkOptions(options);
  const m = cachedMeasure(measure);
  const boxes: LevelBox[] = new Array<LevelBox>(levels.length);
  if (options.width - 2 * options.padding <= 0) return undefined;
  let y = 0;
  for (let i = levels.length - 1; i >= 0; i--) {
    const header = layoutHeader(levels[i]!, 0, options.width, m, options);
    if (header.failed) return undefined;
    const height = header.height + options.padding;
    boxes[i] = place(levels[i]!.id, 0, y, options.width, height, header);
    y += height + (i > 0 ? options.gap : 0);
  }
  return { kind: 'stacked', width: options.width, height: y, levels: boxes };
}

/**
 * The smallest whole width in px at which the layout of `kind` succeeds for these levels: the
 * element's breakpoint. Found by bisection, which is exact because a layout that fits at a width
 * fits at every larger one (greedy wrapping never needs more lines on a wider line). Infinity when
 * it does not fit even at 100 000 px.
 */
export function minimumWidth(
  levels: readonly DiagramLevelInput[],
  measure: MeasureText,
  options: Omit<DiagramOptions, 'width'>,
  kind: 'nested' | 'stacked' = 'nested',
): number {
  const m = cachedMeasure(measure);
  const lay = kind === 'nested' ? layoutDiagram : layoutStacked;
  const fits = (width: number) => lay(levels, m, { ...options, width }) !== undefined;
  const limit = 100_000;
  if (!fits(limit)) return Infinity;
  let low = 0; // does not fit (no room at all)
  let high = limit; // fits
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (fits(middle)) high = middle;
    else low = middle;
  }
  return high;
}

/** Title and chips of one level whose box starts at `x` and is `width` wide, relative to the box's top. */
function layoutHeader(level: DiagramLevelInput, x: number, width: number, m: MeasureText, o: DiagramOptions): Header {
  const line = o.fontSize * o.lineHeight;
  const maxLines = o.maxChipLines ?? DEFAULT_MAX_CHIP_LINES;
  const left = x + o.padding;
  const right = x + width - o.padding;
  const titleText = wrapText(level.label, 'level', right - left, m);
  const title: TextBox = { x: left, y: o.padding, width: titleText.width, height: titleText.lines.length * line, lines: titleText.lines };
  let broken = titleText.broken;
  let failed = titleText.impossible;
  const factors: FactorBox[] = [];
  // Chips flow left to right; a chip that does not fit on the row starts the next one.
  let rowTop = title.y + title.height + o.gap;
  let rowHeight = 0;
  let cursor = left;
  for (const factor of level.factors) {
    const space = right - left - 2 * o.chipPadding;
    const text: Wrapped = wrapText(factor.label, 'factor', space, m);
    // The note may take lines of its own (it is short: a score or a count), but never a cut word.
    const note: Wrapped | undefined = factor.note ? wrapText(factor.note, 'factor', space, m) : undefined;
    broken ||= text.broken || !!note?.broken;
    failed ||= text.impossible || text.lines.length > maxLines || !!note?.impossible;
    const chipWidth = Math.max(text.width, note?.width ?? 0) + 2 * o.chipPadding;
    const chipHeight = (text.lines.length + (note?.lines.length ?? 0)) * line + 2 * o.chipPadding;
    if (cursor > left && cursor + chipWidth > right) {
      rowTop += rowHeight + o.gap;
      rowHeight = 0;
      cursor = left;
    }
    factors.push({ id: factor.id, x: cursor, y: rowTop, width: chipWidth, height: chipHeight, lines: text.lines, note: note?.lines ?? [] });
    cursor += chipWidth + o.gap;
    rowHeight = Math.max(rowHeight, chipHeight);
  }
  const height = factors.length ? rowTop + rowHeight : title.y + title.height;
  return { title, factors, height, broken, failed };
}

/** A level's box with its header moved from relative to absolute `y`. */
function place(id: string, x: number, y: number, width: number, height: number, header: Header): LevelBox {
  return {
    id,
    x,
    y,
    width,
    height,
    title: { ...header.title, y: header.title.y + y },
    factors: header.factors.map((factor) => ({ ...factor, y: factor.y + y })),
  };
}

/** Sizes that cannot give a layout are a programming error, not a narrow container. */
function checkOptions(o: DiagramOptions): void {
  for (const key of ['width', 'fontSize', 'lineHeight', 'padding'] as const) {
    if (!(Number.isFinite(o[key]) && o[key] > 0)) throw new RangeError(`layoutDiagram: ${key} must be a positive number, got ${o[key]}`);
  }
  for (const key of ['gap', 'chipPadding'] as const) {
    if (!(Number.isFinite(o[key]) && o[key] >= 0)) throw new RangeError(`layoutDiagram: ${key} must be zero or more, got ${o[key]}`);
  }
  if (o.maxChipLines !== undefined && !(Number.isInteger(o.maxChipLines) && o.maxChipLines >= 1)) {
    throw new RangeError(`layoutDiagram: maxChipLines must be a whole number from 1, got ${o.maxChipLines}`);
  }
}
