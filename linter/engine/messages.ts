/** Turns a rule's report into a `LintMessage`: stamps rule id, severity, url and source. */
import { fileStart } from './positions.ts';
import type { ResolvedConfig } from '../config/types.ts';
import { ruleDocsUrl } from '../config/urls.ts';
import type { LintMessage, ReportOptions, Rule, RuleId, Severity } from './types.ts';

/** The severity a rule runs at, or undefined when it is off. */
export function severityOf(
  rule: Pick<Rule, 'id' | 'defaultSeverity'>,
  config: ResolvedConfig,
): Severity | undefined {
  const setting = config.rules[rule.id];
  if (setting === 'off') return undefined;
  if (setting === 'warn') return 'warning';
  if (setting === 'error') return 'error';
  return rule.defaultSeverity;
}

/** The docs url of a rule, from the configured docs or site URL (see `config/urls.ts`). */
export function ruleUrl(
  id: RuleId,
  config: Partial<Pick<ResolvedConfig, 'docsUrl' | 'site'>>,
): string {
  return ruleDocsUrl(id, config);
}

export function createMessage(
  ruleId: RuleId,
  severity: Severity,
  url: string,
  message: string,
  options: ReportOptions,
): LintMessage {
  const place = options.place ?? fileStart;
  return {
    ruleId,
    messageId: options.messageId,
    // A message may ask for less than its rule's severity (never more).
    severity: options.severity === 'warning' ? 'warning' : severity,
    message,
    line: place.start.line,
    column: place.start.column,
    ...(place.end ? { endLine: place.end.line, endColumn: place.end.column } : {}),
    ...(options.hint ? { hint: options.hint } : {}),
    ...(options.expected ? { expected: [...options.expected] } : {}),
    ...(options.related && options.related.length > 0
      ? { related: options.related.map((r) => ({ ...r })) }
      : {}),
    url,
    source: 'handbook',
  };
}

/** Deterministic report order: line, column, rule id, message. */
export function compareMessages(a: LintMessage, b: LintMessage): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
