/**
 * The chart.js configuration of the profile chart, radar or horizontal bars, built from the
 * profile data, the colours and the wrapper's width. Pure apart from the bar hatch patterns;
 * profile-chart.ts owns the chart's life cycle.
 */
import type { ChartConfiguration, ChartDataset } from 'chart.js';
import { barFill, seriesStyle, type ChartColours } from './chart-colours.js';
import { areaPlugin, legendLayout, legendPlugin, levelGroupPlugin, thresholdPlugin, type LegendItem } from './chart-plugins.js';
import type { ProfileData } from './profile-chart.js';

/** The two ways the chart draws a profile. */
export type ChartKind = 'radar' | 'bar';

/** Lowest and highest score of the five-point scale. */
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

/** What the configuration depends on besides the data. */
export interface ConfigContext {
  kind: ChartKind;
  /** The wrapper's width in CSS pixels; decides how labels wrap. */
  width: number;
  colours: ChartColours;
  lang: 'nl' | 'en';
  /** Font family and size (px) of the wrapper, so the chart matches the widget's text. */
  font: { family: string; size: number };
}

/**
 * Splits `text` into lines of at most `maxChars` characters at spaces (a longer word keeps its own
 * line), at most `maxLines` lines; the last one ends in "…" when text was left out. The tooltip
 * always shows the whole label.
 */
