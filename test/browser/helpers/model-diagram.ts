/**
 * Shared steps for the model diagram's browser tests: the default catalogue as authored, mounting
 * `<lio-model-diagram>` in a container of a given width, shadow-root queries, real key presses and
 * pointer clicks, and the drawn figure read back from the DOM as a `DiagramLayout`, so the layout
 * core's own checker (`layoutProblems`) judges what the browser actually drew.
 */
import { fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../components/model-diagram/lio-model-diagram.js';
import type { LioModelDiagram } from '../../../components/model-diagram/model-diagram.js';
import { layoutProblems, type DiagramLayout, type DiagramOptions, type FactorBox, type LevelBox, type TextBox } from '../../../src/core/diagram/layout.js';
import { waitFor } from './frame.js';

type Localized = { nl: string; en: string };
/** The parts of the default catalogue the tests check against (read from the raw JSON, not through the element's index). */
export interface RawCatalogue {
  schemaVersion: number;
  levels: Array<{ id: string; title: Localized; description: Localized; factors: Array<{ id: string; title: Localized; description: Localized }> }>;
  phases: unknown[];
  evidence: Array<{ id: string; title: Localized }>;
  interventions: Array<{ id: string; title: Localized; level: string; factors: string[]; evidence: string }>;
}

let cached: RawCatalogue | undefined;
/** The default catalogue as the element loads it (a fresh copy each call, so a test may change it). */
export async function rawCatalogue(): Promise<RawCatalogue> {
  cached ??= (await (await fetch('/catalogue/default.json')).json()) as RawCatalogue;
  return structuredClone(cached);
}

let counter = 0;
/** A workspace name no other test uses. */
export const ws = () => `diagram-test-${Date.now().toString(36)}-${counter++}`;

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector) as T | null;
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T & Element>(selector)] as T[];
export const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Options for {@link mountDiagram}. */
export interface MountOptions {
  /** Width of the container in px (default 1200). */
  width?: number;
  /** Attributes; `workspace` defaults to a fresh one, `persist` to `none`. */
  attrs?: Record<string, string>;
  /** Properties set before the element is connected (e.g. `catalogue`, `scanResult`). */
  props?: Partial<LioModelDiagram>;
  /** Event listeners added before the element is connected (events of its first render included). */
  listen?: Record<string, (event: Event) => void>;
  /** Elements put before the diagram in the same container (e.g. a finder), given the workspace name. */
  before?: (workspace: string) => HTMLElement[];
}

