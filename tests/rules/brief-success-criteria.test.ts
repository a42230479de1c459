import { briefSuccessCriteria } from '../../linter/rules/brief-success-criteria.ts';
import { brief, pillar, ruleTester } from './rule-tester.ts';

const why =
  '## Why\n\nCheckout is the slowest step of the purchase flow and abandoned carts cost us revenue every day.\n\n';
/** A brief whose body is `why` + `criteria`: the Why takes lines 11–13, so criteria start on line 15. */
const withCriteria = (criteria: string): string => brief({}, `${why}${criteria}`);

ruleTester(briefSuccessCriteria, {
  valid: [
    { name: 'the default brief', code: brief() },
    {
      name: 'numbers, percentages, amounts, dates and quarters',
      code: withCriteria(
        [
          '## Success criteria',
          '',
          '- p95 checkout latency under 900 ms',
          '- Cart abandonment down 10% quarter over quarter',
          '- Outage cost below $40k per month',
          '- Support cost down 40k USD a year',
          '- Refund backlog under €5,000',
          '- Migration finished by 2026-12-31',
          '- Legacy endpoint switched off in 2027-Q1',
          '- Beta opened to all customers by Q3',
          '- Old importer removed by the end of March',
          '- Checkout time cut in half',
          '',
        ].join('\n'),
      ),
    },
    {
      name: 'named thresholds and milestones, as real proposals write them',
      code: withCriteria(
        [
          '## Success criteria',
          '',
          '- p95 under 300 ms',
          '- Checkout latency within the SLO for a whole quarter',
          '- API error rate under the error budget every week',
          '- Sync latency meets its SLA',
          '- Feature stabilised by the 1.30 release',
          '- In-place resize graduates to beta',
          '- Old flag removed before GA',
          '- Migration guide published by the next minor release',
          '- Zero data loss during the migration',
          '',
        ].join('\n'),
      ),
    },
    {
      name: '"Success metrics", an ordered list',
      code: withCriteria(
        '### Success metrics\n\n1. Weekly active teams at 2,000\n2. Churn under 3%\n',
      ),
    },
    {
      name: '"Measures of success"',
      code: withCriteria('## Measures of success\n\n- Teams onboarded: twelve by year end\n'),
    },
    {
      name: 'a target in a nested item counts for its parent',
      code: withCriteria('## Success criteria\n\n- Latency\n  - p95 under 900 ms\n'),
    },
    { name: 'pillars are not briefs', file: 'pillars/platform-reliability.mdx', code: pillar() },
  ],
  invalid: [
    {
      name: 'no section, reported on the first line after the frontmatter',
      code: brief({}, why),
      errors: [{ messageId: 'missing', line: 10, column: 1 }],
    },
    {
      name: 'a Success criteria heading inside a code fence does not count',
      code: withCriteria('```md\n## Success criteria\n\n- 10% faster\n```\n'),
      errors: [{ messageId: 'missing', line: 10, column: 1 }],
    },
    {
      name: 'a section without a list, at the heading',
      code: withCriteria('## Success criteria\n\nCustomers are happier.\n'),
      errors: [{ messageId: 'no-items', line: 15, column: 1 }],
    },
    {
      name: 'an empty section',
      code: withCriteria('## Success criteria\n\n## Risks\n\nNone.\n'),
      errors: [{ messageId: 'no-items', line: 15, column: 1 }],
    },
    {
      name: 'an item without a number is a warning, at its text',
      code: withCriteria(
        '## Success criteria\n\n- p95 latency under 900 ms\n- Customers are happier with checkout\n',
      ),
      errors: [{ messageId: 'no-target', line: 18, column: 3, severity: 'warning' }],
    },
    {
      name: 'version numbers and p95 are not targets',
      code: withCriteria(
        '## Success criteria\n\n- Payments API v2 adopted\n- p95 latency improves\n',
      ),
      errors: [
        { messageId: 'no-target', line: 17, column: 3, severity: 'warning' },
        { messageId: 'no-target', line: 18, column: 3, severity: 'warning' },
      ],
    },
    {
      name: 'words near a threshold or a release are not targets by themselves',
      code: withCriteria(
        '## Success criteria\n\n- Release notes mention the new flag\n- Latency goes down under load\n- The SLO dashboard exists\n',
      ),
      errors: [
        { messageId: 'no-target', line: 17, column: 3, severity: 'warning' },
        { messageId: 'no-target', line: 18, column: 3, severity: 'warning' },
        { messageId: 'no-target', line: 19, column: 3, severity: 'warning' },
      ],
    },
    {
      name: 'a bare milestone or threshold names no measure',
      code: withCriteria('## Success criteria\n\n- By the next release\n- Within the SLO\n'),
      errors: [
        { messageId: 'no-measure', line: 17, column: 3, severity: 'warning' },
        { messageId: 'no-measure', line: 18, column: 3, severity: 'warning' },
      ],
    },
    {
      name: 'a bare target names no measure',
      code: withCriteria('## Success criteria\n\n- 40%\n- By 2026-12-31\n'),
      errors: [
        { messageId: 'no-measure', line: 17, column: 3, severity: 'warning' },
        { messageId: 'no-measure', line: 18, column: 3, severity: 'warning' },
      ],
    },
    {
      name: 'item warnings stay warnings when the rule is an error; `warn` config keeps them warnings',
      code: withCriteria('## Success criteria\n\n- Happier customers\n'),
      config: { rules: { 'brief-success-criteria': 'warn' } },
      errors: [{ messageId: 'no-target', line: 17, column: 3, severity: 'warning' }],
    },
    {
      name: 'CRLF keeps positions',
      code: withCriteria('## Success criteria\n\n- Happier customers\n').replace(/\n/g, '\r\n'),
      errors: [{ messageId: 'no-target', line: 17, column: 3, severity: 'warning' }],
    },
  ],
});