export function wrapLabel(text: string, maxChars: number, maxLines = 3): string[] {
  const lines: string[] = [];
  for (const word of text.trim().split(/\s+/)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + 1 + word.length <= maxChars) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/\s*\S*$/, '') || kept[maxLines - 1]!}…`;
  return kept;
}

/** Characters per label line: the radar's labels sit around the circle, the bars' beside the axis (about 40% of the width). */
export function labelChars(kind: ChartKind, width: number, fontSize: number): number {
  const clamp = (value: number, min: number, max: number) => Math.round(Math.min(max, Math.max(min, value)));
  return kind === 'radar' ? clamp(width / 36, 12, 22) : clamp((width * 0.4) / (fontSize * 0.55), 10, 40);
}

/**
 * The wrapper's height for `kind` at `width`: the radar nearly square (its labels need room on
 * all sides), the bars as tall as their rows, each row fitting its wrapped label and one bar per
 * series.
 */
export function chartHeight(kind: ChartKind, width: number, data: ProfileData, font: ConfigContext['font']): number {
  const fontSize = font.size;
  if (kind === 'radar') return Math.round(Math.min(640, Math.max(360, width * 0.8)));
  const chars = labelChars('bar', width, fontSize);
  const lineHeight = Math.ceil(fontSize * 1.2);
  const barRow = data.series.length * Math.ceil(fontSize * 0.9) + 12;
  const rows = data.factors.reduce((sum, factor) => sum + Math.max(barRow, wrapLabel(factor.label, chars).length * lineHeight + 8), 0);
  return rows + legendHeight(data.series.map((series) => series.label), width, font) + 2 * lineHeight + 16; // + the value axis and padding
}

/** The legend's font, as a canvas `font` string, and its line height. */
const legendFont = (font: ConfigContext['font']) => ({ css: `${Math.round(font.size * 0.875)}px ${font.family}`, lineHeight: Math.ceil(font.size * 1.4) });

let measuring: CanvasRenderingContext2D | null | undefined;
/** The height the legend takes above the chart (0 with one series: the element's text names it). */
export function legendHeight(labels: readonly string[], width: number, font: ConfigContext['font']): number {
  if (labels.length < 2) return 0;
  measuring ??= document.createElement('canvas').getContext('2d');
  const { css, lineHeight } = legendFont(font);
  if (measuring) measuring.font = css;
  const measure = (text: string) => measuring?.measureText(text).width ?? text.length * font.size * 0.6;
  const items = labels.map((label) => ({ label }) as LegendItem);
  return legendLayout(items, width, measure, lineHeight).rows * lineHeight + 8;
}

/**
 * The tooltip's lines for factor `index`: the factor's name, one line per series that scored it
 * (`Team: 3,5`, with the answer's label when the score is whole), and the level's name.
 */
export function tooltipLines(data: ProfileData, index: number, lang: 'nl' | 'en'): string[] {
  const factor = data.factors[index];
  if (!factor) return [];
  const decimal = numberFormat(lang);
  const lines = data.series.flatMap((series) => {
    const value = series.values[index];
    if (typeof value !== 'number' || !Number.isFinite(value)) return [];
    const word = Number.isInteger(value) ? data.scaleLabels[value - SCALE_MIN] : undefined;
    return [`${series.label}: ${decimal.format(value)}${word ? ` (${word})` : ''}`];
  });
  return [factor.label, ...lines, factor.levelLabel];
}

/** Numbers in the language's notation: `3,5` in Dutch, `3.5` in English. */
export function numberFormat(lang: 'nl' | 'en', fractionDigits = { min: 1, max: 2 }): Intl.NumberFormat {
  return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: fractionDigits.min, maximumFractionDigits: fractionDigits.max });
}

/** The datasets: one per series, `null` kept as a gap (never drawn as 0). */
function datasets(data: ProfileData, context: ConfigContext): ChartDataset<'radar' | 'bar', Array<number | null>>[] {
  const { colours } = context;
  return data.series.map((series, i) => {
    const style = seriesStyle(i);
    const colour = colours.series[i] ?? colours.text;
    const values = data.factors.map((_, f) => {
      const value = series.values[f];
      return typeof value === 'number' && Number.isFinite(value) ? value : null;
    });
    if (context.kind === 'radar') {
      return {
        label: series.label,
        data: values,
        borderColor: colour,
        backgroundColor: colour, // the tooltip's swatch; the area is drawn by areaPlugin
        borderWidth: i === 0 ? 2.5 : 2,
        borderDash: style.dash,
        pointStyle: style.point,
        pointRadius: 4,
        pointHoverRadius: 6,
        pointBackgroundColor: colour,
        pointBorderColor: colour,
        spanGaps: false,
      } satisfies ChartDataset<'radar', Array<number | null>>;
    }
    return {
      label: series.label,
      data: values,
      borderColor: colour,
      backgroundColor: barFill(style.hatch, colour, colours.background),
      borderWidth: i === 0 ? 0 : 1.5,
      pointStyle: style.point,
      // Bars start at 0, so the lowest answer (1) is a bar of its own; "not scored" (null) has none.
      base: 0,
    } satisfies ChartDataset<'bar', Array<number | null>>;
  });
}

/**
 * The factor index ranges of every other level, starting with the second, in the data's order:
 * with five levels the first and the last, which meet at the top of the radar, stay unshaded.
 */
export function levelGroups(data: ProfileData): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  data.factors.forEach((factor, i) => {
    const last = ranges.at(-1);
    if (i > 0 && factor.level === data.factors[i - 1]!.level) last!.end = i;
    else ranges.push({ start: i, end: i });
  });
  return ranges.filter((_, i) => i % 2 === 1);
}

/** The whole chart.js configuration for `data` in `context`. */
export function chartConfig(data: ProfileData, context: ConfigContext): ChartConfiguration<'radar' | 'bar', Array<number | null>, string[]> {
  const { colours, font, kind } = context;
  const chars = labelChars(kind, context.width, font.size);
  const labels = data.factors.map((factor) => wrapLabel(factor.label, chars));
  const whole = numberFormat(context.lang, { min: 0, max: 0 });
  const fontOf = (scale = 1, weight?: 'bold') => ({ family: font.family, size: Math.round(font.size * scale), weight });
  const tick = (value: number | string) => (Number.isInteger(Number(value)) ? whole.format(Number(value)) : '');
  const grid = { color: colours.border, lineWidth: 1 };

  const valueScale = {
    min: SCALE_MIN,
    max: SCALE_MAX,
    ticks: { stepSize: 1, color: colours.muted, font: fontOf(0.8), callback: tick },
    grid,
  };
  const scales =
    kind === 'radar'
      ? {
          r: {
            ...valueScale,
            beginAtZero: false,
            ticks: { ...valueScale.ticks, backdropColor: colours.background, showLabelBackdrop: true },
            angleLines: { color: colours.border },
            pointLabels: { color: colours.text, font: fontOf(0.8), padding: 6 },
          },
        }
      : {
          // Bars grow from 0, so the lowest answer (1) is a bar of its own, never the same as "not scored" (no bar); 0 has no tick.
          x: { ...valueScale, min: 0, ticks: { ...valueScale.ticks, callback: (value: number | string) => (Number(value) === 0 ? '' : tick(value)) }, border: { color: colours.border } },
          y: { ticks: { color: colours.text, font: fontOf(0.8), autoSkip: false }, grid: { display: false }, border: { color: colours.border } },
        };

  const sets = datasets(data, context);
  const legend = legendFont(font);
  const legendItems: LegendItem[] =
    data.series.length > 1
      ? data.series.map((series, i) => ({ label: series.label, colour: colours.series[i] ?? colours.text, fill: sets[i]!.backgroundColor as string | CanvasPattern, style: seriesStyle(i) }))
      : [];

  return {
    type: kind,
    data: { labels, datasets: sets as ChartConfiguration<'radar' | 'bar', Array<number | null>, string[]>['data']['datasets'] },
    plugins: [levelGroupPlugin, thresholdPlugin, areaPlugin, legendPlugin],
    options: {
      // Sizing: the wrapper has a height of our choosing and chart.js fills it (see profile-chart.ts).
      responsive: true,
      maintainAspectRatio: false,
      // Off always, not only for `prefers-reduced-motion`: the chart sits beside a table with the
      // same numbers, so movement adds nothing, and without it every draw is finished at once
      // (for printing, a theme switch and the element's own tests).
      animation: false,
      indexAxis: kind === 'bar' ? 'y' : 'x',
      color: colours.text,
      borderColor: colours.border,
      // Hover and touch feed the HTML tooltip (profile-chart.ts); chart.js's Tooltip plugin is not loaded.
      interaction: { mode: 'index', intersect: false, axis: kind === 'radar' ? 'xy' : 'y' },
      layout: { padding: { top: legendHeight(data.series.map((series) => series.label), context.width, font) } },
      scales,
      plugins: {
        lioThresholds: {
          values: data.thresholds ? [data.thresholds.improvement, data.thresholds.strength].filter((v) => v >= SCALE_MIN && v <= SCALE_MAX) : [],
          colour: colours.border,
        },
        lioArea: { colour: kind === 'radar' ? colours.fill : undefined },
        lioLevels: { groups: levelGroups(data), colour: colours.forced ? '' : colours.shade },
        lioLegend: { items: legendItems, kind, font: legend.css, lineHeight: legend.lineHeight, colour: colours.text },
      },
    },
  };
}
