/**
 * `unused-suppression` (warning): a `handbook-disable-next-line` comment that silences
 * nothing, or names a rule that does not exist (warnings), or names a rule that cannot be
 * suppressed (an error whatever the config says: see `engine/suppressions.ts`). The engine
 * applies suppressions after all other rules, so this rule has no check of its own; it exists
 * for its id, docs and severity.
 */
import { defineRule } from '../engine/define-rule.ts';
import { productRuleDocsUrl } from '../config/urls.ts';

export const unusedSuppression = defineRule({
  id: 'unused-suppression',
  description: 'A suppression comment silences something',
  url: productRuleDocsUrl,
  defaultSeverity: 'warning',
  messages: {
    unused: 'The suppression silences nothing on its line',
    'unknown-rule': 'The suppression names a rule that does not exist',
    unsuppressible:
      'The suppression names `mdx-safe`, `mdx-parse`, `frontmatter-yaml` or `frontmatter-schema`, which cannot be suppressed (always an error)',
  },
});
