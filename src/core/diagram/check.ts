/**
 * The model diagram's layout checked against its promises: no two text boxes overlap, every
 * title and chip stays in its own level's header, bands nest (or, stacked, do not overlap), and
 * nothing reaches past the layout's width. Used by the Node tests over many widths and by the
 * browser test on the boxes the element actually drew.
 */
import type { DiagramLayout, DiagramOptions, LevelBox, TextBox } from './layout.js';
import { DEFAULT_MAX_CHIP_LINES, type MeasureText } from './wrap.js';

/** An axis-aligned rectangle. */
interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Tolerance for sums of fractional px. */
const EPSILON = 1e-6;

/**
 * Everything wrong with `layout`, one sentence each: empty for a good layout. With `text` it also
 * checks that every line fits its box as measured (no text cut off) and the chips' line limit.
 */
export function layoutProblems(layout: DiagramLayout, text?: { measure: MeasureText; options: DiagramOptions }): string[] {
  const problems: string[] = [];
  const page: Rect = { x: 0, y: 0, width: layout.width, height: layout.height };
  const boxes: Array<{ name: string; rect: Rect }> = [];
  layout.levels.forEach((level, i) => {
    if (!inside(level, page)) problems.push(`level ${level.id} reaches outside the diagram (${describe(level)} in ${describe(page)})`);
    const inner = layout.kind === 'nested' && i > 0 ? layout.levels[i - 1]! : undefined;
    if (inner && !strictlyInside(inner, level)) problems.push(`level ${inner.id} is not strictly inside level ${level.id}`);
    // A level's header is the part of its band above the band inside it.
    const header: Rect = { x: level.x, y: level.y, width: level.width, height: inner ? inner.y - level.y : level.height };
    const named = [{ name: `title of ${level.id}`, rect: level.title as TextBox }, ...level.factors.map((f) => ({ name: `chip ${f.id}`, rect: f as TextBox }))];
    for (const box of named) {
      if (!inside(box.rect, header)) problems.push(`${box.name} leaves the header of level ${level.id} (${describe(box.rect)} in ${describe(header)})`);
      boxes.push(box);
    }
  });
  problems.push(...overlaps(boxes));
  // Stacked levels are side by side, not inside each other: their bands must not overlap either.
  if (layout.kind === 'stacked') problems.push(...overlaps(layout.levels.map((level) => ({ name: `level ${level.id}`, rect: level }))));
  if (text) problems.push(...textProblems(layout.levels, text.measure, text.options));
  return problems;
}

/** Lines wider than their box, boxes shorter than their lines, chips over the line limit. */
function textProblems(levels: readonly LevelBox[], measure: MeasureText, o: DiagramOptions): string[] {
  const problems: string[] = [];
  const line = o.fontSize * o.lineHeight;
  const maxLines = o.maxChipLines ?? DEFAULT_MAX_CHIP_LINES;
  for (const level of levels) {
    const boxes = [
      { name: `title of ${level.id}`, box: level.title, kind: 'level' as const, inset: 0 },
      ...level.factors.map((f) => ({ name: `chip ${f.id}`, box: f as TextBox, note: f.note, kind: 'factor' as const, inset: o.chipPadding })),
    ];
    for (const { name, box, kind, inset, note = [] } of boxes as Array<(typeof boxes)[number] & { note?: string[] }>) {
      for (const text of [...box.lines, ...note]) {
        const width = measure(text, kind);
        if (width > box.width - 2 * inset + EPSILON) problems.push(`${name}: "${text}" is ${width} px wide in a ${box.width - 2 * inset} px space`);
      }
      const count = box.lines.length + note.length;
      if (count * line + 2 * inset > box.height + EPSILON) problems.push(`${name}: ${count} lines do not fit its height ${box.height}`);
      if (kind === 'factor' && box.lines.length > maxLines) problems.push(`${name}: ${box.lines.length} lines, more than ${maxLines}`);
    }
  }
  return problems;
}

/** A sentence for every pair of `boxes` that overlap. */
function overlaps(boxes: ReadonlyArray<{ name: string; rect: Rect }>): string[] {
  const problems: string[] = [];
  for (let a = 0; a < boxes.length; a++) {
    for (let b = a + 1; b < boxes.length; b++) {
      if (overlap(boxes[a]!.rect, boxes[b]!.rect)) problems.push(`${boxes[a]!.name} overlaps ${boxes[b]!.name}`);
    }
  }
  return problems;
}

/** True when `a` and `b` share an area (touching edges do not count). */
function overlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width - EPSILON && b.x < a.x + a.width - EPSILON && a.y < b.y + b.height - EPSILON && b.y < a.y + a.height - EPSILON;
}

/** True when `a` lies within `b` (edges may touch). */
function inside(a: Rect, b: Rect): boolean {
  return a.x >= b.x - EPSILON && a.y >= b.y - EPSILON && a.x + a.width <= b.x + b.width + EPSILON && a.y + a.height <= b.y + b.height + EPSILON;
}

/** True when `a` lies within `b` with room on every side. */
function strictlyInside(a: Rect, b: Rect): boolean {
  return a.x > b.x + EPSILON && a.y > b.y + EPSILON && a.x + a.width < b.x + b.width - EPSILON && a.y + a.height < b.y + b.height - EPSILON;
}

/** A rectangle for a message. */
function describe(r: Rect): string {
  const n = (v: number) => Math.round(v * 10) / 10;
  return `x ${n(r.x)}, y ${n(r.y)}, ${n(r.width)}×${n(r.height)}`;
}
