/**
 * The quick scan's profile chart: a radar (or, in a narrow space, horizontal bars) of the factor
 * scores, drawn with chart.js. `<lio-quick-scan>` loads this module lazily
 * (`import('./chart/profile-chart.js')`) when it shows results, so chart.js never weighs on a page
 * that does not show a profile. The canvas is decoration for sighted readers (`aria-hidden`): the
 * element puts a text summary and a table with the same numbers beside it.
 *
 * chart.js is imported part by part and registered here, never through `chart.js/auto`, so the
 * chunk holds only the radar, the bars and what they need. The filled area and the legend are our
 * own small plugins (chart-plugins.ts) and the tooltip is HTML (below), instead of chart.js's
 * Filler, Legend and Tooltip plugins: with those the chunk would weigh 64.7 KB gzip through a
 * bundler, over its 60 KB budget (see docs/decisions.md).
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  type ChartEvent,
  type Plugin,
} from 'chart.js';
import { forcedColorsQuery, readColours } from './chart-colours.js';
import { chartConfig, chartHeight, tooltipLines, type ChartKind } from './chart-config.js';

// Registration is global to this copy of chart.js and idempotent; a host app that shares the
// package (bundler users) keeps its own registrations. Chart.defaults is never changed.
Chart.register(RadarController, BarController, RadialLinearScale, LinearScale, CategoryScale, PointElement, LineElement, BarElement);

/** One factor of the model, as the chart labels it. */
export interface ProfileFactor {
  /** The factor's id (stable across languages). */
  id: string;
  /** The factor's name in the page's language; may be long, it is wrapped onto lines. */
  label: string;
  /** The id of the level the factor belongs to. */
  level: string;
  /** The level's name, shown in the tooltip. */
  levelLabel: string;
}

/** One line (radar) or set of bars: the respondent, the team or one role. */
export interface ProfileSeries {
  /** Name in the legend and tooltip (e.g. "Jouw scores", "Team", "Leidinggevenden"). */
  label: string;
  /** One score per factor (1–5), in the order of `ProfileData.factors`; `null` = not scored, left out of the drawing. */
  values: Array<number | null>;
}

/** What the chart shows. */
export interface ProfileData {
  /** The factors in model order, grouped by level. */
  factors: ProfileFactor[];
  /** `[0]` the respondent or the whole team (drawn in the accent colour); more are role overlays (team view). */
  series: ProfileSeries[];
  /** The five answer labels, 1 = strongly disagree … 5 = strongly agree; a whole score's tooltip names its label. */
  scaleLabels: string[];
  /** The question set's thresholds, drawn as dashed guides: a score ≥ `strength` is a strength, < `improvement` an improvement point. */
  thresholds?: { strength: number; improvement: number };
}

/** How the chart draws. */
export interface ProfileChartOptions {
  /** `auto` (default): a radar when the wrapper is at least `narrowBelow` px wide, otherwise horizontal bars, switching as the wrapper resizes. */
  kind?: 'auto' | 'radar' | 'bar';
  /** Width in CSS px below which `auto` draws bars; default 560. */
  narrowBelow?: number;
  /** The page's language: numbers in tooltips and ticks in its notation (`3,5` or `3.5`). */
  lang: 'nl' | 'en';
}

/** A drawn profile chart. */
export interface ProfileChart {
  /** What is drawn now; with `kind: 'auto'` it follows the wrapper's width. */
  readonly kind: 'radar' | 'bar';
  /**
   * The chart.js instance drawn now (replaced when the kind switches; undefined after `destroy`
   * or while the wrapper is not in a document). For tests and diagnostics: its datasets show the
   * colours and values used. Do not keep it.
   */
  readonly chart: Chart | undefined;
  /** Draw other data (same or other factors and series). */
  update(data: ProfileData): void;
  /** Read the colour tokens again and redraw: call it when the element's theme changes. */
  refreshColours(): void;
  /** Remove the canvas and stop every observer and listener. Call it when the element disconnects. */
  destroy(): void;
}

