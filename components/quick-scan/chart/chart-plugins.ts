/**
 * Three small chart.js plugins of our own, registered per chart. The fill and the legend replace
 * chart.js's Filler and Legend plugins: those weigh about 5 KB gzip together, which would take the
 * chart chunk over its 60 KB budget, and the profile needs only a fraction of them (one filled
 * radar area; one legend row of a few series). Each reads what it draws from the chart's options
 * (`options.plugins.<id>`), so `chart.update()` changes it.
 */
import type { ChartType, Plugin, Scale } from 'chart.js';
import { drawPoint } from 'chart.js/helpers';
import type { SeriesStyle } from './chart-colours.js';

/** Options of the thresholds guides. */
export interface ThresholdOptions {
  /** Scores to draw a guide at (the improvement and strength thresholds). */
  values: number[];
  colour: string;
}

/** Options of the radar's filled area. */
export interface AreaOptions {
  /** Fill of the first series' area; none when undefined (bars). */
  colour?: string;
}

/** One legend entry. */
export interface LegendItem {
  label: string;
  colour: string;
  /** The bar fill (a colour or hatch pattern), for the bar chart's swatch. */
  fill: string | CanvasPattern;
  style: SeriesStyle;
}

/** Options of the level groups: the factor index ranges of every other level, shaded. */
export interface LevelGroupOptions {
  /** First and last factor index of each level to shade. */
  groups: Array<{ start: number; end: number }>;
  /** The shade; none when empty (forced colours). */
  colour: string;
}

/** Options of the legend; `items` empty means no legend. */
export interface LegendOptions {
  items: LegendItem[];
  kind: 'radar' | 'bar';
  font: string;
  lineHeight: number;
  colour: string;
}

// chart.js's documented way to type a plugin's options; the merged interface must repeat its
// type parameter, unused here.
declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    /** The profile chart's threshold guides. */
    lioThresholds?: ThresholdOptions;
    /** The radar's filled area (first series). */
    lioArea?: AreaOptions;
    /** The profile chart's legend. */
    lioLegend?: LegendOptions;
    /** The levels of the model as shaded groups of factors. */
    lioLevels?: LevelGroupOptions;
  }
}

type RadialScale = Scale & { getDistanceFromCenterForValue(v: number): number; getPointPosition(i: number, d: number): { x: number; y: number } };

/**
 * The thresholds as dashed guides under the data: a ring in the radar's grid shape, or a vertical
 * line across the bars. The exact values are in the element's table and text.
 */
export const thresholdPlugin: Plugin<'radar' | 'bar', ThresholdOptions> = {
  id: 'lioThresholds',
  beforeDatasetsDraw(chart, _args, options) {
    const { ctx, chartArea } = chart;
    const radial = chart.scales.r as RadialScale | undefined;
    ctx.save();
    ctx.strokeStyle = options.colour;
    // Thin and long-dashed in the grid's colour, without markers: visibly guides, not a series.
    ctx.lineWidth = 1;
    ctx.setLineDash([10, 5]);
    for (const value of options.values ?? []) {
      ctx.beginPath();
      if (radial) {
        const distance = radial.getDistanceFromCenterForValue(value);
        for (let i = 0; i < (chart.data.labels?.length ?? 0); i++) {
          const { x, y } = radial.getPointPosition(i, distance);
          ctx.lineTo(x, y);
        }
        ctx.closePath();
      } else {
        const x = chart.scales.x!.getPixelForValue(value);
        ctx.moveTo(x, chartArea.top);
        ctx.lineTo(x, chartArea.bottom);
      }
      ctx.stroke();
    }
    ctx.restore();
  },
};

/** The scale's top (5): the outer ring of the radar's grid. */
const SCALE_TOP = 5;

/**
 * The factors grouped by level, as the model groups them: every other level's factors get a faint
 * shade behind them, a wedge in the radar and a band across the bars. The level's name is in the
 * tooltip and the table.
 */
