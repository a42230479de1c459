/**
 * GitHub Actions: `::error`/`::warning` workflow commands, escaped as `@actions/core` does, so
 * problems show as annotations on the pull request; and a Markdown step summary that lists
 * every problem, since GitHub shows only 10 annotations of each type per step. Text from
 * content goes through `printable` (commands) and `markdownText` (the summary: plain text only).
 */
import { resultsOf } from './input.ts';
import type { ReportInput } from './input.ts';
import type { FileResult, LintMessage } from '../engine/types.ts';
import { markdownMessage, markdownText, printable } from './printable.ts';
import { countProblems, displayPath, plural, problemSummary, sortResults } from './summary.ts';

export interface GithubOptions {
  /** Prefix for file paths so they are relative to the repository root (the cwd). */
  pathPrefix?: string | undefined;
}

/** Escapes a command's message as `@actions/core` `escapeData` does. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command property as `@actions/core` `escapeProperty` does. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Formats lint results as workflow commands, one line per problem. */
export function formatGithub(input: ReportInput, options: GithubOptions = {}): string {
  const results = resultsOf(input);
  const lines: string[] = [];
  for (const result of sortResults(results)) {
    const file = displayPath(options.pathPrefix, result.file);
    for (const message of result.messages) lines.push(workflowCommand(file, message));
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

function workflowCommand(file: string, message: LintMessage): string {
  const properties: [string, string | number | undefined][] = [
    ['file', file],
    ['line', message.line],
    ['col', message.column],
    ['endLine', message.endLine],
    ['endColumn', message.endColumn],
    ['title', message.ruleId],
  ];
  const props = properties
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(printable(String(value)))}`)
    .join(',');
  const text =
    message.hint === undefined || message.hint === ''
      ? message.message
      : `${message.message}\n${message.hint}`;
  return `::${message.severity} ${props}::${escapeData(printable(text, { multiline: true }))}`;
}

/** A Markdown step summary: counts per file, then every problem. */
export function formatGithubSummary(
  results: readonly FileResult[],
  options: GithubOptions = {},
): string {
  const sorted = sortResults(results);
  const counts = countProblems(sorted);
  const summary = problemSummary(counts);
  const lines = ['## Handbook lint', ''];
  if (summary === undefined) {
    lines.push(`✔ No problems in ${plural(sorted.length, 'file')}.`, '');
    return lines.join('\n');
  }
  const withProblems = sorted.filter((result) => result.messages.length > 0);
  lines.push(`${summary} in ${withProblems.length} of ${plural(sorted.length, 'file')}.`, '');
  lines.push('| File | Errors | Warnings |', '| --- | ---: | ---: |');
  for (const result of withProblems) {
    const fileCounts = countProblems([result]);
    const file = displayPath(options.pathPrefix, result.file);
    lines.push(`| ${code(file)} | ${fileCounts.errors} | ${fileCounts.warnings} |`);
  }
  lines.push(
    '',
    '> [!NOTE]',
    '> GitHub shows at most 10 error and 10 warning annotations per step, so every problem is listed here.',
    '',
    '| Location | Severity | Rule | Message |',
    '| --- | --- | --- | --- |',
  );
  for (const result of withProblems) {
    const file = displayPath(options.pathPrefix, result.file);
    for (const message of result.messages) {
      const rule = isPlainUrl(message.url)
        ? `[${code(message.ruleId)}](${message.url})`
        : code(message.ruleId);
      lines.push(
        `| <code>${markdownText(file)}\\:${message.line}\\:${message.column}</code> | ${message.severity} | ${rule} | ${markdownMessage(message.message)} |`,
      );
    }
  }
  lines.push('');
  return lines.join('\n');
}

/**
 * Monospace literal text. A Markdown code span cannot hold every string (a backtick in a file
 * name closes it, and escapes do not work inside), so: an HTML `<code>` around escaped text.
 */
function code(text: string): string {
  return `<code>${markdownText(text)}</code>`;
}

/** A docs link we can put in `(…)` as is: http(s), and no character that could end or break it. */
function isPlainUrl(url: string): boolean {
  return /^https?:\/\/[A-Za-z0-9\-._~:/?#@!$&'*+,;=%]+$/.test(url);
}
