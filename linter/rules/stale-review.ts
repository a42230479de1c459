/**
 * `stale-review` (warning): a strategy nobody revisits drifts away from reality. Briefs still in
 * play (proposed, active, exploratory) and the North Star carry `reviewed`; vision answers carry
 * the `date` they were given. Each is reported when older than its cadence on the run's "today"
 * (`config.now`), at the date in the frontmatter.
 *
 * The decision is `core/staleness.ts` (`reviewDueOf`), which `/health/` and `strategy.json` read
 * too. A brief in play without `reviewed` is not reported: the alignment health page lists those.
 * Files whose frontmatter is invalid are left to `frontmatter-schema`.
 *
 * Options: `review.cadenceDays` (briefs and the North Star, default 180), `vision.checkInDays`
 * (vision answers, default 180).
 */
import { isoDay } from '../core/dates.ts';
import { cadencesOf, reviewDueOf } from '../core/staleness.ts';
import { fileStart } from '../engine/positions.ts';
import { defineRule } from '../engine/define-rule.ts';
import { productRuleDocsUrl } from '../config/urls.ts';

export const staleReview = defineRule({
  id: 'stale-review',
  description:
    'Briefs in play, the North Star and vision answers are reviewed within their cadence',
  url: productRuleDocsUrl,
  defaultSeverity: 'warning',
  messages: {
    stale: 'A brief or the North Star was last reviewed longer ago than `review.cadenceDays`',
    'stale-answers': 'Vision answers were given longer ago than `vision.checkInDays`',
  },
  checkFile(file, report, config) {
    if (!file.data) return;
    // One decision for lint, /health/ and strategy.json (core/staleness.ts).
    const due = reviewDueOf(file.collection, file.data, config.now, cadencesOf(config));
    if (due?.state !== 'stale' || due.date === undefined || due.ageDays === undefined) return;
    const { date, ageDays: days, cadenceDays: cadence } = due;

    if (due.kind === 'check-in') {
      report(
        `Stale answers: given ${isoDay(date)} (${days} days ago), expected a check-in every ${cadence} days`,
        {
          messageId: 'stale-answers',
          place: file.frontmatter?.locate(['date']) ?? fileStart,
          hint: 'Ask the respondent to revisit the answers: update what changed, then set `date` to the day of the check-in.',
        },
      );
      return;
    }

    const what = file.collection === 'northStar' ? 'the North Star' : 'the brief';
    report(
      `Stale review: last reviewed ${isoDay(date)} (${days} days ago), expected a review every ${cadence} days`,
      {
        messageId: 'stale',
        place: file.frontmatter?.locate(['reviewed']) ?? fileStart,
        hint: `Review ${what} with its owner: update what changed, then set \`reviewed\` to today's date${file.collection === 'initiatives' ? ', or change `status` if the work is done or stopped' : ''}.`,
      },
    );
  },
});
