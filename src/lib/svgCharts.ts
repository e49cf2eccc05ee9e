/**
 * Geometry of the site's charts, computed at build time and drawn by components as inline SVG, so no
 * chart library reaches the browser. Every function returns plain numbers and strings in SVG user
 * units; colours are left to the component (CSS classes and currentColor, so both themes work).
 *
 * Both charts lay out one row per item: the label and its value on a line of text, the bar below.
 * Stacking text above the bar leaves the bar the full width, which keeps charts readable on phones.
 */

/** Sizes shared by the charts, in SVG user units. */
export interface ChartSizes {
  width: number;
  fontSize: number;
  /** Height of a bar. */
  barHeight: number;
  /** Space between the text line and its bar, and below the bar. */
  gap: number;
}

/** Drawn at up to about 1.15× on wide screens and scaled down on phones, where text stays about 12 px. */
export const defaultSizes: ChartSizes = { width: 360, fontSize: 13, barHeight: 12, gap: 5 };

/** Rounds to two decimals so the SVG source stays short and the same on every build. */
const round = (value: number) => Math.round(value * 100) / 100;

/** A width per character that errs on the wide side for the system sans-serif font. */
const CHAR_WIDTH = 0.6;

/** Shortens a label with "…" to at most `maxChars` characters; the tables beside the charts keep the full text. */
export function fitLabel(label: string, maxChars: number): string {
  const chars = [...label];
  if (chars.length <= maxChars) return label;
  return `${chars
    .slice(0, Math.max(1, maxChars - 1))
    .join('')
    .trimEnd()}…`;
}

/** How many characters of a label fit beside a value text on one row. */
function labelRoom(valueText: string, sizes: ChartSizes): number {
  const charWidth = sizes.fontSize * CHAR_WIDTH;
  return Math.max(4, Math.floor((sizes.width - (valueText.length + 2) * charWidth) / charWidth));
}

/** The smallest 1, 2 or 5 × 10^n that is at least `value` (1 for zero or less). */
export function niceStep(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= value - 1e-9);
  return step ?? 10 * power;
}

/** Ticks from 0 to the first nice value at or above `max`, about `target` steps apart. */
export function niceTicks(max: number, target = 5): number[] {
  const step = niceStep(max / target);
  const top = Math.max(step, Math.ceil(max / step - 1e-9) * step);
  const ticks: number[] = [];
  for (let value = 0; value <= top + step / 1e6; value += step) ticks.push(round(value));
  return ticks;
}

/** One row of a chart: its text line and its bar. */
interface RowGeometry {
  /** The label as drawn (maybe shortened). */
  label: string;
  /** The full label, for the row's tooltip. */
  fullLabel: string;
  valueText: string;
  /** Baseline of the text line. */
  textY: number;
  barX: number;
  barY: number;
  barWidth: number;
  barHeight: number;
}

export interface BarChartLayout {
  width: number;
  height: number;
  fontSize: number;
  rows: (RowGeometry & { value: number })[];
}

export interface BarDatum {
  label: string;
  value: number;
  /** What is written beside the label, e.g. "2 (40%)"; the value by default. */
  valueText?: string;
}

const rowHeight = (sizes: ChartSizes) => sizes.fontSize + sizes.gap + sizes.barHeight + sizes.gap * 2;

/**
 * A horizontal bar chart of parts of a whole: each bar's length is its value's share of `total` (those who
 * answered), so five answers of one each are a fifth of the width each, never five full bars. Values are
 * written out beside their labels.
 */
export function barChart(data: readonly BarDatum[], total: number, sizes: ChartSizes = defaultSizes): BarChartLayout {
  const rows = data.map((datum, index) => {
    const top = index * rowHeight(sizes);
    const valueText = datum.valueText ?? String(datum.value);
    return {
      label: fitLabel(datum.label, labelRoom(valueText, sizes)),
      fullLabel: datum.label,
      value: datum.value,
      valueText,
      textY: round(top + sizes.fontSize),
      barX: 0,
      barY: round(top + sizes.fontSize + sizes.gap),
      barWidth: total > 0 ? round((Math.min(total, Math.max(0, datum.value)) / total) * sizes.width) : 0,
      barHeight: sizes.barHeight,
    };
  });
  return { width: sizes.width, height: round(data.length * rowHeight(sizes)), fontSize: sizes.fontSize, rows };
}

export interface RangeDatum {
  label: string;
  min: number;
  max: number;
  /** What is written beside the label, e.g. "€40,000 – €55,000". */
  valueText: string;
}

export interface RangeChartLayout {
  width: number;
  height: number;
  fontSize: number;
  rows: (RowGeometry & { min: number; max: number })[];
  /** The shared axis: from 0 to a nice value at or above the largest maximum. */
  axis: { y: number; top: number; ticks: { value: number; x: number; label: string; anchor: 'start' | 'middle' | 'end' }[] };
}

/**
 * Range bars (min to max) on one axis starting at 0, so bands compare at a glance and their lengths
 * are not exaggerated. `tickLabel` writes an axis value, e.g. "€50K".
 */
export function rangeChart(data: readonly RangeDatum[], tickLabel: (value: number) => string, sizes: ChartSizes = defaultSizes): RangeChartLayout {
  const ticks = niceTicks(Math.max(0, ...data.map((datum) => datum.max)));
  const top = ticks[ticks.length - 1];
  const x = (value: number) => round((value / top) * sizes.width);
  const rows = data.map((datum, index) => {
    const rowTop = index * rowHeight(sizes);
    const low = Math.min(datum.min, datum.max);
    const high = Math.max(datum.min, datum.max);
    return {
      label: fitLabel(datum.label, labelRoom(datum.valueText, sizes)),
      fullLabel: datum.label,
      min: datum.min,
      max: datum.max,
      valueText: datum.valueText,
      textY: round(rowTop + sizes.fontSize),
      barX: x(low),
      barY: round(rowTop + sizes.fontSize + sizes.gap),
      // A band of one figure still shows as a short mark.
      barWidth: Math.max(2, round(x(high) - x(low))),
      barHeight: sizes.barHeight,
    };
  });
  const axisY = round(data.length * rowHeight(sizes));
  return {
    width: sizes.width,
    fontSize: sizes.fontSize,
    // The axis line, then a line of tick labels.
    height: round(axisY + sizes.gap + sizes.fontSize + sizes.gap),
    rows,
    axis: {
      y: axisY,
      top: 0,
      // The end ticks are anchored inwards so their labels stay inside the drawing.
      ticks: ticks.map((value, index) => ({
        value,
        x: x(value),
        label: tickLabel(value),
        anchor: index === 0 ? 'start' : index === ticks.length - 1 ? 'end' : 'middle',
      })),
    },
  };
}
