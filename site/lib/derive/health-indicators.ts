/**
 * The indicator rows of `/health/` (name, count, whether it needs attention), problems first:
 * one list the HTML page and its Markdown twin (`/health.md`) both render, over the core's
 * `alignmentHealth`, so the two cannot disagree on a count.
 */
import type { AlignmentHealth } from '../../../linter/core/health.ts';
import type { StaleItem } from '../../../linter/core/staleness.ts';

export interface HealthIndicator {
  /** The section's anchor on `/health/`. */
  anchor: string;
  name: string;
  count: number;
  unit: string;
  attention: boolean;
}

export interface HealthIndicators {
  /** In the page's section order. */
  rows: HealthIndicator[];
  /** The same rows, the ones needing attention first (each group in section order). */
  summary: HealthIndicator[];
  problems: HealthIndicator[];
  /** Stale reviews (briefs, the North Star) and vision answers due a check-in. */
  staleReviews: StaleItem[];
  staleAnswers: StaleItem[];
}

const row = (anchor: string, name: string, count: number, one: string, many: string): HealthIndicator => ({
  anchor,
  name,
  count,
  unit: count === 1 ? one : many,
  attention: count > 0,
});

export function healthIndicators(health: AlignmentHealth): HealthIndicators {
  const staleReviews = health.stale.filter((item) => item.collection !== 'vision');
  const staleAnswers = health.stale.filter((item) => item.collection === 'vision');
  const rows = [
    row('orphan-pillars', 'Pillars without committed work', health.orphans.length, 'pillar', 'pillars'),
    row('stale-reviews', 'Reviews past their cadence', staleReviews.length, 'item', 'items'),
    row('tech-debt', 'Quarters over tech-debt capacity', health.techDebt.filter((q) => q.over).length, 'quarter', 'quarters'),
    row('blocked', 'Briefs blocked by unfinished dependencies', health.blocked.length, 'brief', 'briefs'),
    row('owners', `Owners with more than ${health.ownerLimit} committed initiatives`, health.owners.filter((o) => o.over).length, 'owner', 'owners'),
    row('stale-answers', 'Vision answers due a check-in', staleAnswers.length, 'leader', 'leaders'),
    row('open-gaps', 'Open vision gaps', health.gaps.length, 'gap', 'gaps'),
    row('dependencies', 'Dependency cycles', health.cycles.length, 'cycle', 'cycles'),
  ];
  const problems = rows.filter((r) => r.attention);
  return { rows, summary: [...problems, ...rows.filter((r) => !r.attention)], problems, staleReviews, staleAnswers };
}
