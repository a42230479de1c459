/**
 * `stale-review` (warning): a strategy nobody revisits drifts away from reality. Briefs still in
 * play (proposed, active, exploratory) and the North Star carry `reviewed`; vision answers carry
 * the `date` they were given. Each is reported when older than its cadence on the run's "today"
 * (`config.now`), at the date in the frontmatter.
 *
 * A brief in play without `reviewed` is not reported: the alignment health page lists those.
 * Files whose frontmatter is invalid are left to `frontmatter-schema`.
 *
 * Options: `review.cadenceDays` (briefs and the North Star, default 180), `vision.checkInDays`
 * (vision answers, default 180).
 */
import { fileStart } from '../engine/positions.ts';
import type { Rule } from '../engine/types.ts';
import { productRuleDocsUrl } from '../config/urls.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Brief statuses that are expected to be reviewed on the cadence. */
const reviewedStatuses: ReadonlySet<unknown> = new Set(['proposed', 'active', 'exploratory']);

export const staleReview: Rule = {
  id: 'stale-review',
  description: 'Briefs in play, the North Star and vision answers are reviewed within their cadence',
  url: productRuleDocsUrl,
  defaultSeverity: 'warning',
  messages: {
    stale: 'A brief or the North Star was last reviewed longer ago than `review.cadenceDays`',
    'stale-answers': 'Vision answers were given longer ago than `vision.checkInDays`',
  },
  checkFile(file, report, config) {
    const data = file.data;
    if (!data) return;
    const now = config.now;

    if (file.collection === 'vision') {
      const date = data['date'];
      if (!(date instanceof Date)) return;
      const days = daysBetween(date, now);
      const cadence = config.vision.checkInDays;
      if (days <= cadence) return;
      report(`Stale answers: given ${isoDay(date)} (${days} days ago), expected a check-in every ${cadence} days`, {
        messageId: 'stale-answers',
        place: file.frontmatter?.locate(['date']) ?? fileStart,
        hint: 'Ask the respondent to revisit the answers: update what changed, then set `date` to the day of the check-in.',
      });
      return;
    }

    const inPlay = file.collection === 'northStar' || (file.collection === 'initiatives' && reviewedStatuses.has(data['status']));
    if (!inPlay) return;
    const reviewed = data['reviewed'];
    if (!(reviewed instanceof Date)) return;
    const days = daysBetween(reviewed, now);
    const cadence = config.review.cadenceDays;
    if (days <= cadence) return;
    const what = file.collection === 'northStar' ? 'the North Star' : 'the brief';
    report(`Stale review: last reviewed ${isoDay(reviewed)} (${days} days ago), expected a review every ${cadence} days`, {
      messageId: 'stale',
      place: file.frontmatter?.locate(['reviewed']) ?? fileStart,
      hint: `Review ${what} with its owner: update what changed, then set \`reviewed\` to today's date${file.collection === 'initiatives' ? ', or change `status` if the work is done or stopped' : ''}.`,
    });
  },
};

/** Whole days from `from` to `to` (negative when `from` is in the future). */
function daysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / DAY_MS);
}

function isoDay(date: Date): string {
  return Number.isNaN(date.getTime()) ? String(date) : date.toISOString().slice(0, 10);
}
