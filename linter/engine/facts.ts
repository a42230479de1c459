/**
 * Phase one of the cross-file checks: what one file defines and references. The shared facts
 * (`shared-facts.ts`), then what each rule records for itself (`Rule.record`, in the rule's own
 * module: `brief-depends-on` its `dependsOn` entries, `link-resolves` links and heading slugs).
 * Every rule records, whatever its severity, so a file's facts do not depend on the config.
 */
import { rules } from '../rules/index.ts';
import { sharedFacts } from './shared-facts.ts';
import type { SharedFactsOf } from './shared-facts.ts';
import type { ContentFile } from './types.ts';

/** The facts of one parsed file, plus the suppression names no rule knows or may honour. */
export function collectFacts(file: ContentFile): SharedFactsOf {
  const collected = sharedFacts(file);
  for (const rule of rules) rule.record?.(file, collected.facts);
  return collected;
}
