/** Date helpers: every date the site shows or exports is a UTC calendar day. */

export const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of a date, in UTC (schema dates are midnight UTC). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / DAY_MS);
}

/** A date as readers see it, e.g. "12 Oct 2026". */
export function displayDate(date: Date): string {
  return dayMonthYear.format(date);
}

// One formatter for the whole build: `toLocaleDateString` builds a new one per call (4 s of a
// 5,000-brief build went there).
const dayMonthYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