/** Mount `<lio-model-diagram>` in a container `width` px wide; resolves once it drew its figure, list or error. */
export async function mountDiagram(options: MountOptions = {}): Promise<LioModelDiagram> {
  const attrs: Record<string, string> = { workspace: ws(), persist: 'none', ...options.attrs };
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`inline-size: ${options.width ?? 1200}px`}></div>`);
  for (const other of options.before?.(attrs.workspace!) ?? []) wrapper.append(other);
  const el = document.createElement('lio-model-diagram');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  Object.assign(el, options.props);
  for (const [name, listener] of Object.entries(options.listen ?? {})) el.addEventListener(name, listener);
  wrapper.append(el);
  await drawn(el);
  return el;
}

/** Wait until the element shows its figure, its list or its error view, and has settled. */
export async function drawn(el: LioModelDiagram): Promise<void> {
  await waitFor(() => !!$(el, 'svg.model-figure, [part="list"], [part="error"]'), 'the diagram to draw');
  await el.updateComplete;
  await frame();
}

export const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** The figure's items (levels and factors) in document order: each level, then its factors. */
export const items = (el: Element) => $$<SVGGElement>(el, 'svg.model-figure [data-id]');
/** The `data-id` of the element focused inside the widget. */
export const focusedId = (el: Element) => el.shadowRoot!.activeElement?.getAttribute('data-id') ?? el.shadowRoot!.activeElement?.localName ?? null;
/** The chips of a level: the tree items of the group the level owns (`aria-owns`). */
export const chipsOf = (el: Element, levelId: string) => {
  const owned = $<SVGGElement>(el, `svg.model-figure [data-id="${levelId}"]`)!.getAttribute('aria-owns')!;
  return [...el.shadowRoot!.getElementById(owned)!.querySelectorAll<SVGGElement>('g.factor')];
};
export const item = (el: Element, id: string) => $<SVGGElement>(el, `svg.model-figure [data-id="${id}"]`)!;

/** Press a key as the visitor does, then let the element render and move focus. */
export async function press(el: LioModelDiagram, key: string): Promise<void> {
  if (key === ' ') await sendKeys({ type: ' ' });
  else await sendKeys({ press: key });
  await el.updateComplete;
  await frame();
}

/** Click with the real pointer at the middle of `target` (scrolled into view first), or at `at` within its box (0–1 each way). */
export async function clickAt(target: Element, at: [number, number] = [0.5, 0.5]): Promise<void> {
  target.scrollIntoView({ block: 'center', inline: 'nearest' });
  await frame();
  // A target wider than the window (a 1200 px band) may have the point itself out of view: scroll to it.
  const point = () => {
    const box = target.getBoundingClientRect();
    return [box.left + box.width * at[0], box.top + box.height * at[1]] as const;
  };
  const [x, y] = point();
  if (x < 0 || x >= window.innerWidth || y < 0 || y >= window.innerHeight) {
    window.scrollBy(x - window.innerWidth / 2, y - window.innerHeight / 2);
    await frame();
  }
  const [left, top] = point();
  await sendMouse({ type: 'click', position: [Math.round(left), Math.round(top)] });
}

// The figure read back from the DOM.

/** The element's sizes (em of its font), as in model-diagram.ts: the checker needs them to know the chips' inner space. */
const SIZES = { lineHeight: 1.25, padding: 0.75, gap: 0.375, chipPadding: 0.375 };

const num = (node: Element, name: string) => Number(node.getAttribute(name));
const rectOf = (node: Element) => ({ x: num(node, 'x'), y: num(node, 'y'), width: num(node, 'width'), height: num(node, 'height') });

/** What the browser drew: the layout rebuilt from the SVG, the rendered width of every line, and the sizes. */
export interface Drawn {
  layout: DiagramLayout;
  options: DiagramOptions;
  /** Rendered width (getComputedTextLength) of each line, by kind and text. */
  widths: Map<string, number>;
}

/**
 * The drawn figure as a `DiagramLayout`: bands and chips from the rects' attributes, each text's
 * lines from its tspans, a title's box from its first line's position, its rendered width and its
 * number of lines. Levels innermost first, as the layout core orders them.
 */
export function drawnLayout(el: LioModelDiagram): Drawn {
  const svg = $<SVGSVGElement>(el, 'svg.model-figure')!;
  const fontSize = parseFloat(getComputedStyle(el).fontSize);
  const line = fontSize * SIZES.lineHeight;
  const widths = new Map<string, number>();
  const linesOf = (node: SVGTextElement, kind: 'level' | 'factor', note: boolean) =>
    [...node.querySelectorAll<SVGTSpanElement>(note ? 'tspan.note' : 'tspan:not(.note)')].map((tspan) => {
      widths.set(`${kind}\n${tspan.textContent}`, tspan.getComputedTextLength());
      return tspan.textContent ?? '';
    });
  const levels: LevelBox[] = [...svg.querySelectorAll<SVGGElement>('g.level')].map((group) => {
    const titleText = group.querySelector<SVGTextElement>(':scope > text.level-title')!;
    const lines = linesOf(titleText, 'level', false);
    const first = titleText.querySelector('tspan')!;
    const title: TextBox = {
      x: num(first, 'x'),
      y: num(first, 'y') - line / 2,
      width: Math.max(...lines.map((l) => widths.get(`level\n${l}`)!)),
      height: lines.length * line,
      lines,
    };
    const factors: FactorBox[] = chipsOf(el, group.dataset.id!).map((chip) => {
      const label = chip.querySelector<SVGTextElement>('text')!;
      return { id: chip.dataset.id!, ...rectOf(chip.querySelector('rect.chip')!), lines: linesOf(label, 'factor', false), note: linesOf(label, 'factor', true) };
    });
    return { id: group.dataset.id!, ...rectOf(group.querySelector(':scope > rect.band')!), title, factors };
  });
  const layout: DiagramLayout = {
    kind: svg.classList.contains('stacked') ? 'stacked' : 'nested',
    width: num(svg, 'width'),
    height: num(svg, 'height'),
    levels: levels.reverse(),
  };
  const options: DiagramOptions = {
    width: layout.width,
    fontSize,
    lineHeight: SIZES.lineHeight,
    padding: SIZES.padding * fontSize,
    gap: SIZES.gap * fontSize,
    chipPadding: SIZES.chipPadding * fontSize,
  };
  return { layout, options, widths };
}

/** Rendered widths may differ from the canvas measurements the layout used by a hair; more than this is a real overflow. */
const SUBPIXEL = 0.5;

/**
 * Everything wrong with the drawn figure: `layoutProblems` on the layout read back from the DOM
 * with the rendered text widths, and, from the ink itself (getBBox): no two texts overlap, every
 * chip's text lies in its chip, every title in its band, nothing past the SVG's width.
 */
export function drawnProblems(el: LioModelDiagram): string[] {
  const { layout, options, widths } = drawnLayout(el);
  const measure = (line: string, kind: 'level' | 'factor') => Math.max(0, (widths.get(`${kind}\n${line}`) ?? Infinity) - SUBPIXEL);
  const problems = layoutProblems(layout, { measure, options });
  const svg = $<SVGSVGElement>(el, 'svg.model-figure')!;
  const inks: Array<{ name: string; box: DOMRect }> = [];
  for (const node of svg.querySelectorAll<SVGTextElement>('text')) {
    const owner = node.closest<SVGGElement>('[data-id]')!;
    const isChip = owner.classList.contains('factor');
    const name = `${isChip ? 'chip' : 'title of'} ${owner.dataset.id}`;
    const box = node.getBBox();
    const frame = rectOf(owner.querySelector(isChip ? ':scope > rect.chip' : ':scope > rect.band')!);
    if (box.width > frame.width) problems.push(`${name}: text ${box.width.toFixed(1)} px wide in a ${frame.width} px box`);
    if (!within(box, frame)) problems.push(`${name}: text (${describe(box)}) outside its box (${describe(frame)})`);
    if (box.x < -SUBPIXEL || box.x + box.width > layout.width + SUBPIXEL) problems.push(`${name}: text reaches past the SVG's width ${layout.width}`);
    inks.push({ name, box });
  }
  for (let a = 0; a < inks.length; a++) {
    for (let b = a + 1; b < inks.length; b++) if (overlap(inks[a]!.box, inks[b]!.box)) problems.push(`the text of ${inks[a]!.name} overlaps that of ${inks[b]!.name}`);
  }
  for (const rect of svg.querySelectorAll('rect')) {
    const r = rectOf(rect);
    if (r.x < 0 || r.x + r.width > layout.width) problems.push(`a ${rect.getAttribute('class')} rect reaches past the SVG's width`);
  }
  return problems;
}

