/**
 * Reading a diff saved with `handbook diff --format json` (`--input FILE`). In CI that file
 * comes from the pull request's own job, so it is untrusted: it must be exactly the shape
 * `diff-schema.ts` describes, or it is refused with one line naming the first problem.
 */
import { UsageError } from '../errors.ts';
import { printable } from '../formatters/printable.ts';
import { strategyDiffSchema, type StrategyDiff } from './diff-schema.ts';

const HINT = 'Expected the output of `handbook diff --format json`.';

/** Parses and checks `text`; `shown` names the file in messages. */
export function parseSavedDiff(text: string, shown: string): StrategyDiff {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `Unexpected content in \`${shown}\`: not JSON (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
      { hint: HINT },
    );
  }
  const parsed = strategyDiffSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where =
      issue === undefined || issue.path.length === 0
        ? 'the top level'
        : `\`${issue.path.map(String).join('.')}\``;
    throw new UsageError(
      printable(`Unexpected value at ${where} in \`${shown}\`: ${issue?.message ?? 'invalid'}`),
      { hint: HINT },
    );
  }
  return parsed.data;
}
