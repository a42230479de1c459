/**
 * The human format: problems grouped by file, each starting with a clickable `file:line:col`,
 * aligned columns (location, severity, message, rule id), the hint dimmed on the next line,
 * and a summary line. Paths, messages and hints are printed through `printable`.
 */
import { resultsOf } from './input.ts';
import type { ReportInput } from './input.ts';
import { styleText } from 'node:util';
import type { FileResult, LintMessage } from '../engine/types.ts';
import { printable } from './printable.ts';
import { countProblems, displayPath, plural, problemSummary, sortResults } from './summary.ts';

export interface StylishOptions {
  /** Colour the output (only when writing to a terminal that wants colour). */
  color: boolean;
  /** Prefix for file paths so they resolve from the cwd, e.g. `handbooks/acme`. */
  pathPrefix?: string | undefined;
}

type Format = Parameters<typeof styleText>[0];

/** Formats lint results for a terminal. */
export function formatStylish(input: ReportInput, options: StylishOptions): string {
  const results = resultsOf(input);
  const paint = (format: Format, text: string): string =>
    options.color ? styleText(format, text, { validateStream: false }) : text;
  const sorted = sortResults(results);
  const blocks: string[] = [];
  for (const result of sorted) {
    if (result.messages.length === 0) continue;
    blocks.push(formatFile(result, printable(displayPath(options.pathPrefix, result.file)), paint));
  }
  const counts = countProblems(sorted);
  const summary = problemSummary(counts);
  if (summary === undefined) {
    return `${paint('green', '✔')} No problems in ${plural(sorted.length, 'file')}\n`;
  }
  const colour = counts.errors > 0 ? 'red' : 'yellow';
  return `${blocks.join('\n\n')}\n\n${paint(['bold', colour], summary)}\n`;
}

function formatFile(
  result: FileResult,
  path: string,
  paint: (format: Format, text: string) => string,
): string {
  const rows = result.messages.map((message) => ({
    message,
    text: printable(message.message),
    location: `${path}:${message.line}:${message.column}`,
  }));
  const locationWidth = Math.max(...rows.map((row) => row.location.length));
  const messageWidth = Math.max(...rows.map((row) => row.text.length));
  const severityWidth = 'warning'.length;
  const hintIndent = ' '.repeat(2 + locationWidth + 2 + severityWidth + 2);
  const lines: string[] = [];
  for (const { message, text, location } of rows) {
    const severity = paint(
      message.severity === 'error' ? 'red' : 'yellow',
      message.severity.padEnd(severityWidth),
    );
    lines.push(
      `  ${location.padEnd(locationWidth)}  ${severity}  ${text.padEnd(messageWidth)}  ${paint('dim', message.ruleId)}`,
    );
    for (const hintLine of hintLines(message)) lines.push(paint('dim', hintIndent + hintLine));
  }
  return lines.join('\n');
}

function hintLines(message: LintMessage): string[] {
  return message.hint === undefined || message.hint === ''
    ? []
    : message.hint.split(/\r?\n/).map((line) => printable(line));
}
