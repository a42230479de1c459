/**
 * One problem as one line: `file:line:col rule-id message`, the form the build prints. The file
 * name and the message come from content: printed escaped (`printable`), on one line.
 */
import type { FileResult, LintMessage } from '../engine/types.ts';
import { printable } from '../formatters/printable.ts';

export function reportLine(file: string, message: LintMessage): string {
  return `${printable(file)}:${message.line}:${message.column} ${message.ruleId} ${printable(message.message)}`;
}

/** Every error of a report, one line each, in report order. */
export function errorLines(results: readonly FileResult[]): string[] {
  return results.flatMap((result) =>
    result.messages.filter((m) => m.severity === 'error').map((m) => reportLine(result.file, m)),
  );
}
