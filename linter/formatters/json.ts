/**
 * The machine format of the spec: `[{ file, messages: [{ ruleId, severity, message, line,
 * column, endLine?, endColumn?, hint? }] }]`, plus `messageId`, `url`, `expected` and
 * `related`. Every linted file is listed, clean ones with no messages, in a stable order.
 */
import { resultsOf } from './input.ts';
import type { ReportInput } from './input.ts';
import type { LintMessage, Related } from '../engine/types.ts';
import { printableJson } from './printable.ts';
import { sortResults } from './summary.ts';

export interface JsonMessage {
  ruleId: string;
  messageId: string;
  severity: 'error' | 'warning';
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  hint?: string;
  expected?: readonly string[];
  related?: readonly Related[];
  url: string;
}

export interface JsonFileResult {
  /** Path relative to the handbook root, POSIX separators. */
  file: string;
  messages: JsonMessage[];
}

/** The JSON report as a value (what `formatJson` serialises). */
export function toJsonReport(input: ReportInput): JsonFileResult[] {
  const results = resultsOf(input);
  return sortResults(results).map((result) => ({
    file: result.file,
    messages: result.messages.map(toJsonMessage),
  }));
}

/** Formats lint results as one line of JSON (C1 and bidi controls as `\u` escapes: `printable.ts`). */
export function formatJson(results: ReportInput): string {
  return `${printableJson(JSON.stringify(toJsonReport(results)))}\n`;
}

function toJsonMessage(message: LintMessage): JsonMessage {
  // Built field by field: a fixed key order, and nothing the engine adds for itself leaks out.
  return {
    ruleId: message.ruleId,
    messageId: message.messageId,
    severity: message.severity,
    message: message.message,
    line: message.line,
    column: message.column,
    ...(message.endLine === undefined ? {} : { endLine: message.endLine }),
    ...(message.endColumn === undefined ? {} : { endColumn: message.endColumn }),
    ...(message.hint === undefined ? {} : { hint: message.hint }),
    ...(message.expected === undefined ? {} : { expected: message.expected }),
    ...(message.related === undefined || message.related.length === 0
      ? {}
      : { related: message.related }),
    url: message.url,
  };
}
