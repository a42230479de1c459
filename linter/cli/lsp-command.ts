/**
 * `handbook lsp [--stdio]`: starts the language server (`linter/lsp/`) on stdin and stdout. The
 * `--stdio` flag editors' LSP clients pass is accepted (stdio is the only transport), as is the
 * `--clientProcessId` some clients add. The server runs until the client sends `exit`.
 */
import { Worker } from 'node:worker_threads';
import { UsageError } from '../errors.ts';
import { siblingModule } from '../sibling-module.ts';
import { parseCommandArgs } from './args.ts';
import type { Command } from './io.ts';
import type { LspThreadData } from './lsp-thread.ts';
import { toolVersion } from './version.ts';

export const LSP_HELP = `Usage: handbook lsp [--stdio]

Runs the handbook language server over stdin and stdout, for editors: diagnostics as you type
(cross-file rules included), quick fixes, document symbols, and completion of pillar and brief
ids in frontmatter. The handbook is found upward from the editor's workspace folder.
Set-up for VS Code, Neovim and Helix: see "Editor integration" in the README.

Options:
  --stdio          Talk LSP over stdin and stdout (the default and only transport)
  -h, --help       Show this help
  -v, --version    Show the version
`;

const HELP_HINT = 'Run `handbook lsp --help` for usage.';

const lspOptions = {
  stdio: { type: 'boolean' },
  clientProcessId: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

export function createLspCommand(): Command {
  return {
    summary: 'Run the language server for editors (LSP over stdio)',
    async run(args, io) {
      const { values, positionals } = parseCommandArgs(args, lspOptions, HELP_HINT);
      if (values.help) {
        io.stdout(LSP_HELP);
        return 0;
      }
      if (values.version) {
        io.stdout(`${toolVersion()}\n`);
        return 0;
      }
      if (positionals.length > 0)
        throw new UsageError(`unexpected argument \`${positionals[0]}\`, expected options only`, {
          hint: HELP_HINT,
        });
      if (!io.streams)
        throw new UsageError(
          'the language server needs stdin and stdout, expected to be run by an editor',
          { hint: HELP_HINT },
        );
      const data: LspThreadData = {
        cwd: io.cwd,
        env: io.env,
        version: toolVersion(),
        self: io.self,
      };
      return runOnThread(data, io.streams, (line) => io.stderr(line));
    },
  };
}

/** A 16 MiB young generation: the server's edits cost the same, its resident memory 60–100 MiB less. */
const THREAD_LIMITS = { maxYoungGenerationSizeMb: 16 };

/** Runs the server on a worker thread wired to `streams`; resolves with the thread's exit code. */
function runOnThread(
  data: LspThreadData,
  streams: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream },
  stderr: (text: string) => void,
): Promise<number> {
  const worker = new Worker(siblingModule('lsp-thread', import.meta.url), {
    workerData: data,
    stdin: true,
    stdout: true,
    resourceLimits: THREAD_LIMITS,
  });
  streams.input.pipe(worker.stdin as NodeJS.WritableStream);
  worker.stdout.pipe(streams.output);
  return new Promise((resolve) => {
    worker.on('error', (error) => {
      stderr(`handbook lsp: the server stopped: ${error.message.split('\n')[0]}\n`);
      resolve(1);
    });
    // The client's `exit` ends the thread (process.exit there); the process follows with its code.
    worker.on('exit', (code) => {
      // stdin would keep the process alive after the server has gone.
      streams.input.unpipe();
      (streams.input as Partial<NodeJS.ReadStream>).destroy?.();
      resolve(code);
    });
  });
}
