/**
 * The shape of a trend chart, computed before any markup: the one-sentence summary a screen reader
 * hears, which points are plotted and where, the target line and the axis labels. Pure, so the
 * component (`components/site/TrendChart.astro`) only renders, and every number is unit-tested.
 *
 * Only numeric readings in the unit of the last one are plotted (a switch from "900 ms" to "1.2 s"
 * would otherwise draw nonsense); every reading is still listed in the chart's table. A chart
 * needs two plotted points; with fewer the summary is shown as text instead.
 */
import { displayDate } from './dates.ts';
import { formatReading, type TrendPoint, type TrendTarget } from './trends.ts';

/** The drawing's coordinate box; the SVG stretches it to its container (no fixed pixel size). */
export const CHART_WIDTH = 1000;
export const CHART_HEIGHT = 300;

export interface PlottedPoint {
  x: number;
  y: number;
  point: TrendPoint;
}

export interface TrendChartModel {
  /** One sentence: the first and last reading, with their dates, and the target. */
  summary: string;
  /** True when there is a line to draw (two or more plotted points). */
  drawn: boolean;
  /** The plotted points, oldest first, in chart coordinates (y grows downward). */
  plotted: PlottedPoint[];
  /** SVG path data of the line through the plotted points. */
  line: string;
  /** The target's height in chart coordinates, when it is a number in the chart's unit. */
  targetY: number | undefined;
  /** Labels of the top and bottom of the value axis and of the first and last date. */
  axis: { top: string; bottom: string; start: string; end: string };
}

const round = (n: number): number => Math.round(n * 10) / 10;

function sentence(name: string, points: readonly TrendPoint[], target: TrendTarget | undefined): string {
  const targetText = target ? ` (target ${target.text})` : '';
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return `${name}: no readings in the history yet${targetText}.`;
  const when = (point: TrendPoint): string =>
    point.uncommitted ? `${point.text} (not committed yet)` : `${point.text} on ${displayDate(point.date)}`;
  if (first === last) return `${name}: one reading so far, ${when(last)}${targetText}.`;
  const comparable = first.value !== null && last.value !== null && first.unit === last.unit;
  const verb = !comparable || first.value === last.value ? 'went' : last.value! > first.value! ? 'rose' : 'fell';
  const count = points.length === 2 ? '' : ` over ${points.length} readings`;
  return `${name} ${verb} from ${when(first)} to ${when(last)}${count}${targetText}.`;
}

/** The chart of `points` (oldest first) for the metric `name`. */
export function trendChart(
  name: string,
  points: readonly TrendPoint[],
  target?: TrendTarget,
): TrendChartModel {
  const summary = sentence(name, points, target);
  const unit = points[points.length - 1]?.unit ?? '';
  const numeric = points.filter(
    (point): point is TrendPoint & { value: number } => point.value !== null && point.unit === unit,
  );
  const empty = { summary, drawn: false, plotted: [], line: '', targetY: undefined, axis: { top: '', bottom: '', start: '', end: '' } };
  if (numeric.length < 2) return empty;

  const values = numeric.map((point) => point.value);
  const targetValue = target && target.value !== null && target.unit === unit ? target.value : undefined;
  if (targetValue !== undefined) values.push(targetValue);
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (low === high) {
    // A flat line sits in the middle of a band around its value.
    const pad = Math.abs(low) / 10 || 1;
    low -= pad;
    high += pad;
  }
  const times = numeric.map((point) => point.date.getTime());
  const start = Math.min(...times);
  const span = Math.max(...times) - start;
  const yOf = (value: number): number => round(CHART_HEIGHT - ((value - low) / (high - low)) * CHART_HEIGHT);
  const plotted = numeric.map((point, index) => ({
    // By date; readings committed at one instant are spread evenly instead.
    x: round(span > 0 ? ((times[index]! - start) / span) * CHART_WIDTH : (index / (numeric.length - 1)) * CHART_WIDTH),
    y: yOf(point.value),
    point,
  }));
  const first = numeric[0]!;
  const last = numeric[numeric.length - 1]!;
  const dateLabel = (point: TrendPoint): string => (point.uncommitted ? 'now (not committed)' : displayDate(point.date));
  return {
    summary,
    drawn: true,
    plotted,
    line: plotted.map((p, index) => `${index === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' '),
    targetY: targetValue === undefined ? undefined : yOf(targetValue),
    axis: {
      top: formatReading(high, unit),
      bottom: formatReading(low, unit),
      start: dateLabel(first),
      end: dateLabel(last),
    },
  };
}
