/** Recently changed briefs: last commit date from git, falling back to the `reviewed` date. */
import type { BriefEntry } from './types.ts';

export interface RecentChange {
  brief: BriefEntry;
  date: Date;
  /** Where the date came from. */
  source: 'git' | 'reviewed';
}

/** When a brief last changed: its last commit, else its last review, else unknown. */
export function changeDate(
  brief: BriefEntry,
  commitDates: ReadonlyMap<string, Date>,
): Pick<RecentChange, 'date' | 'source'> | undefined {
  const committed = brief.filePath ? commitDates.get(brief.filePath) : undefined;
  if (committed) return { date: committed, source: 'git' };
  if (brief.data.reviewed) return { date: brief.data.reviewed, source: 'reviewed' };
  return undefined;
}

/** The `limit` most recently changed briefs, newest first (ties by title). */
export function recentlyChanged(
  briefs: readonly BriefEntry[],
  commitDates: ReadonlyMap<string, Date>,
  limit = 5,
): RecentChange[] {
  const changes: RecentChange[] = [];
  for (const brief of briefs) {
    const change = changeDate(brief, commitDates);
    if (change) changes.push({ brief, ...change });
  }
  changes.sort(
    (a, b) => b.date.getTime() - a.date.getTime() || a.brief.data.title.localeCompare(b.brief.data.title, 'en'),
  );
  return changes.slice(0, Math.max(0, limit));
}
