/**
 * Phase two of one rule: its `checkHandbook` over the facts of every file, each report made a
 * `LintMessage` on the file it names. The one implementation behind the engine's phase two
 * (`lint-handbook.ts`) and a rule's unified completer (`define-rule.ts`), so `handbook lint`
 * and remark-cli report the same cross-file messages.
 */
import type { ResolvedConfig } from '../config/types.ts';
import { createMessage, ruleUrl } from './messages.ts';
import type { Handbook, LintMessage, RuleSpec, Severity } from './types.ts';

/** The message for a rule that threw: the rest of the report must not be lost. */
export function internalErrorReason(ruleId: string, error: unknown): string {
  return `Internal error in rule \`${ruleId}\`: ${error instanceof Error ? error.message : String(error)}`;
}

/** Runs `rule.checkHandbook` at `severity`; `add` receives each message with its file's path. */
export function checkHandbookWith(
  rule: Pick<RuleSpec, 'id' | 'checkHandbook'>,
  handbook: Handbook,
  config: ResolvedConfig,
  severity: Severity,
  add: (path: string, message: LintMessage) => void,
): void {
  if (!rule.checkHandbook) return;
  const url = ruleUrl(rule.id, config);
  try {
    rule.checkHandbook(
      handbook,
      (file, message, options) =>
        add(file, createMessage(rule.id, severity, url, message, options)),
      config,
    );
  } catch (error) {
    const first = handbook.files[0]?.path;
    if (first)
      add(
        first,
        createMessage(rule.id, 'error', url, internalErrorReason(rule.id, error), {
          messageId: 'internal-error',
        }),
      );
  }
}
