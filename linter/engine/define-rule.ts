/**
 * Declares a lint rule. Its message ids are inferred from its `messages` table, so a `report`
 * with an id the table does not declare is a type error: the table is the only list of ids
 * (the rule pages and the rule tests read it).
 */
import type { Rule, RuleId } from './types.ts';

/** Returns `rule` as it is, typed by its id and its declared message ids. */
export function defineRule<const Id extends RuleId, MessageId extends string>(
  rule: Rule<Id, MessageId>,
): Rule<Id, MessageId> {
  return rule;
}
