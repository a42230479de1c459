/**
 * Calendar helpers, defined once: every date in the handbook is a UTC calendar day (schema
 * dates are midnight UTC) and every quarter is `YYYY-Qn`. Lint, the site, `strategy.json` and
 * the scaffolder all count days and quarters with these.
 */

export const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of a date in UTC, as frontmatter dates are written (an invalid date prints as is). */
export function isoDay(date: Date): string {
  return Number.isNaN(date.getTime()) ? String(date) : date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / DAY_MS);
}

/** `date` plus whole `days`. */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** The quarter of `now`, e.g. `2026-Q3`. */
export function quarterOf(now: Date): string {
  return `${now.getUTCFullYear()}-Q${Math.floor(now.getUTCMonth() / 3) + 1}`;
}

/** The quarter after `quarter` (`2026-Q4` → `2027-Q1`). */
export function quarterAfter(quarter: string): string {
  const [year, q] = quarter.split('-Q').map(Number) as [number, number];
  return q === 4 ? `${year + 1}-Q1` : `${year}-Q${q + 1}`;
}

/** The quarter after the one `now` is in: planning is for next quarter (`2026-Q4` → `2027-Q1`). */
export function nextQuarter(now: Date): string {
  return quarterAfter(quarterOf(now));
}
