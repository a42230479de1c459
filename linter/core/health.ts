/**
 * Leading indicators of misalignment, each computed once from the content: pillars nobody is
 * working on, reviews past their cadence, tech debt crowding out or falling below its capacity,
 * briefs waiting on unfinished work, dependency cycles, owners carrying too much, and open vision
 * gaps. {@link alignmentHealth} is everything `/health/` renders and `strategy.json` exports;
 * lint reports orphans, staleness and cycles from the same modules (`orphans.ts`,
 * `staleness.ts`, `cycles.ts`).
 */
import { dependencyCycles } from './cycles.ts';
import { quarterAfter } from './dates.ts';
import type { Entry } from './entry.ts';
import { isCommitted, orphanPillars } from './orphans.ts';
import { cadencesOf, reviewedStatuses, staleItems, type StaleItem } from './staleness.ts';
import type { NorthStar } from '../schema/north-star.ts';
import type { Initiative, InitiativeStatus } from '../schema/initiative.ts';
import type { Pillar } from '../schema/pillar.ts';
import type { Gap, VisionAnswer } from '../schema/vision.ts';

/** Statuses of briefs that are still to be done, so an unfinished dependency blocks them. */
export const openStatuses: readonly InitiativeStatus[] = reviewedStatuses;
/** The default number of committed initiatives above which an owner is flagged. */
export const DEFAULT_OWNER_LIMIT = 3;

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
  for (let quarter = first; quarter <= last && rows.length < 400; quarter = quarterAfter(quarter)) {
    const counted = initiatives.filter(
      (brief) => brief.data.quarter === quarter && brief.data.status !== 'deprioritized',
    );
    const techDebt = counted.filter((brief) => brief.data.kind === 'tech-debt').length;
    const share = counted.length === 0 ? null : techDebt / counted.length;
    rows.push({
      quarter,
      techDebt,
      total: counted.length,
      share,
      over: share !== null && share > capacity,
    });
  }
  return rows;
}

/** A brief as the blocked-brief fact needs it (lint's raw facts fit too). */
export interface DependentLike {
  id: string;
  data: { status?: string | undefined; dependsOn: readonly string[] };
}

export interface BlockedBrief<B extends DependentLike = Entry<Initiative>> {
  brief: B;
  /** Dependencies that exist and are not done. */
  waitingOn: B[];
  /** Dependency ids that name no brief (the linter reports these too). */
  missing: string[];
}

/** Open briefs with at least one dependency that is not done (or does not exist). */
export function blockedBriefs<B extends DependentLike>(
  initiatives: readonly B[],
): BlockedBrief<B>[] {
  const byId = new Map(initiatives.map((brief) => [brief.id, brief]));
  const blocked: BlockedBrief<B>[] = [];
  for (const brief of initiatives) {
    if (!(openStatuses as readonly (string | undefined)[]).includes(brief.data.status)) continue;
    const waitingOn: B[] = [];
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

/** The handbook as the health facts read it. */
export interface HealthInput {
  northStar?: Entry<NorthStar> | undefined;
  pillars: readonly Entry<Pillar>[];
  initiatives: readonly Entry<Initiative>[];
  vision: readonly Entry<VisionAnswer>[];
  gaps: readonly Entry<Gap>[];
}

/** The settings the health facts depend on (a resolved config has them all). */
export interface HealthSettings {
  review: { cadenceDays: number };
  vision: { checkInDays: number };
  techDebt: { capacity: number };
}

/** Every health fact of a handbook at `now`. */
export interface AlignmentHealth {
  orphans: Entry<Pillar>[];
  stale: StaleItem[];
  techDebt: QuarterDebt[];
  blocked: BlockedBrief[];
  owners: OwnerLoad[];
  ownerLimit: number;
  gaps: Entry<Gap>[];
  /** Dependency cycles (ids, sorted); a self-dependency is a cycle of one. */
  cycles: string[][];
}

/** The health facts `/health/` renders and `strategy.json` exports. */
export function alignmentHealth(
  handbook: HealthInput,
  settings: HealthSettings,
  now: Date,
): AlignmentHealth {
  return {
    orphans: orphanPillars(handbook.pillars, handbook.initiatives),
    stale: staleItems(handbook, now, cadencesOf(settings)),
    techDebt: techDebtByQuarter(handbook.initiatives, settings.techDebt.capacity),
    blocked: blockedBriefs(handbook.initiatives),
    owners: ownerLoad(handbook.initiatives, DEFAULT_OWNER_LIMIT),
    ownerLimit: DEFAULT_OWNER_LIMIT,
    gaps: openGaps(handbook.gaps),
    cycles: dependencyCycles(
      handbook.initiatives.map((brief) => ({ id: brief.id, dependsOn: brief.data.dependsOn })),
    ),
  };
}
