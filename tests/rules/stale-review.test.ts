import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../linter/engine/parse.ts';
import { staleReview } from '../../linter/rules/stale-review.ts';
import { brief, makeConfig, ruleTester } from './rule-tester.ts';

// In `brief()`, `reviewed` is on line 8: its value starts at column 11.
const northStar = (reviewed: string): string =>
  `---\ntitle: Weekly active teams\nmetric: Teams that use two core capabilities in a week\ncurrent: { value: 1240, asOf: 2026-10-31 }\ntarget: { value: 2000, by: 2027-06-30 }\nowner: "@alex"\nreviewed: ${reviewed}\n---\n\nWhy it lasts.\n`;
const vision = (date: string): string =>
  `---\nrespondent: Alex Kim\nrole: CEO\ndate: ${date}\n---\n\n## Who is our ideal customer?\n\nOwners.\n`;

ruleTester(staleReview, {
  valid: [
    { name: 'a fresh brief', code: brief({ reviewed: '2026-10-01' }) },
    { name: 'exactly on the cadence (180 days)', code: brief({ reviewed: '2026-05-28' }) },
    {
      name: 'a done brief is not reviewed',
      code: brief({ status: 'done', reviewed: '2025-01-01' }),
    },
    {
      name: 'a deprioritized brief is not reviewed',
      code: brief({ status: 'deprioritized', reason: 'Superseded.', reviewed: '2025-01-01' }),
    },
    {
      name: 'an active brief never reviewed (the health page lists it)',
      code: brief({ reviewed: '' }),
    },
    {
      name: 'invalid frontmatter is left to frontmatter-schema',
      code: brief({ status: 'ongoing', reviewed: '2025-01-01' }),
    },
    { name: 'a review in the future', code: brief({ reviewed: '2027-01-01' }) },
    {
      name: 'a longer cadence',
      code: brief({ reviewed: '2026-03-01' }),
      config: { review: { cadenceDays: 365 } },
    },
    { name: 'a fresh North Star', file: 'strategy/north-star.mdx', code: northStar('2026-10-01') },
    { name: 'fresh vision answers', file: 'vision/alex-kim.mdx', code: vision('2026-10-12') },
    {
      name: 'stale by today, fresh at an injected now',
      code: brief({ reviewed: '2026-03-01' }),
      now: '2026-06-01',
    },
  ],
  invalid: [
    {
      name: 'a stale active brief',
      code: brief({ reviewed: '2026-03-01' }),
      errors: [{ messageId: 'stale', line: 8, column: 11 }],
    },
    {
      name: 'one day over the cadence',
      code: brief({ reviewed: '2026-05-27' }),
      errors: [{ messageId: 'stale', line: 8, column: 11 }],
    },
    {
      name: 'a stale proposed brief',
      code: brief({ status: 'proposed', reviewed: '2025-12-01' }),
      errors: [{ messageId: 'stale', line: 8, column: 11 }],
    },
    {
      name: 'a stale exploratory brief, quoted date',
      code: brief({ status: 'exploratory', reviewed: '"2025-12-01"' }),
      errors: [{ messageId: 'stale', line: 8, column: 11 }],
    },
    {
      name: 'a shorter cadence',
      code: brief({ reviewed: '2026-10-01' }),
      config: { review: { cadenceDays: 30 } },
      errors: [{ messageId: 'stale', line: 8, column: 11 }],
    },
    {
      name: 'fresh by default, stale at an injected now',
      code: brief({ reviewed: '2026-10-01' }),
      now: '2027-06-01',
      errors: [{ messageId: 'stale', line: 8, column: 11 }],
    },
    {
      name: 'a stale North Star',
      file: 'strategy/north-star.mdx',
      code: northStar('2026-03-01'),
      errors: [{ messageId: 'stale', line: 7, column: 11 }],
    },
    {
      name: 'vision answers older than checkInDays',
      file: 'vision/alex-kim.mdx',
      code: vision('2026-07-01'),
      config: { vision: { checkInDays: 90 } },
      errors: [{ messageId: 'stale-answers', line: 4, column: 7 }],
    },
    {
      name: 'vision answers older than the default',
      file: 'vision/alex-kim.mdx',
      code: vision('2026-01-15'),
      errors: [{ messageId: 'stale-answers', line: 4, column: 7 }],
    },
  ],
});

describe('stale-review message', () => {
  it('states the date, the age and the cadence', () => {
    const file = parseContentFile(
      'content/strategy/north-star.mdx',
      'strategy/north-star.mdx',
      northStar('2026-03-01'),
    );
    const messages: string[] = [];
    staleReview.checkFile?.(file, (message) => messages.push(message), makeConfig());
    expect(messages).toEqual([
      'Stale review: last reviewed 2026-03-01 (268 days ago), expected a review every 180 days',
    ]);
  });
});
