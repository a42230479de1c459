/** Ordering and counting shared by every formatter, so all of them agree. */
import type { FileResult, LintMessage } from '../engine/types.ts';

/** Files by path, messages by line, column and rule id; the input is not modified. */
export function sortResults(results: readonly FileResult[]): FileResult[] {
  return [...results]
    .sort((a, b) => compareText(a.file, b.file))
    .map((result) => ({ ...result, messages: [...result.messages].sort(compareMessages) }));
}

/** Line, then column, then rule id, then message text (for a total order). */
export function compareMessages(a: LintMessage, b: LintMessage): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message)
  );
}

/** Code-unit order: the same on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface Counts {
  errors: number;
  warnings: number;
}

/** Errors and warnings over all results. */
export function countProblems(results: readonly FileResult[]): Counts {
  const counts = { errors: 0, warnings: 0 };
  for (const result of results) {
    for (const message of result.messages) {
      if (message.severity === 'error') counts.errors++;
      else counts.warnings++;
    }
  }
  return counts;
}

/** `1 problem`, `3 errors`: a count with its noun, plural when needed. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** `✖ 3 problems (2 errors, 1 warning)`, or undefined when there is nothing to report. */
export function problemSummary(counts: Counts): string | undefined {
  const total = counts.errors + counts.warnings;
  if (total === 0) return undefined;
  return `✖ ${plural(total, 'problem')} (${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')})`;
}

/** Joins a display prefix (the root relative to the cwd, POSIX, may be '') and a file path. */
export function displayPath(prefix: string | undefined, file: string): string {
  if (prefix === undefined || prefix === '' || prefix === '.') return file;
  return prefix.endsWith('/') ? prefix + file : `${prefix}/${file}`;
}