/** The printed chart: about the width of an A4 page's text (CSS px), drawn at 3× for a sharp bitmap. */
const PRINT_WIDTH = 640;
const PRINT_PIXEL_RATIO = 3;

/**
 * Printed, the wrapper follows the canvas and the canvas never exceeds the page's width (a
 * narrower print layout scales the bitmap down, keeping its shape, instead of cutting it off).
 * The rules are a constructable stylesheet adopted by the wrapper's root (the element's shadow
 * root), not a `<style>` element, which a strict Content-Security-Policy would block.
 */
const PRINT_CSS = `@media print {
  [data-lio-profile-chart] { block-size: auto !important; height: auto !important; }
  [data-lio-profile-chart] > canvas { max-width: 100% !important; height: auto !important; }
  [data-lio-profile-chart] > [data-tooltip] { display: none !important; }
}`;

let printSheet: CSSStyleSheet | undefined;

/** Adopt the print rules in `wrapper`'s root once; they stay (harmless, and shared by every chart in that root). */
function adoptPrintRules(wrapper: HTMLElement): void {
  const root = wrapper.getRootNode() as Document | ShadowRoot;
  if (!('adoptedStyleSheets' in root)) return;
  if (!printSheet) {
    printSheet = new CSSStyleSheet();
    printSheet.replaceSync(PRINT_CSS);
  }
  if (!root.adoptedStyleSheets.includes(printSheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, printSheet];
}

/**
 * The tooltip: HTML over the canvas, so its text wraps, takes the element's font and, in
 * forced-colors mode, the system's colours without any code. Hidden from assistive technology
 * like the canvas: the element's table has the same numbers.
 */
const TOOLTIP_CSS = `position:absolute;z-index:1;display:none;pointer-events:none;max-inline-size:18em;padding:.4em .6em;
  font-size:.875em;line-height:1.35;border-radius:4px;border:1px solid currentColor;
  color:var(--_lio-color-text,var(--lio-color-text,CanvasText));background:var(--_lio-color-background,var(--lio-color-background,Canvas));`;

/**
 * Draw the profile into `wrapper` (an element already connected, inside a shadow root); creates
 * its own `<canvas aria-hidden="true">`. The wrapper gets `position: relative` and a height
 * chosen for the kind and width; its width is the element's to set.
 */
export function createProfileChart(wrapper: HTMLElement, data: ProfileData, options: ProfileChartOptions): ProfileChart {
  return new DrawnProfileChart(wrapper, data, options);
}

/**
 * The life cycle. Inside a shadow root chart.js cannot be left to itself (chart.js issues #5763
 * and #10924): its "attach" observer watches the document with a MutationObserver, which never
 * sees nodes added inside a shadow root, so a chart created on a detached canvas would never
 * draw. Hence: the chart is created only once the canvas is connected, inside a wrapper with a
 * definite height (`responsive: true, maintainAspectRatio: false` then fills it), and a
 * ResizeObserver of our own on the wrapper resizes it, sets the height for the new width and
 * switches radar ↔ bars.
 */
class DrawnProfileChart implements ProfileChart {
  #wrapper: HTMLElement;
  #canvas: HTMLCanvasElement;
  #tooltip: HTMLDivElement;
  /** Feeds the tooltip from chart.js's pointer events (mouse and touch). */
  #hover: Plugin = { id: 'lioHover', afterEvent: (chart, args) => this.#showTooltip(chart, args.event) };
  #data: ProfileData;
  #options: Required<ProfileChartOptions>;
  #chart: Chart | undefined;
  #kind: ChartKind;
  #width = 0;
  #printing = false;
  #destroyed = false;
  #cleanup: Array<() => void> = [];

  constructor(wrapper: HTMLElement, data: ProfileData, options: ProfileChartOptions) {
    this.#wrapper = wrapper;
    this.#data = data;
    this.#options = { kind: options.kind ?? 'auto', narrowBelow: options.narrowBelow ?? 560, lang: options.lang };
    wrapper.setAttribute('data-lio-profile-chart', '');
    wrapper.style.position = 'relative';
    adoptPrintRules(wrapper);
    this.#canvas = document.createElement('canvas');
    this.#canvas.setAttribute('aria-hidden', 'true');
    this.#tooltip = document.createElement('div');
    this.#tooltip.setAttribute('aria-hidden', 'true');
    this.#tooltip.setAttribute('data-tooltip', '');
    this.#tooltip.style.cssText = TOOLTIP_CSS;
    wrapper.append(this.#canvas, this.#tooltip);
    this.#width = wrapper.clientWidth;
    this.#kind = this.#kindFor(this.#width);
    if (this.#canvas.isConnected) this.#create();

    // Ours, not chart.js's: it also covers a wrapper connected later, and it decides the kind.
    // The work waits for the next frame: it sets the wrapper's height, and changing an observed
    // size inside the observer's callback makes the browser report a ResizeObserver loop error.
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => this.#resized());
    });
    this.#cleanup.push(() => cancelAnimationFrame(frame));
    observer.observe(wrapper);
    this.#cleanup.push(() => observer.disconnect());

    const redraw = () => this.refreshColours();
    this.#listen(forcedColorsQuery(), redraw);
    // `theme="auto"` follows the system's colour scheme through CSS alone: read the tokens again.
    this.#listen(window.matchMedia('(prefers-color-scheme: dark)'), redraw);

    // chart.js resizes for print only charts it observes itself; browsers fire `beforeprint`
    // before laying out for paper, and some (older Safari) only report `print` through matchMedia.
    const before = () => this.#print(true);
    const after = () => this.#print(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    this.#cleanup.push(() => window.removeEventListener('beforeprint', before), () => window.removeEventListener('afterprint', after));
    this.#listen(window.matchMedia('print'), (event) => this.#print(event.matches));
  }

  get kind(): ChartKind {
    return this.#kind;
  }

  get chart(): Chart | undefined {
    return this.#chart;
  }

  update(data: ProfileData): void {
    this.#data = data;
    this.#redraw();
  }

  refreshColours(): void {
    this.#redraw();
  }

  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    for (const undo of this.#cleanup) undo();
    this.#chart?.destroy();
    this.#chart = undefined;
    this.#canvas.remove();
    this.#tooltip.remove();
    this.#wrapper.style.removeProperty('height');
    this.#wrapper.removeAttribute('data-lio-profile-chart');
  }

  #listen(query: MediaQueryList, listener: (event: MediaQueryListEvent) => void): void {
    query.addEventListener('change', listener);
    this.#cleanup.push(() => query.removeEventListener('change', listener));
  }

  #kindFor(width: number): ChartKind {
    const { kind, narrowBelow } = this.#options;
    return kind === 'auto' ? (width >= narrowBelow ? 'radar' : 'bar') : kind;
  }

  /** The chart.js configuration for the current data, kind, width and colours. */
  #config(width: number) {
    const style = getComputedStyle(this.#wrapper);
    const font = { family: style.fontFamily || 'system-ui, sans-serif', size: parseFloat(style.fontSize) || 16 };
    const colours = readColours(this.#wrapper, this.#data.series.length);
    return { config: chartConfig(this.#data, { kind: this.#kind, width, colours, lang: this.#options.lang, font }), font };
  }

  #setHeight(width: number, font: { family: string; size: number }): void {
    this.#wrapper.style.height = `${chartHeight(this.#kind, width, this.#data, font)}px`;
  }

  #create(): void {
    const { config, font } = this.#config(this.#width);
    this.#setHeight(this.#width, font);
    config.plugins = [...(config.plugins ?? []), this.#hover];
    this.#chart = new Chart(this.#canvas, config as never);
  }

  /** The factor nearest the pointer, with every series' score for it, beside that point; hidden when the pointer leaves. */
  #showTooltip(chart: Chart, event: ChartEvent): void {
    const tip = this.#tooltip;
    const items = event.type === 'mouseout' ? [] : chart.getElementsAtEventForMode(event as unknown as Event, 'index', { intersect: false, axis: this.#kind === 'radar' ? 'xy' : 'y' }, false);
    const point = items.find((item) => !(item.element as { skip?: boolean }).skip);
    if (!point) {
      tip.style.display = 'none';
      return;
    }
    const lines = tooltipLines(this.#data, point.index, this.#options.lang);
    tip.replaceChildren(
      ...lines.map((line, i) => {
        const row = document.createElement('div');
        row.textContent = line; // catalogue text, never HTML
        if (i === 0) row.style.fontWeight = 'bold';
        if (i === lines.length - 1) row.style.opacity = '0.8';
        return row;
      }),
    );
    tip.style.display = 'block';
    // Beside the point, kept inside the wrapper (the canvas fills it from its top left corner).
    const { x, y } = point.element;
    const width = this.#wrapper.clientWidth;
    const left = x + 12 + tip.offsetWidth > width ? x - 12 - tip.offsetWidth : x + 12;
    const top = y + 12 + tip.offsetHeight > this.#wrapper.clientHeight ? y - 12 - tip.offsetHeight : y + 12;
    tip.style.left = `${Math.max(0, Math.min(left, width - tip.offsetWidth))}px`;
    tip.style.top = `${Math.max(0, top)}px`;
  }

  /** Apply the current data and colours to the chart as it is, at the wrapper's current width. */
  #redraw(): void {
    if (this.#destroyed) return;
    if (!this.#chart) {
      if (this.#canvas.isConnected) this.#create();
      return;
    }
    const { config, font } = this.#config(this.#printing ? PRINT_WIDTH : this.#width);
    if (!this.#printing) this.#setHeight(this.#width, font);
    this.#chart.data = config.data as never;
    this.#chart.options = config.options as never;
    // New options take effect in update(); resize() (a no-op when the size is unchanged) reads them.
    this.#chart.update('none');
    if (!this.#printing) this.#chart.resize();
  }

  /** The wrapper's size changed (or `force`): switch the kind if the width crossed the breakpoint, else redraw at the new width. */
  #resized(force = false): void {
    if (this.#destroyed || this.#printing) return;
    const width = this.#wrapper.clientWidth;
    if (width === 0) return; // hidden (display: none, a closed <details>): keep the last drawing
    const kind = this.#kindFor(width);
    const changed = force || width !== this.#width;
    this.#width = width;
    if (kind !== this.#kind) {
      // Radar and bars have different scales and plugins: a new chart is simpler than a morph.
      this.#chart?.destroy();
      this.#chart = undefined;
      this.#kind = kind;
      this.#create();
    } else if (!this.#chart || changed) {
      this.#redraw(); // labels wrap by width, and the height follows the width
    }
  }

  /**
   * Before printing, draw at the printed size and at a high pixel ratio (a canvas prints as a
   * bitmap, which a screen-sized one would blur or cut off at the page's edge); after, go back to
   * the wrapper's size (and the kind for its width). Printed, the kind stays what the screen shows.
   */
  #print(printing: boolean): void {
    if (printing === this.#printing || !this.#chart || this.#destroyed) return;
    this.#printing = printing;
    const chart = this.#chart;
    if (printing) {
      const { config, font } = this.#config(PRINT_WIDTH);
      chart.data = config.data as never;
      chart.options = { ...(config.options as object), devicePixelRatio: PRINT_PIXEL_RATIO } as never;
      chart.update('none');
      chart.resize(PRINT_WIDTH, chartHeight(this.#kind, PRINT_WIDTH, this.#data, font));
    } else {
      this.#resized(true); // options without the print pixel ratio, at the wrapper's size and kind
    }
  }
}
