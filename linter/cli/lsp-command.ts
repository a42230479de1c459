/**
 * `handbook lsp [--stdio]`: starts the language server (`linter/lsp/`) on stdin and stdout. The
 * `--stdio` flag editors' LSP clients pass is accepted (stdio is the only transport), as is the
 * `--clientProcessId` some clients add. The server runs until the client sends `exit`.
 */
import { UsageError } from '../errors.ts';
import { lintInChild } from './cold-lint.ts';
import { parseCommandArgs } from './args.ts';
import { findHandbookRoot } from './handbook-root.ts';
import type { Command } from './io.ts';
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
      const { startServer } = await import('../lsp/server.ts');
      startServer({
        input: io.streams.input,
        output: io.streams.output,
        cwd: io.cwd,
        env: io.env,
        findRoot: findHandbookRoot,
        version: toolVersion(),
        ...(io.self ? { fillCache: (root: string) => lintInChild(io.self!, root, io.env) } : {}),
      });
      // The connection ends the process on `exit`; until then this command does not return.
      return new Promise<number>(() => undefined);
    },
  };
}