export const levelGroupPlugin: Plugin<'radar' | 'bar', LevelGroupOptions> = {
  id: 'lioLevels',
  beforeDatasetsDraw(chart, _args, options) {
    const count = chart.data.labels?.length ?? 0;
    if (!options.colour || !count) return;
    const { ctx, chartArea } = chart;
    const radial = chart.scales.r as (RadialScale & { xCenter: number; yCenter: number }) | undefined;
    ctx.save();
    ctx.fillStyle = options.colour;
    for (const { start, end } of options.groups ?? []) {
      ctx.beginPath();
      if (radial) {
        // The grid is a polygon: the wedge runs from the middle of the edge before the level's
        // first spoke, along the spokes' ends, to the middle of the edge after its last one.
        const distance = radial.getDistanceFromCenterForValue(SCALE_TOP);
        const corner = (i: number) => radial.getPointPosition((i + count) % count, distance);
        const middle = (a: number, b: number) => ({ x: (corner(a).x + corner(b).x) / 2, y: (corner(a).y + corner(b).y) / 2 });
        const first = middle(start - 1, start);
        ctx.moveTo(radial.xCenter, radial.yCenter);
        ctx.lineTo(first.x, first.y);
        for (let i = start; i <= end; i++) ctx.lineTo(corner(i).x, corner(i).y);
        const last = middle(end, end + 1);
        ctx.lineTo(last.x, last.y);
        ctx.closePath();
      } else {
        const y = chart.scales.y!;
        const step = count > 1 ? Math.abs(y.getPixelForValue(1) - y.getPixelForValue(0)) : chartArea.height;
        const top = y.getPixelForValue(start) - step / 2;
        ctx.rect(chartArea.left, top, chartArea.right - chartArea.left, (end - start + 1) * step);
      }
      ctx.fill();
    }
    ctx.restore();
  },
};

/** The first series' area in the radar, through its scored points only (a factor not scored leaves no corner at 0). */
export const areaPlugin: Plugin<'radar' | 'bar', AreaOptions> = {
  id: 'lioArea',
  beforeDatasetsDraw(chart, _args, options) {
    if (!options.colour || !chart.isDatasetVisible(0)) return;
    const points = chart.getDatasetMeta(0).data.filter((point) => !(point as { skip?: boolean }).skip);
    if (points.length < 3) return;
    const { ctx } = chart;
    ctx.save();
    ctx.fillStyle = options.colour;
    ctx.beginPath();
    for (const point of points) ctx.lineTo(point.x, point.y);
    ctx.closePath();
    ctx.fill();
    ctx.restore();
  },
};

/** Lays the legend's items out in rows that fit `width`: the x of each item and its row. */
export function legendLayout(items: readonly LegendItem[], width: number, measure: (text: string) => number, lineHeight: number) {
  const swatch = 2 * lineHeight;
  let x = 0;
  let row = 0;
  const placed = items.map((item) => {
    const itemWidth = swatch + 6 + measure(item.label);
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      row++;
    }
    const at = { item, x, row };
    x += itemWidth + lineHeight;
    return at;
  });
  return { placed, rows: items.length ? row + 1 : 0, swatch };
}

/**
 * The legend, above the chart area (the configuration reserves its height as top padding): per
 * series a swatch that shows what tells it apart (line dash and marker, or bar hatching) and its
 * name. Drawn, like the rest, for sighted readers only.
 */
export const legendPlugin: Plugin<'radar' | 'bar', LegendOptions> = {
  id: 'lioLegend',
  afterDraw(chart, _args, options) {
    if (!options.items?.length) return;
    const { ctx } = chart;
    const { lineHeight } = options;
    ctx.save();
    ctx.font = options.font;
    ctx.textBaseline = 'middle';
    const { placed, swatch } = legendLayout(options.items, chart.width, (text) => ctx.measureText(text).width, lineHeight);
    for (const { item, x, row } of placed) {
      const y = row * lineHeight + lineHeight / 2;
      ctx.strokeStyle = ctx.fillStyle = item.colour;
      if (options.kind === 'radar') {
        ctx.lineWidth = 2;
        ctx.setLineDash(item.style.dash);
        ctx.beginPath();
        ctx.moveTo(x, y);
        ctx.lineTo(x + swatch, y);
        ctx.stroke();
        ctx.setLineDash([]);
        drawPoint(ctx, { pointStyle: item.style.point, radius: 4, rotation: 0, borderWidth: 1 }, x + swatch / 2, y);
      } else {
        ctx.fillStyle = item.fill;
        ctx.fillRect(x, y - lineHeight / 3, swatch, (2 * lineHeight) / 3);
        ctx.strokeRect(x, y - lineHeight / 3, swatch, (2 * lineHeight) / 3);
      }
      ctx.fillStyle = options.colour;
      ctx.fillText(item.label, x + swatch + 6, y);
    }
    ctx.restore();
  },
};
