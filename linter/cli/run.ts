/**
 * The `handbook` command line: dispatches to a subcommand and turns failures into exit codes.
 * Never touches `process`; `bin.ts` passes argv and the Io.
 */
import { didYouMean } from '../engine/suggest.ts';
import { isUsageError, UsageError } from '../errors.ts';
import { commands as defaultCommands } from './commands.ts';
import type { Command, Io } from './io.ts';
import { toolVersion } from './version.ts';

export type { Io } from './io.ts';

const HELP_HINT = 'Run `handbook --help` for usage.';

/** `handbook --help`: the commands come from the dispatch table. */
export function mainHelp(commands: Readonly<Record<string, Command>>): string {
  const names = Object.keys(commands).sort();
  const width = Math.max(...names.map((name) => name.length));
  const list = names
    .map((name) => `  ${name.padEnd(width)}  ${commands[name]?.summary ?? ''}`)
    .join('\n');
  return `Usage: handbook <command> [options]

Commands:
${list}

Options:
  -h, --help      Show this help (\`handbook <command> --help\` for a command's options)
  -v, --version   Show the version
`;
}

/** Runs `handbook` with `argv` (without node and script); resolves to the exit code. */
export async function run(
  argv: string[],
  io: Io,
  commands: Readonly<Record<string, Command>> = defaultCommands,
): Promise<number> {
  try {
    return await dispatch(argv, io, commands);
  } catch (error) {
    if (isUsageError(error)) {
      const stop = /[.?!]$/.test(error.message) ? '' : '.';
      io.stderr(
        `handbook: ${error.message}${error.hint === undefined ? '' : `${stop} ${error.hint}`}\n`,
      );
      return 2;
    }
    const debug = io.env['HANDBOOK_DEBUG'];
    if (
      debug !== undefined &&
      debug !== '' &&
      error instanceof Error &&
      error.stack !== undefined
    ) {
      io.stderr(`handbook: internal error: ${error.stack}\n`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      io.stderr(
        `handbook: internal error: ${message.split('\n')[0]} (set HANDBOOK_DEBUG=1 for the stack trace)\n`,
      );
    }
    return 2;
  }
}

async function dispatch(
  argv: string[],
  io: Io,
  commands: Readonly<Record<string, Command>>,
): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('missing command', { hint: HELP_HINT });
  if (first === '--help' || first === '-h' || first === 'help') {
    const named = rest[0] === undefined ? undefined : commands[rest[0]];
    if (named) return named.run(['--help'], io);
    io.stdout(mainHelp(commands));
    return 0;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${toolVersion()}\n`);
    return 0;
  }
  if (first.startsWith('-'))
    throw new UsageError(`unknown option \`${first}\`, expected a command first`, {
      hint: HELP_HINT,
    });
  const command = Object.hasOwn(commands, first) ? commands[first] : undefined;
  if (command === undefined) {
    const suggestion = didYouMean(first, Object.keys(commands));
    const mean = suggestion === undefined ? '' : `, did you mean \`${suggestion}\`?`;
    throw new UsageError(`unknown command \`${first}\`${mean}`, { hint: HELP_HINT });
  }
  return command.run(rest, io);
}
