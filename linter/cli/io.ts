/** What the CLI may touch of the outside world; `bin.ts` wires it to `process`, tests to arrays. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The directory relative paths and the default root resolve against. */
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (decides colour). */
  isTTY: boolean;
  /** Whether stdin and stdout are both terminals, so a command may prompt (`handbook new`). */
  interactive?: boolean | undefined;
  /** "Today" for staleness checks; defaults to the current time. */
  now?: Date | undefined;
  /** The raw standard streams, for commands that speak a protocol on them (`handbook lsp`). */
  streams?: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream } | undefined;
  /**
   * How to run this tool again as a child process (Node's executable and the entry script), for
   * work whose memory must leave with the process: the language server's cold first lint.
   */
  self?: { execPath: string; script: string } | undefined;
  /** Aborted on Ctrl-C; ends long-running commands such as `handbook lint --watch`. */
  signal?: AbortSignal | undefined;
}

/** A subcommand: `handbook <name> …`. */
export interface Command {
  /** One line for the command list in `handbook --help`. */
  summary: string;
  /** Runs with the arguments after the command name; returns the exit code. */
  run(args: string[], io: Io): Promise<number>;
}

/** Whether output should be coloured: a terminal, unless NO_COLOR; FORCE_COLOR overrides. */
export function wantsColor(io: Io): boolean {
  const force = io.env['FORCE_COLOR'];
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return false;
  return io.isTTY && io.env['TERM'] !== 'dumb';
}
