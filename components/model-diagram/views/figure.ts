import { html, svg, nothing } from 'lit';
import type { DiagramLayout, LevelBox, TextBox } from '../../../src/core/diagram/layout.js';
import type { DiagramItem, DiagramView } from './context.js';

/**
 * The figure: one SVG, the levels as nested (or stacked) bands drawn from the outside in, each a
 * tree item owning its factors' chips as tree items. One tab stop (roving tabindex): arrow
 * keys move in reading order, Home and End to the first and last, Page Up and Page Down to the
 * previous and next level; Enter or Space picks, Escape clears. Pointer and touch pick by click.
 */
export function renderFigure(view: DiagramView, layout: DiagramLayout) {
  const { t } = view;
  const boxes = new Map(layout.levels.map((level) => [level.id, level]));
  const order = view.levels.flatMap(({ item, factors }) => [item, ...factors]);
  const lineHeight = layout.levels[0] ? lineOf(layout) : 0;
  const onKey = (event: KeyboardEvent) => {
    const current = order.findIndex((item) => item.id === view.active);
    const levelStarts = order.flatMap((item, i) => (item.kind === 'level' ? [i] : []));
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowRight':
        next = Math.min(order.length - 1, current + 1);
        break;
      case 'ArrowUp':
      case 'ArrowLeft':
        next = Math.max(0, current - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = order.length - 1;
        break;
      case 'PageDown':
        next = levelStarts.find((i) => i > current) ?? current;
        break;
      case 'PageUp': {
        // From a factor to its own level; from a level to the one before it.
        const before = levelStarts.filter((i) => (order[current]!.kind === 'level' ? i < current : i <= current));
        next = before[before.length - 1] ?? current;
        break;
      }
      case 'Enter':
      case ' ':
        view.act.select(view.active);
        break;
      case 'Escape':
        if (!view.selected) return;
        view.act.select(undefined);
        break;
      default:
        return;
    }
    event.preventDefault();
    if (next !== undefined) view.act.focus(order[next]!.id);
  };
  const onClick = (event: Event) => {
    const target = (event.target as Element).closest('[data-id]');
    const id = target?.getAttribute('data-id');
    if (!id) return;
    view.act.select(id);
    view.act.focus(id);
  };
  const names = view.levels.map(({ item }) => item.name).join(', ');
  // The band inside a level's band (nested layout only): a level's own part is its header above it.
  const inner = (i: number) => (layout.kind === 'nested' ? boxes.get(view.levels[i + 1]?.item.id ?? '') : undefined);
  return html`<svg
    class=${`model-figure ${layout.kind}`}
    width=${layout.width}
    height=${layout.height}
    viewBox=${`0 0 ${layout.width} ${layout.height}`}
    role="tree"
    aria-labelledby="figure-title"
    aria-describedby="figure-description figure-keys"
    @keydown=${onKey}
    @click=${onClick}
  >
    <title id="figure-title">${t('diagram.title')}</title>
    <desc id="figure-description">${t('diagram.description', { count: view.levels.length, levels: names })}</desc>
    <desc id="figure-keys">${t('diagram.keys')}</desc>
    ${view.levels.map(({ item, factors }, i) => {
      const box = boxes.get(item.id);
      if (!box) return nothing;
      // The factors' group follows the level's group and is owned by it (aria-owns) rather than
      // drawn inside it: the level's visible text is then its title alone, which its accessible
      // name contains (label in name, WCAG 2.5.3); the chips' names would not be.
      return svg`<g class=${i % 2 ? 'level even' : 'level'} part="level" role="treeitem" aria-level="1" data-id=${item.id}
          aria-label=${`${item.name}, ${t('diagram.factors', { count: factors.length })}`} aria-owns=${`factors-${item.id}`}
          aria-selected=${view.selected?.id === item.id ? 'true' : 'false'} tabindex=${view.active === item.id ? 0 : -1}>
          <rect class="band" x=${box.x} y=${box.y} width=${box.width} height=${box.height} rx="6"></rect>
          <rect class="header" x=${box.x} y=${box.y} width=${box.width} height=${headerHeight(box, inner(i))} rx="6"></rect>
          ${text('level-title', box.title, { lines: box.title.lines, of: item.name }, { lines: [], of: '' }, lineHeight, 0)}
        </g>
        <g role="group" class="factors" id=${`factors-${item.id}`}>
            ${box.factors.map((chip) => {
              const factor = view.byId.get(chip.id)!;
              return svg`<g class=${chipClass(factor, view)} part="factor" role="treeitem" aria-level="2" data-id=${factor.id}
                  aria-label=${factor.note ? `${factor.name}, ${factor.note}` : factor.name}
                  aria-selected=${view.selected?.id === factor.id ? 'true' : 'false'} tabindex=${view.active === factor.id ? 0 : -1}>
                  <rect class="chip" x=${chip.x} y=${chip.y} width=${chip.width} height=${chip.height} rx="4"></rect>
                  ${text('chip-label', chip, { lines: chip.lines, of: factor.name }, { lines: chip.note, of: factor.note }, lineHeight, padOf(chip, lineHeight, chip.lines.length + chip.note.length))}
                </g>`;
            })}
        </g>`;
    })}
  </svg>`;
}

