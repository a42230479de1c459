/**
 * `unused-suppression`: the engine applies suppressions after every other rule, so these cases
 * run as a whole lint on disk (`engine: true`) and keep only this rule's messages.
 */
import { unusedSuppression } from '../../linter/rules/unused-suppression.ts';
import { brief, pillar, ruleTester } from './rule-tester.ts';

const shortWhy =
  '## Why\n\nCheckout is slow.\n\n## Success criteria\n\n- p95 latency under 900 ms by 2026-12-31\n';
const handbook = { 'pillars/platform-reliability.mdx': pillar() };
/** A brief whose body is `body` (it starts on line 11, after the frontmatter and a blank line). */
const withBody = (body: string): string => brief({}, body);

ruleTester(unusedSuppression, {
  valid: [
    {
      name: 'a suppression that silences what the next line reports',
      engine: true,
      files: handbook,
      code: withBody(`{/* handbook-disable-next-line brief-why */}\n${shortWhy}`),
    },
    {
      name: 'an HTML comment in a `.md` brief',
      engine: true,
      files: handbook,
      file: 'initiatives/example.md',
      code: withBody(`<!-- handbook-disable-next-line brief-why -->\n${shortWhy}`),
    },
    {
      name: 'a suppression of a rule the config turns off is not reported',
      engine: true,
      files: handbook,
      config: { rules: { 'stale-review': 'off' } },
      code: withBody(
        `{/* handbook-disable-next-line stale-review */}\n${shortWhy.replace('Checkout is slow.', 'Checkout is the slowest step of the purchase flow and abandoned carts cost us revenue every day.')}`,
      ),
    },
  ],
  invalid: [
    {
      name: 'a suppression that silences nothing, at the comment',
      engine: true,
      files: handbook,
      code: withBody(
        '{/* handbook-disable-next-line brief-why */}\n## Why\n\nCheckout is the slowest step of the purchase flow and abandoned carts cost us revenue every day.\n',
      ),
      errors: [{ messageId: 'unused', line: 11, column: 1, severity: 'warning' }],
    },
    {
      name: 'an unused suppression in the frontmatter',
      engine: true,
      files: handbook,
      code: brief().replace(
        'pillar: platform-reliability',
        '# handbook-disable-next-line brief-pillar\npillar: platform-reliability',
      ),
      errors: [{ messageId: 'unused', line: 6, column: 1, severity: 'warning' }],
    },
    {
      name: 'an unknown rule id',
      engine: true,
      files: handbook,
      code: withBody(`{/* handbook-disable-next-line brief-wy */}\n${shortWhy}`),
      errors: [{ messageId: 'unknown-rule', line: 11, column: 1, severity: 'warning' }],
    },
    {
      name: 'naming an unsuppressible rule is an error, whatever the rule’s severity',
      engine: true,
      files: handbook,
      config: { rules: { 'unused-suppression': 'warn' } },
      code: withBody(
        `{/* handbook-disable-next-line mdx-safe */}\n${shortWhy.replace('Checkout is slow.', 'Checkout is slow {1 + 1} and abandoned carts cost us revenue every single day of the week.')}`,
      ),
      errors: [{ messageId: 'unsuppressible', line: 11, column: 1, severity: 'error' }],
    },
  ],
});
