/**
 * Trends from git history: the North Star's `current.value` and each pillar indicator's `current`
 * as they stood commit by commit, read from the snapshots `history/git-history.ts` already holds
 * for "What changed" (no git call of its own, one pass over the history). Fields are read with
 * the schemas' own field definitions, so a version whose value does not validate (or whose
 * frontmatter does not parse: `data` is null) is skipped, never a crash. A point is kept only when
 * the value changed; its date is the commit's. An indicator is followed by its name within its
 * pillar (as "What changed" follows it): a renamed indicator starts a new series.
 *
 * The working tree: a value edited but not committed yet (in `astro dev`, or a build of a dirty
 * checkout) is appended as a last point marked `uncommitted`, dated the build's "now", so the chart
 * never disagrees with the number printed beside it. In CI the working tree is the last commit.
 */
import type { Snapshot } from '../history/git-history.ts';
import { formatMetric } from '../../../linter/core/north-star.ts';
import { northStarSchema } from '../../../linter/schema/north-star.ts';
import { indicatorSchema } from '../../../linter/schema/pillar.ts';

/** One reading of a metric. */
export interface TrendPoint {
  /** The commit's date (the build's "now" for an uncommitted value). */
  date: Date;
  /** The commit's hash; empty for the working tree. */
  commit: string;
  /** The reading as readers see it, e.g. "61%" or "212,400 jobs". */
  text: string;
  /** The number in it, or null when the text holds none (then it is listed, not plotted). */
  value: number | null;
  /** What follows the number ("%", " days"): only points with the same unit share a chart. */
  unit: string;
  /** The working tree's value, not in any commit yet. */
  uncommitted?: true;
}

/** The value to reach, when it is a number a chart can draw as a line. */
export interface TrendTarget {
  text: string;
  value: number | null;
  unit: string;
}

/** Every series of a handbook's history. */
export interface Trends {
  northStar: TrendPoint[];
  /** Pillar id → indicator name → points, oldest first. */
  indicators: Map<string, Map<string, TrendPoint[]>>;
}

type Reading = Pick<TrendPoint, 'text' | 'value' | 'unit'>;

// A reading is a number (thousands separators allowed, an optional comparison in front, as in
// "< 900 ms") followed by its unit. Anything else is text.
const NUMBER = /^\s*(?:[<>]=?|[≤≥~≈])?\s*([-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-+]?\.\d+)(.*)$/s;

/** The number and unit in a reading such as "86.4%", "29 days" or "1,130"; value null for text. */
export function readingOf(text: string): Reading {
  const match = NUMBER.exec(text);
  const value = match ? Number(match[1]!.replace(/,/g, '')) : NaN;
  if (!match || !Number.isFinite(value)) return { text, value: null, unit: '' };
  return { text, value, unit: match[2]!.trimEnd() };
}

/** A number written with the reading's unit, as the axis labels show it. */
export function formatReading(value: number, unit: string): string {
  return `${formatMetric(value)}${unit}`;
}

/** The North Star's reading in one version of its frontmatter, or undefined when it is invalid. */
export function northStarReading(data: Record<string, unknown>): Reading | undefined {
  const current = northStarSchema.shape.current.safeParse(data['current']);
  if (!current.success) return undefined;
  const unit = northStarSchema.shape.unit.safeParse(data['unit']);
  const suffix = unit.success && unit.data ? ` ${unit.data}` : '';
  return { text: formatReading(current.data.value, suffix), value: current.data.value, unit: suffix };
}

/** Each valid indicator's reading in one version of a pillar, by name. */
function indicatorReadings(data: Record<string, unknown>): Map<string, Reading> {
  const readings = new Map<string, Reading>();
  const list: unknown[] = Array.isArray(data['indicators']) ? data['indicators'] : [];
  for (const item of list) {
    if (typeof item !== 'object' || item === null) continue;
    const fields = item as Record<string, unknown>;
    const name = indicatorSchema.shape.name.safeParse(fields['name']);
    const current = indicatorSchema.shape.current.safeParse(fields['current']);
    if (name.success && current.success && current.data !== undefined && !readings.has(name.data))
      readings.set(name.data, readingOf(current.data));
  }
  return readings;
}

/** Appends a reading unless it repeats the last one. */
function push(points: TrendPoint[], reading: Reading, snapshot: Snapshot): void {
  if (points[points.length - 1]?.text === reading.text) return;
  points.push({ ...reading, date: snapshot.date, commit: snapshot.commit });
}

/** The series of every metric, from snapshots in commit order (oldest first). */
export function trendsFrom(snapshots: readonly Snapshot[]): Trends {
  const trends: Trends = { northStar: [], indicators: new Map() };
  for (const snapshot of snapshots) {
    if (!snapshot.data) continue;
    if (snapshot.collection === 'northStar') {
      const reading = northStarReading(snapshot.data);
      if (reading) push(trends.northStar, reading, snapshot);
    } else if (snapshot.collection === 'pillars') {
      let byName = trends.indicators.get(snapshot.id);
      if (!byName) trends.indicators.set(snapshot.id, (byName = new Map()));
      for (const [name, reading] of indicatorReadings(snapshot.data)) {
        let points = byName.get(name);
        if (!points) byName.set(name, (points = []));
        push(points, reading, snapshot);
      }
    }
  }
  return trends;
}

/**
 * The series with the working tree's reading as its last point when it differs from the last
 * committed one (see the header).
 */
export function withWorkingValue(
  points: readonly TrendPoint[],
  current: Reading | undefined,
  now: Date,
): TrendPoint[] {
  if (!current || points[points.length - 1]?.text === current.text) return [...points];
  return [...points, { ...current, date: now, commit: '', uncommitted: true }];
}

/** The North Star's series and target, with its working-tree value. */
export function northStarTrend(
  trends: Trends,
  northStar: { current: { value: number }; target: { value: number }; unit?: string | undefined },
  now: Date,
): { points: TrendPoint[]; target: TrendTarget } {
  const unit = northStar.unit ? ` ${northStar.unit}` : '';
  const current = { text: formatReading(northStar.current.value, unit), value: northStar.current.value, unit };
  return {
    points: withWorkingValue(trends.northStar, current, now),
    target: { text: formatReading(northStar.target.value, unit), value: northStar.target.value, unit },
  };
}

/** One indicator's series and target, with its working-tree value. */
export function indicatorTrend(
  trends: Trends,
  pillarId: string,
  indicator: { name: string; target: string; current?: string | undefined },
  now: Date,
): { points: TrendPoint[]; target: TrendTarget } {
  const committed = trends.indicators.get(pillarId)?.get(indicator.name) ?? [];
  const current = indicator.current === undefined ? undefined : readingOf(indicator.current);
  return { points: withWorkingValue(committed, current, now), target: readingOf(indicator.target) };
}
