/**
 * Declares a lint rule and makes it a unified plugin. Its message ids are inferred from its
 * `messages` table, so a `report` with an id the table does not declare is a type error: the
 * table is the only list of ids (the rule pages and the rule tests read it).
 *
 * The rule is an attacher in the shape of `unified-lint-rule`: `use(rule)`, `use(rule, 'warn')`
 * or `use(rule, ['error', options])` (`off`/`0`/`false`, `warn`/`on`/`1`/`true`, `error`/`2`);
 * without a severity the handbook config's applies, else the rule's default. Its transformer runs
 * `checkFile` on the engine's parse of the file (`file-data.ts`) and reports `VFileMessage`s
 * (`vfile-messages.ts`; an error is `fatal`). A cross-file rule also records its facts in
 * `file.data` and, under unified-engine (remark-cli), adds a completer that runs `checkHandbook`
 * over every file of the set (`handbook-check.ts`, shared with the engine's phase two), as
 * remark-validate-links does. A rule that throws is reported as an internal error of that rule.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { handbookDataOf } from './file-data.ts';
import type { HandbookFileData } from './file-data.ts';
import { checkHandbookWith, internalErrorReason } from './handbook-check.ts';
import { ruleUrl, severityOf } from './messages.ts';
import { sharedFacts } from './shared-facts.ts';
import type { FileSetLike, Rule, RuleId, RuleSetting, RuleSpec, Severity } from './types.ts';
import { lintMessageOnFile, reportOnFile } from './vfile-messages.ts';

/**
 * The severity a plugin setting asks for: `off`, a severity, or undefined (the config's). As
 * `unified-lint-rule`, but a bare level is accepted too, and an unknown one is an error.
 */
export function severityOfSetting(id: RuleId, setting: RuleSetting): Severity | 'off' | undefined {
  const level: unknown = Array.isArray(setting) ? setting[0] : setting;
  if (level === undefined || level === null) return undefined;
  switch (level) {
    case 'off':
    case 0:
    case false:
      return 'off';
    case 'warn':
    case 'on':
    case 1:
    case true:
      return 'warning';
    case 'error':
    case 2:
      return 'error';
  }
  throw new Error(
    `Unexpected severity \`${String(level)}\` for \`${id}\`, expected \`off\`, \`warn\` or \`error\` (or 0, 1, 2)`,
  );
}

/** Records this rule's own facts on the file's facts, once. */
function record(rule: RuleSpec, data: HandbookFileData): void {
  data.facts ??= sharedFacts(data.content);
  if (!rule.record || data.recorded === true) return;
  data.recorded ??= new Set();
  if (data.recorded.has(rule.id)) return;
  data.recorded.add(rule.id);
  rule.record(data.content, data.facts.facts);
}

/** The completer of a cross-file rule: `checkHandbook` over the facts of every file of the set. */
function completerOf(rule: RuleSpec, setting: Severity | undefined) {
  const completer = (set: FileSetLike): void => {
    const files = set.valueOf().filter((file) => file.data.handbook?.facts);
    const first = files[0]?.data.handbook;
    if (!first) return;
    const severity = setting ?? severityOf(rule, first.config);
    if (!severity) return;
    const byPath = new Map<string, VFile>();
    for (const file of files) byPath.set(file.data.handbook!.content.path, file);
    const handbook = { files: files.map((file) => file.data.handbook!.facts!.facts) };
    checkHandbookWith(rule, handbook, first.config, severity, (path, message) => {
      const target = byPath.get(path) ?? files[0]!;
      lintMessageOnFile(target, message);
    });
  };
  // unified-engine adds a completer once per id, however many files attach the rule.
  return Object.assign(completer, { pluginId: `handbook:${rule.id}` });
}

/** Returns `rule` as a unified attacher carrying its declaration, typed by its id and message ids. */
export function defineRule<const Id extends RuleId, MessageId extends string>(
  rule: RuleSpec<Id, MessageId>,
): Rule<Id, MessageId> {
  function attacher(this: unknown, setting?: RuleSetting, fileSet?: FileSetLike) {
    const asked = severityOfSetting(rule.id, setting);
    if (asked === 'off') return undefined;
    if (rule.checkHandbook && fileSet) fileSet.use(completerOf(rule, asked));
    return (_tree: Root, file: VFile): void => {
      const data = handbookDataOf(file);
      const severity = asked ?? severityOf(rule, data.config);
      if (!severity) return;
      if (rule.checkHandbook) record(rule, data);
      if (!rule.checkFile) return;
      const url = ruleUrl(rule.id, data.config);
      try {
        rule.checkFile(
          data.content,
          (message, options) => reportOnFile(file, rule.id, severity, url, message, options),
          data.config,
        );
      } catch (error) {
        // A rule bug must not hide the rest of the report; say which rule failed, where.
        reportOnFile(file, rule.id, 'error', url, internalErrorReason(rule.id, error), {
          messageId: 'internal-error',
        });
      }
    };
  }
  Object.defineProperty(attacher, 'name', { value: `handbook:${rule.id}` });
  return Object.assign(attacher, rule) as Rule<Id, MessageId>;
}
