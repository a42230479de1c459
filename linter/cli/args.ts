/** `node:util` parseArgs in strict mode, with its errors turned into one-line usage errors. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { didYouMean } from '../engine/suggest.ts';
import { UsageError } from '../errors.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface ParseOptions {
  /** Accept `--no-NAME` for every boolean option `NAME` (`--no-color`, `--no-cache`). */
  allowNegative?: boolean | undefined;
}

/** Parses `args` strictly; unknown options and missing values become `UsageError`s. */
export function parseCommandArgs<T extends Options>(
  args: string[],
  options: T,
  helpHint: string,
  parse: ParseOptions = {},
) {
  try {
    return parseArgs({
      args,
      options,
      allowPositionals: true,
      strict: true,
      allowNegative: parse.allowNegative ?? false,
    });
  } catch (error) {
    throw new UsageError(describeParseError(error, Object.keys(options)), {
      hint: helpHint,
      cause: error,
    });
  }
}

function describeParseError(error: unknown, names: readonly string[]): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(?:-\w, )?(--?[\w-]+)/.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const suggestion = option.startsWith('--') ? didYouMean(option.slice(2), names) : undefined;
      return `unknown option \`${option}\`${suggestion === undefined ? '' : `, did you mean \`--${suggestion}\`?`}`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing|ambiguous/.test(message)
        ? `option \`${option}\` needs a value`
        : `option \`${option}\` does not take a value`;
    default:
      return message.split('\n')[0] ?? message;
  }
}
