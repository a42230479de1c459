/**
 * Lints a whole handbook: phase one lints every file and records its facts; phase two runs
 * the cross-file rules once over all facts; then suppressions apply and the report is
 * narrowed to the files asked for. Cross-file rules always see the whole handbook.
 */
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import type { ResolvedConfig } from '../config/types.ts';
import { rules } from '../rules/index.ts';
import { describe, discoverContent } from './discover.ts';
import type { FoundFile } from './discover.ts';
import { lintContentFile, unreadableOutcome } from './lint-file.ts';
import type { FileOutcome } from './lint-file.ts';
import { compareMessages, createMessage, ruleUrl, severityOf } from './messages.ts';
import { applySuppressions } from './suppressions.ts';
import type { FileResult, LintMessage, Rule } from './types.ts';

export interface LintHandbookOptions {
  /** Absolute handbook root (holds `content/` and maybe `handbook.config.*`). */
  root: string;
  config: ResolvedConfig;
  /** Absolute files or folders to report on; default: all of `content/`. */
  paths?: readonly string[] | undefined;
  /** Lints one file; replaceable so a worker pool or a cache can stand in. */
  lintFiles?: ((files: readonly FoundFile[], config: ResolvedConfig) => Promise<FileOutcome[]>) | undefined;
}

/** Lints the handbook at `options.root` and returns one result per reported file, sorted by path. */
export async function lintHandbook(options: LintHandbookOptions): Promise<FileResult[]> {
  const { root, config } = options;
  const discovery = await discoverContent(root);
  const lintFiles = options.lintFiles ?? lintFilesInProcess;
  const outcomes = await lintFiles(discovery.files, config);
  for (const problem of discovery.problems) {
    outcomes.push(unreadableOutcome(problem.file.path, problem.file.contentPath, problem.reason, config));
  }

  const byPath = new Map<string, LintMessage[]>();
  for (const outcome of outcomes) byPath.set(outcome.facts.path, [...outcome.messages]);

  runCrossFileRules(outcomes, config, byPath);

  const results: FileResult[] = [];
  for (const outcome of outcomes) {
    const messages = finishMessages(outcome, byPath.get(outcome.facts.path) ?? [], config);
    results.push({ file: outcome.facts.path, messages });
  }

  const wanted = selectPaths(root, options.paths);
  return results.filter((result) => wanted(result.file)).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Reads and lints files one after another in this thread. */
export async function lintFilesInProcess(files: readonly FoundFile[], config: ResolvedConfig): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file.absolute);
    } catch (error) {
      outcomes.push(unreadableOutcome(file.path, file.contentPath, describe(error), config));
      continue;
    }
    outcomes.push(lintContentFile(file.path, file.contentPath, bytes, config));
  }
  return outcomes;
}

function runCrossFileRules(outcomes: readonly FileOutcome[], config: ResolvedConfig, byPath: Map<string, LintMessage[]>): void {
  const handbook = { files: outcomes.map((outcome) => outcome.facts) };
  for (const rule of rules as readonly Rule[]) {
    if (!rule.checkHandbook) continue;
    const severity = severityOf(rule, config);
    if (!severity) continue;
    const url = ruleUrl(rule.id, config);
    try {
      rule.checkHandbook(
        handbook,
        (file, message, options) => {
          const list = byPath.get(file) ?? [];
          list.push(createMessage(rule.id, severity, url, message, options));
          byPath.set(file, list);
        },
        config,
      );
    } catch (error) {
      const first = outcomes[0]?.facts.path;
      if (first) byPath.get(first)?.push(createMessage(rule.id, 'error', url, `Internal error in rule \`${rule.id}\`: ${error instanceof Error ? error.message : String(error)}`, { messageId: 'internal-error' }));
    }
  }
}

/** Applies the file's suppressions, reports unused and unknown ones, and sorts. */
function finishMessages(outcome: FileOutcome, messages: LintMessage[], config: ResolvedConfig): LintMessage[] {
  const { kept, unused } = applySuppressions(messages, outcome.facts.suppressions);
  const unusedRule = { id: 'unused-suppression', defaultSeverity: 'warning' } as const;
  const severity = severityOf(unusedRule, config);
  if (severity) {
    const url = ruleUrl('unused-suppression', config);
    for (const { suppression, rule } of unused) {
      if (!severityOf(rules.find((r) => r.id === rule) ?? unusedRule, config)) continue;
      kept.push(
        createMessage('unused-suppression', severity, url, `Unused suppression of \`${rule}\`: nothing on line ${suppression.targetLine} is reported by it`, {
          messageId: 'unused',
          place: suppression.place,
          hint: 'Remove the comment, or move it to the line just above the reported problem.',
        }),
      );
    }
    for (const { suppression, names } of outcome.unknownSuppressions) {
      for (const name of names) {
        kept.push(createMessage('unused-suppression', severity, url, `Unknown rule \`${name}\` in a suppression comment`, { messageId: 'unknown-rule', place: suppression.place }));
      }
    }
  }
  return kept.sort(compareMessages);
}

function selectPaths(root: string, paths: readonly string[] | undefined): (file: string) => boolean {
  if (!paths || paths.length === 0) return () => true;
  const wanted = paths.map((path) => resolve(root, path));
  return (file) => {
    const absolute = resolve(root, file);
    return wanted.some((path) => absolute === path || absolute.startsWith(path.endsWith(sep) ? path : path + sep));
  };
}