type Box = { x: number; y: number; width: number; height: number };
const within = (a: Box, b: Box) => a.x >= b.x - SUBPIXEL && a.y >= b.y - SUBPIXEL && a.x + a.width <= b.x + b.width + SUBPIXEL && a.y + a.height <= b.y + b.height + SUBPIXEL;
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const describe = (r: Box) => `x ${r.x.toFixed(1)}, y ${r.y.toFixed(1)}, ${r.width.toFixed(1)}×${r.height.toFixed(1)}`;

/** A full catalogue built from the default one with other factors: `counts` factors per level (innermost first), labels from `label`. */
export async function customCatalogue(counts: number[], label: (level: number, factor: number) => string): Promise<RawCatalogue> {
  const base = await rawCatalogue();
  const levels = base.levels.map((level, l) => ({
    ...level,
    factors: Array.from({ length: counts[l]! }, (_, f) => {
      const title = label(l, f);
      return { id: `factor-${l + 1}-${f + 1}`, title: { nl: title, en: title }, description: { nl: `Uitleg bij ${title}.`, en: `About ${title}.` } };
    }),
  }));
  // One intervention per level, on its first factor, so the panels have something to count.
  const interventions = levels.map((level) => ({
    id: `own-${level.id}`,
    title: { nl: `Eigen aanpak voor ${level.title.nl}`, en: `Own approach for ${level.title.en}` },
    summary: { nl: 'Een eigen aanpak.', en: 'An approach of our own.' },
    level: level.id,
    factors: [level.factors[0]!.id],
    phases: [(base.phases[0] as { id: string }).id],
    evidence: 'practice',
    sources: ['bron: werksessie'],
    links: [],
  }));
  // A full catalogue: no question set or aliases, which name the default's factors and interventions.
  return { schemaVersion: base.schemaVersion, meta: { title: { nl: 'Eigen model', en: 'Own model' } }, levels, phases: base.phases, evidence: base.evidence, interventions } as unknown as RawCatalogue;
}
