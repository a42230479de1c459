import { briefExperiment } from '../../linter/rules/brief-experiment.ts';
import { brief, defaultBriefBody, ruleTester } from './rule-tester.ts';

const hypothesis =
  '## Hypothesis\n\nWe believe pay-by-text links will cut days-to-paid for small crews.\n\n';
const exit =
  '## Exit criteria\n\nStop on 2026-12-15 if fewer than 20% of invoices are paid by link.\n';
/** An experiment brief whose body is the default Why and criteria (lines 11–18), then `extra` from line 20. */
const experiment = (extra: string, fields: Record<string, string> = {}): string =>
  brief({ kind: 'experiment', ...fields }, `${defaultBriefBody}\n${extra}`);

ruleTester(briefExperiment, {
  valid: [
    { name: 'an experiment with both sections', code: experiment(`${hypothesis}${exit}`) },
    {
      name: 'any heading level and case, "Hypotheses"',
      code: experiment(
        `### HYPOTHESES\n\n- We believe A.\n\n#### exit criteria\n\n- Stop at 2026-12-15.\n`,
      ),
    },
    { name: 'a feature needs neither', code: brief() },
    {
      name: 'pillars are not briefs',
      file: 'pillars/x.mdx',
      code: '---\ntitle: X\nkind: experiment\n---\n\nBody.\n',
    },
  ],
  invalid: [
    {
      name: 'both sections missing, reported after the frontmatter',
      code: experiment(''),
      errors: [
        { messageId: 'missing-hypothesis', line: 10, column: 1 },
        { messageId: 'missing-exit-criteria', line: 10, column: 1 },
      ],
    },
    {
      name: 'no exit criteria',
      code: experiment(hypothesis),
      errors: [{ messageId: 'missing-exit-criteria', line: 10, column: 1 }],
    },
    {
      name: 'an empty hypothesis, at its heading',
      code: experiment(`## Hypothesis\n\n${exit}`),
      errors: [{ messageId: 'empty-section', line: 20, column: 1 }],
    },
    {
      name: 'exit criteria with only a comment are empty',
      code: experiment(`${hypothesis}## Exit criteria\n\n{/* decide later */}\n`),
      errors: [{ messageId: 'empty-section', line: 24, column: 1 }],
    },
    {
      name: 'sections inside a code fence do not count',
      code: experiment(`\`\`\`md\n${hypothesis}${exit}\`\`\`\n`),
      errors: [
        { messageId: 'missing-hypothesis', line: 10, column: 1 },
        { messageId: 'missing-exit-criteria', line: 10, column: 1 },
      ],
    },
    {
      name: 'the kind is read from the raw YAML when another field is invalid',
      code: experiment(hypothesis, { status: 'actve' }),
      errors: [{ messageId: 'missing-exit-criteria', line: 10, column: 1 }],
    },
  ],
});
