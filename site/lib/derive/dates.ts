/**
 * Dates as readers see them. Calendar arithmetic (`isoDay`, `daysBetween`, quarters) is the
 * core's (`linter/core/dates.ts`), re-exported so pages import one module for dates.
 */
export { DAY_MS, daysBetween, isoDay } from '../../../linter/core/dates.ts';

/** A date as readers see it, e.g. "12 Oct 2026". */
export function displayDate(date: Date): string {
  return dayMonthYear.format(date);
}

// One formatter for the whole build: `toLocaleDateString` builds a new one per call (4 s of a
// 5,000-brief build went there).
const dayMonthYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
