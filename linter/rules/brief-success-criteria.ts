/**
 * `brief-success-criteria`: every initiative brief says how we will know it worked. The section
 * ("Success criteria", also "Success metrics" and "Measures of success"; any level, any case)
 * must exist and hold a list (errors). Each item should name a measure and a target: a number,
 * a percentage, an amount, a date (`2026-12-31`, `2027-Q1`, `by Q3`, `end of March`) or a named
 * threshold or milestone (`p95 under the SLO`, `within the error budget`, `by the 1.30 release`,
 * `graduates to beta`); an item without one is a warning, since a criterion nobody can check is an
 * opinion. Only those item warnings depend on wording: the errors (no section, no list) do not.
 * No options.
 */
import { toString } from 'mdast-util-to-string';
import type { List, ListItem, RootContent } from 'mdast';
import { findSection, missingSectionPlace } from '../engine/sections.ts';
import { placeOf } from '../engine/positions.ts';
import { defineRule } from '../engine/define-rule.ts';
import { productRuleDocsUrl } from '../config/urls.ts';

/** Headings that open the section. */
export const successCriteriaTitles = [
  'Success criteria',
  'Success metrics',
  'Measures of success',
] as const;

/*
 * What counts as a target. Every pattern is a flat alternation guarded by lookarounds, so a
 * match is tried only at a word start and the scan stays linear on a 5 MB line.
 */
const NUMBER = /(?<![\p{L}\p{N}])[-+<>≤≥~$€£¥]?\d/u; // 40, 40%, $40k, < 900 ms, 2026-12-31 (not p95, v2)
const PERIOD = /(?<![\p{L}\p{N}])(?:q[1-4]|h[12]|fy\d\d)(?![\p{L}])/iu; // by Q3, H2, FY27
const WORDS =
  /(?<![\p{L}\p{N}])(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|hundred|thousand|million|billion|half|double|triple|twice|percent|per cent|january|february|march|april|june|july|august|september|october|november|december|end of (?:the )?(?:year|quarter|month|week|may)|(?:by|in|until|before) may)(?![\p{L}\p{N}])/iu;

/** A percentile names a measure on its own: "p95 under 300 ms". */
const PERCENTILE = /(?<![\p{L}\p{N}])p\d{2}(?![\p{L}])/iu;
/** A named threshold: "under the SLO", "within the error budget", "meets its SLA". */
const THRESHOLD =
  /(?<![\p{L}\p{N}])(?:under|below|within|above|over|at|inside|meets?|meeting|met|beats?|exceeds?) (?:the |our |its |their |an? )?(?:agreed |current |published |stated )?(?:slos?|slas?|slis?|error budget|latency budget|budget|baseline|threshold|target|limit)(?![\p{L}\p{N}])/iu;
/** A named milestone: "by the next release", "before GA", "graduates to beta". */
const MILESTONE =
  /(?<![\p{L}\p{N}])(?:by|in|at|before|until|for|to) (?:the )?(?:next |first |following |upcoming )?(?:(?:major|minor|feature) )?(?:release|ga|general availability|beta|alpha|stable|launch)(?![\p{L}\p{N}])/iu;

/** Words that frame a target (and units, milestones, thresholds) without naming what is measured. */
const FILLER = new Set([
  ...[
    'by',
    'on',
    'in',
    'at',
    'of',
    'the',
    'end',
    'before',
    'until',
    'to',
    'from',
    'and',
    'or',
    'than',
    'under',
    'over',
    'least',
    'most',
    'per',
    'ms',
    'usd',
    'eur',
    'gbp',
  ],
  ...[
    'within',
    'below',
    'above',
    'next',
    'first',
    'release',
    'ga',
    'general',
    'availability',
    'beta',
    'alpha',
    'stable',
    'launch',
    'slo',
    'sla',
    'our',
    'its',
  ],
]);

/** Items longer than this are judged on their opening; a target shows there. */
const SAMPLE = 2_000;

export const briefSuccessCriteria = defineRule({
  id: 'brief-success-criteria',
  description: 'A brief lists success criteria, each with a measure and a target',
  url: productRuleDocsUrl,
  defaultSeverity: 'error',
  messages: {
    missing: 'The brief has no Success criteria section',
    'no-items': 'The Success criteria section holds no list item',
    'no-target':
      'A criterion names no target: no number, percentage, amount, date, named threshold or milestone (warning)',
    'no-measure': 'A criterion is only a target, without what is measured (warning)',
  },
  checkFile(file, report) {
    if (file.collection !== 'initiatives' || !file.tree) return;
    const section = findSection(file.tree, successCriteriaTitles);
    if (!section) {
      report('Missing `## Success criteria` section, expected a list of measures with targets', {
        messageId: 'missing',
        place: missingSectionPlace(file.tree),
        hint: 'Add `## Success criteria` with one list item per measure, e.g. `- p95 checkout latency under 900 ms by 2026-12-31`.',
      });
      return;
    }
    const items = itemsOf(section.content);
    if (items.length === 0) {
      report(
        `Missing list items under \`${section.title}\`, expected one item per measure with its target`,
        {
          messageId: 'no-items',
          place: placeOf(section.heading),
          hint: 'Write each criterion as a list item: what is measured and the number or date to reach, e.g. `- Cart abandonment down 10% by 2027-Q1`.',
        },
      );
      return;
    }
    for (const item of items) {
      const text = toString(item).slice(0, SAMPLE).trim();
      const place = placeOf(item.children[0]) ?? placeOf(item);
      if (!hasTarget(text)) {
        report(
          'Missing target in a success criterion, expected a number, a percentage, an amount, a date or a named threshold',
          {
            messageId: 'no-target',
            place,
            severity: 'warning',
            hint: 'Say how much and by when, e.g. `- Support tickets about sync down 50% by 2027-Q1` or `- p95 sync latency within the SLO by the 1.30 release`.',
          },
        );
      } else if (!hasMeasure(text)) {
        report(
          `Missing measure in the success criterion \`${text.slice(0, 40)}\`, expected what is measured`,
          {
            messageId: 'no-measure',
            place,
            severity: 'warning',
            hint: 'Name the measure before the target, e.g. `- Weekly active teams at 2,000 by 2027-06-30`.',
          },
        );
      }
    }
  },
});

/** List items of the lists directly in the section (a nested list belongs to its item). */
function itemsOf(nodes: readonly RootContent[]): ListItem[] {
  return nodes
    .filter((node): node is List => node.type === 'list')
    .flatMap((list) => list.children);
}

/** Whether `text` holds a number, a percentage, an amount, a date, a period, a named threshold or a milestone. */
export function hasTarget(text: string): boolean {
  return (
    NUMBER.test(text) ||
    PERIOD.test(text) ||
    WORDS.test(text) ||
    THRESHOLD.test(text) ||
    MILESTONE.test(text)
  );
}

/** Whether `text` names something besides its target: a word that is neither filler nor a number. */
function hasMeasure(text: string): boolean {
  if (PERCENTILE.test(text)) return true;
  const word = /[\p{L}][\p{L}'’-]*/gu;
  for (let match = word.exec(text); match; match = word.exec(text)) {
    const candidate = match[0].toLowerCase();
    if (
      candidate.length > 1 &&
      !FILLER.has(candidate) &&
      !PERIOD.test(candidate) &&
      !WORDS.test(candidate)
    )
      return true;
  }
  return false;
}
