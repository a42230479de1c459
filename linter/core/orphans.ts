/**
 * Orphan pillars, found once for lint (`pillar-orphan`), `/health/` and `strategy.json`: an
 * active pillar that no committed (proposed or active) brief names. Done, exploratory and
 * deprioritized briefs do not count: they are not the current bet. Structural inputs, so lint's
 * raw frontmatter facts and the site's validated entries both fit.
 */
import { committedStatuses } from '../schema/initiative.ts';

/** A pillar as this fact needs it. */
export interface PillarLike {
  id: string;
  data: { status?: string | undefined };
}

/** A brief as this fact needs it. */
export interface BriefLike {
  data: { status?: string | undefined; pillar?: string | undefined };
}

/** Whether a brief status counts as current work (proposed or active). */
export function isCommitted(status: string | undefined): boolean {
  return (committedStatuses as readonly (string | undefined)[]).includes(status);
}

/** Active pillars with no committed initiative, sorted by id (stable for equal ids). */
export function orphanPillars<P extends PillarLike>(
  pillars: readonly P[],
  briefs: readonly BriefLike[],
): P[] {
  const served = new Set(
    briefs.filter((brief) => isCommitted(brief.data.status)).map((brief) => brief.data.pillar),
  );
  return pillars
    .filter((pillar) => pillar.data.status === 'active' && !served.has(pillar.id))
    .sort((a, b) => a.id.localeCompare(b.id));
}
