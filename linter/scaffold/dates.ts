/** Calendar helpers for new files: today as `YYYY-MM-DD` and the quarter after today. */

/** `YYYY-MM-DD` of `now` in UTC, as frontmatter dates are written. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** The quarter of `now`, e.g. `2026-Q3`. */
export function quarterOf(now: Date): string {
  return `${now.getUTCFullYear()}-Q${Math.floor(now.getUTCMonth() / 3) + 1}`;
}

/** The quarter after the one `now` is in: planning is for next quarter (`2026-Q4` → `2027-Q1`). */
export function nextQuarter(now: Date): string {
  const year = now.getUTCFullYear();
  const quarter = Math.floor(now.getUTCMonth() / 3) + 1;
  return quarter === 4 ? `${year + 1}-Q1` : `${year}-Q${quarter + 1}`;
}
