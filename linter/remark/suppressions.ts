/**
 * `remarkHandbookSuppressions`: the preset's last plugin, what `handbook lint` does after the
 * rules. Per file it reports suppressions of rules that cannot be suppressed; once every file's
 * rules and every cross-file completer have run (its completer is added last), it applies each
 * file's suppressions and reports unused and unknown ones, with the engine's own functions
 * (`finishMessages`, `unsuppressibleMessages`), so the report is the engine's.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { handbookDataOf } from '../engine/file-data.ts';
import { unsuppressibleMessages } from '../engine/lint-file.ts';
import { finishMessages } from '../engine/lint-handbook.ts';
import { sharedFacts } from '../engine/shared-facts.ts';
import type { FileSetLike, LintMessage } from '../engine/types.ts';
import { lintMessageOnFile, toLintMessage } from '../engine/vfile-messages.ts';

function finish(file: VFile): void {
  const data = file.data.handbook;
  if (!data) return;
  const collected = (data.facts ??= sharedFacts(data.content));
  const own: LintMessage[] = [];
  const others = file.messages.filter((message) => {
    const converted = toLintMessage(message);
    if (converted) own.push(converted);
    return !converted;
  });
  const kept = finishMessages(
    { messages: [], facts: collected.facts, unknownSuppressions: collected.unknownSuppressions },
    own,
    data.config,
  );
  file.messages = others;
  for (const message of kept) lintMessageOnFile(file, message);
}

const completer = Object.assign(
  (set: FileSetLike): void => {
    for (const file of set.valueOf()) finish(file);
  },
  { pluginId: 'handbook:suppressions' },
);

export function remarkHandbookSuppressions(
  _options?: unknown,
  fileSet?: FileSetLike,
): (tree: Root, file: VFile) => void {
  if (fileSet) fileSet.use(completer);
  return (_tree, file) => {
    const data = handbookDataOf(file);
    data.facts ??= sharedFacts(data.content);
    for (const message of unsuppressibleMessages(data.facts.unsuppressible, data.config))
      lintMessageOnFile(file, message);
    // Without unified-engine there is no completer: the file's suppressions apply now.
    if (!fileSet) finish(file);
  };
}
