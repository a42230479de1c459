/** North Star progress: how far the current value is toward the target. */
import type { NorthStar } from '../schema/north-star.ts';

export interface NorthStarProgress {
  current: number;
  target: number;
  /** current / target as a percentage, 0–100 (clamped), one decimal. */
  percent: number;
  /** True when the current value has reached the target. */
  reached: boolean;
  /** What is left to reach the target (0 once reached). */
  remaining: number;
}

/**
 * Progress of a metric that grows toward its target. A zero or negative target cannot be
 * expressed as a share, so progress is then all (reached) or nothing.
 */
export function northStarProgress(
  northStar: Pick<NorthStar, 'current' | 'target'>,
): NorthStarProgress {
  const current = northStar.current.value;
  const target = northStar.target.value;
  const reached = current >= target;
  let percent: number;
  if (target <= 0 || !Number.isFinite(current / target)) percent = reached ? 100 : 0;
  else percent = Math.min(100, Math.max(0, Math.round((current / target) * 1000) / 10));
  return { current, target, percent, reached, remaining: reached ? 0 : target - current };
}

/** A metric value for display: thousands separated, e.g. `212,400`. */
export function formatMetric(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