/**
 * The height of a level's own part: its band down to the band inside it (nested), or the whole
 * band. A picked or focused level is outlined there, so the levels inside it do not look picked too.
 */
function headerHeight(box: LevelBox, inner: LevelBox | undefined): number {
  // A few px above the inner band, so the outline does not run along that band's edge.
  return inner ? Math.max(box.title.y + box.title.height - box.y, inner.y - box.y - 4) : box.height;
}

/** The line height the layout used: the title's height over its lines. */
function lineOf(layout: DiagramLayout): number {
  const title = layout.levels[0]!.title;
  return title.height / Math.max(1, title.lines.length);
}

/** A chip's inner padding, from its height and its number of lines. */
function padOf(chip: TextBox, lineHeight: number, lines: number): number {
  return (chip.height - lines * lineHeight) / 2;
}

/** Lines of text (and a note's lines after them, set smaller in weight) from the top-left of `box`, inset by `inset`; `of`: the text they were wrapped from. */
function text(className: string, box: TextBox, label: Wrapped, note: Wrapped, lineHeight: number, inset: number) {
  const x = box.x + inset;
  const y = (i: number) => box.y + inset + (i + 0.5) * lineHeight;
  // The note's first line always follows a space: label and note are two texts.
  const spaces = [...breaks(label), ...breaks(note).map((space, i) => space || i === 0)];
  return svg`<text class=${className} aria-hidden="true">
    ${label.lines.map((line, i) => svg`${spaces[i] ? ' ' : nothing}<tspan x=${x} y=${y(i)}>${line}</tspan>`)}
    ${note.lines.map((line, i) => svg`${spaces[label.lines.length + i] ? ' ' : nothing}<tspan class="note" x=${x} y=${y(label.lines.length + i)}>${line}</tspan>`)}
  </text>`;
}

/** Lines and the text they were wrapped from. */
interface Wrapped {
  lines: string[];
  of: string;
}

/**
 * For each line, whether the text had a space before it: there the lines are joined by a space
 * (it falls at the end of the line before, unseen), so the text reads, copies and is found as the
 * words it has, not "en" and "veiligheid" run together; a word cut across lines stays one word.
 */
function breaks({ lines, of }: Wrapped): boolean[] {
  let at = 0;
  return lines.map((line, i) => {
    const found = of.indexOf(line, at);
    at = found < 0 ? at : found + line.length;
    return i > 0 && (found < 0 || /\s/.test(of[found - 1] ?? ''));
  });
}

function chipClass(factor: DiagramItem, view: DiagramView): string {
  const step = factor.step === null ? '' : factor.step === undefined ? ' unscored' : ` score-${factor.step + 1}`;
  return `factor${step}${view.selected?.id === factor.id ? ' selected' : ''}`;
}
