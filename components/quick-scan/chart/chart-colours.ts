/**
 * The profile chart's colours and per-series styles. A canvas cannot use CSS custom properties,
 * so the design tokens are resolved to plain `rgb()` values here, and read again whenever the
 * theme, the system's colour scheme or forced-colors mode changes.
 */
/** The colours the chart draws with, each resolved to an `rgb()`/`rgba()` string. */
export interface ChartColours {
  text: string;
  muted: string;
  border: string;
  background: string;
  /** One per series, in order: series 0 the accent, the others different colours. */
  series: string[];
  /** `series[0]`, translucent, for the radar's filled area. */
  fill: string;
  /** The border colour, faint, behind every other level's factors. */
  shade: string;
  /** True in forced-colors mode: the colours are system colours. */
  forced: boolean;
}

/** The tokens the chart reads; names as in palette.ts (`--lio-color-<id>`). */
const TOKEN_IDS = ['text', 'text-muted', 'border', 'accent', 'background'] as const;
type TokenId = (typeof TOKEN_IDS)[number];

/**
 * System colours (CSS Color 4 keywords): used in forced-colors mode, and as the fallback outside
 * a lio element, where neither the private copies nor public tokens are set: the page's own text,
 * link and background colours. (Not the palette's defaults: importing palette.ts would add its
 * whole token list to this chunk, which has no bytes to spare.)
 */
const SYSTEM: Record<TokenId, string> = {
  text: 'CanvasText',
  'text-muted': 'GrayText',
  border: 'GrayText',
  accent: 'Highlight',
  background: 'Canvas',
};

/** True when the user has forced colours on (Windows high contrast and the like). */
export const forcedColorsQuery = (): MediaQueryList => window.matchMedia('(forced-colors: active)');

/**
 * Reads the tokens on `wrapper` and resolves them to `rgb()` strings. Each token is read through
 * the element's private copy first (`--_lio-color-*`, which already holds the host's public value
 * or the light/dark default for the element's `theme`), then the public token, then a system
 * colour. Resolution goes through a probe element (so `var()`, named and system colours
 * all compute) and a 1×1 canvas (so any colour syntax the browser knows ends up as numbers that
 * chart.js's own colour helper can lighten or darken).
 */
export function readColours(wrapper: HTMLElement, seriesCount: number): ChartColours {
  const forced = forcedColorsQuery().matches;
  const probe = document.createElement('span');
  // The probe must keep the colour it is given: forced-colors mode would otherwise override it.
  probe.style.cssText = 'position:absolute;inline-size:0;block-size:0;overflow:hidden;forced-color-adjust:none;';
  probe.setAttribute('aria-hidden', 'true');
  wrapper.append(probe);
  const pixel = document.createElement('canvas');
  pixel.width = pixel.height = 1;
  const context = pixel.getContext('2d', { willReadFrequently: true });
  const resolve = (id: TokenId): string => {
    probe.style.color = forced ? SYSTEM[id] : `var(--_lio-color-${id}, var(--lio-color-${id}, ${SYSTEM[id]}))`;
    const computed = getComputedStyle(probe).color;
    if (!context) return computed;
    context.clearRect(0, 0, 1, 1);
    context.fillStyle = '#000';
    context.fillStyle = computed; // an unknown syntax leaves the black set just before
    context.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
    return a === 255 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(3)})`;
  };
  const colours = Object.fromEntries(TOKEN_IDS.map((id) => [id, resolve(id)])) as Record<TokenId, string>;
  probe.remove();
  // Series 0 is the accent; role overlays cycle through the text colours, which stay readable on
  // the background. Colour alone never tells series apart: see SERIES_STYLES.
  const others = forced ? [colours.text] : [colours.text, colours['text-muted'], colours.border];
  const series = Array.from({ length: Math.max(1, seriesCount) }, (_, i) => (i === 0 ? colours.accent : others[(i - 1) % others.length]!));
  return {
    text: colours.text,
    muted: colours['text-muted'],
    border: colours.border,
    background: colours.background,
    series,
    fill: translucent(colours.accent, forced ? 0.3 : 0.15),
    shade: translucent(colours.border, 0.12),
    forced,
  };
}

/** `rgb(r, g, b)` → `rgba(r, g, b, alpha)`. */
function translucent(rgb: string, alpha: number): string {
  const [r = 0, g = 0, b = 0] = (rgb.match(/[\d.]+/g) ?? []).map(Number);
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/** How one series differs from the others besides its colour. */
export interface SeriesStyle {
  /** Line dash of the radar's outline (empty: solid). */
  dash: number[];
  /** Marker of the radar's points (and of the legend). */
  point: 'circle' | 'rectRot' | 'triangle' | 'rect' | 'crossRot';
  /** Fill of the bars: solid, or a hatch pattern drawn in the series colour. */
  hatch: 'solid' | 'diagonal' | 'dots' | 'cross' | 'horizontal';
}

/** Styles by series index (cycled): line dash, point marker and bar hatching all differ. */
export const SERIES_STYLES: readonly SeriesStyle[] = [
  { dash: [], point: 'circle', hatch: 'solid' },
  { dash: [8, 4], point: 'rectRot', hatch: 'diagonal' },
  { dash: [2, 3], point: 'triangle', hatch: 'dots' },
  { dash: [12, 4, 2, 4], point: 'rect', hatch: 'cross' },
  { dash: [4, 4], point: 'crossRot', hatch: 'horizontal' },
];

/** The style of series `index`. */
export const seriesStyle = (index: number): SeriesStyle => SERIES_STYLES[index % SERIES_STYLES.length]!;

/** The lines of each hatch in its 8×8 tile (x1, y1, x2, y2); a line from corner to corner tiles seamlessly. */
const HATCH_LINES: Partial<Record<SeriesStyle['hatch'], number[][]>> = {
  diagonal: [[0, 8, 8, 0]],
  cross: [
    [0, 8, 8, 0],
    [0, 0, 8, 8],
  ],
  horizontal: [
    [0, 2, 8, 2],
    [0, 6, 8, 6],
  ],
};

/**
 * A bar fill for `hatch`: the plain colour for `solid`, otherwise a small repeating pattern of
 * `colour` lines or dots on `background`, so that bars of different series differ in print,
 * in greyscale and for colour-blind readers.
 */
export function barFill(hatch: SeriesStyle['hatch'], colour: string, background: string): string | CanvasPattern {
  if (hatch === 'solid') return colour;
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const context = tile.getContext('2d');
  if (!context) return colour;
  context.fillStyle = background;
  context.fillRect(0, 0, 8, 8);
  context.strokeStyle = context.fillStyle = colour;
  context.lineWidth = 1.5;
  if (hatch === 'dots') context.fillRect(2, 2, 3, 3);
  for (const [x1, y1, x2, y2] of HATCH_LINES[hatch] ?? []) {
    context.moveTo(x1!, y1!);
    context.lineTo(x2!, y2!);
  }
  context.stroke();
  return context.createPattern(tile, 'repeat') ?? colour;
}
