/**
 * Leading indicators of misalignment, computed from the content at build time: pillars nobody
 * is working on, briefs nobody has looked at lately, tech debt crowding out or falling below its
 * capacity, briefs waiting on unfinished work, owners carrying too much, and open vision gaps.
 */
import type { Gap } from '../../../linter/schema/vision.ts';
import {
  committedStatuses,
  type Initiative,
  type InitiativeStatus,
} from '../../../linter/schema/initiative.ts';
import type { Pillar } from '../../../linter/schema/pillar.ts';

const DAY_MS = 86_400_000;

/** An entry as the site reads it: an id (file name) and validated frontmatter. */
export interface Entry<T> {
  id: string;
  data: T;
}

/** Statuses whose briefs are expected to be reviewed on the cadence. */
export const reviewedStatuses: readonly InitiativeStatus[] = ['proposed', 'active', 'exploratory'];
/** Statuses of briefs that are still to be done, so an unfinished dependency blocks them. */
export const openStatuses: readonly InitiativeStatus[] = ['proposed', 'active', 'exploratory'];
/** The default number of committed initiatives above which an owner is flagged. */
export const DEFAULT_OWNER_LIMIT = 3;

const isCommitted = (status: InitiativeStatus): boolean => committedStatuses.includes(status);

/** Active pillars with no committed (proposed or active) initiative, by id. */
export function orphanPillars(
  pillars: readonly Entry<Pillar>[],
  initiatives: readonly Entry<Initiative>[],
): Entry<Pillar>[] {
  const served = new Set(
    initiatives.filter((brief) => isCommitted(brief.data.status)).map((brief) => brief.data.pillar),
  );
  return pillars
    .filter((pillar) => pillar.data.status === 'active' && !served.has(pillar.id))
    .sort((a, b) => a.id.localeCompare(b.id));
}

export interface StaleBrief {
  brief: Entry<Initiative>;
  /** Days since the last review; null when it was never reviewed. */
  ageDays: number | null;
}

/**
 * Proposed, active and exploratory briefs whose `reviewed` date is missing or older than
 * `cadenceDays` at `now`; never-reviewed first, then oldest first.
 */
export function staleBriefs(
  initiatives: readonly Entry<Initiative>[],
  cadenceDays: number,
  now: Date,
): StaleBrief[] {
  return initiatives
    .filter((brief) => reviewedStatuses.includes(brief.data.status))
    .map((brief): StaleBrief => {
      const reviewed = brief.data.reviewed;
      return {
        brief,
        ageDays: reviewed === undefined ? null : Math.floor((now.getTime() - reviewed.getTime()) / DAY_MS),
      };
    })
    .filter((stale) => stale.ageDays === null || stale.ageDays > cadenceDays)
    .sort(
      (a, b) =>
        (b.ageDays ?? Number.POSITIVE_INFINITY) - (a.ageDays ?? Number.POSITIVE_INFINITY) ||
        a.brief.id.localeCompare(b.brief.id),
    );
}

export interface QuarterDebt {
  quarter: string;
  /** Tech-debt briefs of the quarter, deprioritized ones excluded. */
  techDebt: number;
  /** All briefs of the quarter, deprioritized ones excluded. */
  total: number;
  /** techDebt / total; null when the quarter has no (non-deprioritized) briefs. */
  share: number | null;
  /** The share is above the configured capacity. */
  over: boolean;
}

/** The quarter after `quarter` (`2026-Q4` → `2027-Q1`). */
export function nextQuarter(quarter: string): string {
  const [year, q] = quarter.split('-Q').map(Number) as [number, number];
  return q === 4 ? `${year + 1}-Q1` : `${year}-Q${q + 1}`;
}

/**
 * Tech-debt share per quarter, from the earliest to the latest quarter with a brief; quarters in
 * between without briefs are listed with a null share, so a gap in planning is visible.
 */
export function techDebtByQuarter(
  initiatives: readonly Entry<Initiative>[],
  capacity: number,
): QuarterDebt[] {
  const quarters = [...new Set(initiatives.map((brief) => brief.data.quarter))].sort();
  const first = quarters[0];
  const last = quarters[quarters.length - 1];
  if (first === undefined || last === undefined) return [];
  const rows: QuarterDebt[] = [];
  // Quarters are validated `YYYY-Qn`; the cap only guards against a malformed one looping.
  for (let quarter = first; quarter <= last && rows.length < 400; quarter = nextQuarter(quarter)) {
    const counted = initiatives.filter(
      (brief) => brief.data.quarter === quarter && brief.data.status !== 'deprioritized',
    );
    const techDebt = counted.filter((brief) => brief.data.kind === 'tech-debt').length;
    const share = counted.length === 0 ? null : techDebt / counted.length;
    rows.push({ quarter, techDebt, total: counted.length, share, over: share !== null && share > capacity });
  }
  return rows;
}

export interface BlockedBrief {
  brief: Entry<Initiative>;
  /** Dependencies that exist and are not done. */
  waitingOn: Entry<Initiative>[];
  /** Dependency ids that name no brief (the linter reports these too). */
  missing: string[];
}

/** Open briefs with at least one dependency that is not done (or does not exist). */
export function blockedBriefs(initiatives: readonly Entry<Initiative>[]): BlockedBrief[] {
  const byId = new Map(initiatives.map((brief) => [brief.id, brief]));
  const blocked: BlockedBrief[] = [];
  for (const brief of initiatives) {
    if (!openStatuses.includes(brief.data.status)) continue;
    const waitingOn: Entry<Initiative>[] = [];
    const missing: string[] = [];
    for (const id of new Set(brief.data.dependsOn)) {
      const dependency = byId.get(id);
      if (dependency === undefined) missing.push(id);
      else if (dependency.data.status !== 'done') waitingOn.push(dependency);
    }
    if (waitingOn.length > 0 || missing.length > 0) blocked.push({ brief, waitingOn, missing });
  }
  return blocked.sort((a, b) => a.brief.id.localeCompare(b.brief.id));
}

export interface OwnerLoad {
  owner: string;
  /** The owner's committed (proposed or active) initiatives. */
  initiatives: Entry<Initiative>[];
  /** Carries more than the limit. */
  over: boolean;
}

/** Committed initiatives per owner, busiest first; owners above `limit` are flagged. */
export function ownerLoad(
  initiatives: readonly Entry<Initiative>[],
  limit: number = DEFAULT_OWNER_LIMIT,
): OwnerLoad[] {
  const byOwner = new Map<string, Entry<Initiative>[]>();
  for (const brief of initiatives) {
    if (!isCommitted(brief.data.status)) continue;
    byOwner.set(brief.data.owner, [...(byOwner.get(brief.data.owner) ?? []), brief]);
  }
  return [...byOwner]
    .map(([owner, owned]) => ({
      owner,
      initiatives: owned.sort((a, b) => a.id.localeCompare(b.id)),
      over: owned.length > limit,
    }))
    .sort((a, b) => b.initiatives.length - a.initiatives.length || a.owner.localeCompare(b.owner));
}

/** Open alignment gaps, oldest first. */
export function openGaps(gaps: readonly Entry<Gap>[]): Entry<Gap>[] {
  return gaps
    .filter((gap) => gap.data.status === 'open')
    .sort((a, b) => a.data.opened.getTime() - b.data.opened.getTime() || a.id.localeCompare(b.id));
}
