/**
 * The subcommands of `handbook`, by name. Add one here and it is dispatched and listed. Each
 * command's module loads only when it runs, so `handbook lint` does not pay for the
 * scaffolder's prompt library, nor `handbook new` for the linter.
 */
import type { Command } from './io.ts';

function lazy(summary: string, load: () => Promise<Command>): Command {
  return { summary, run: async (args, io) => (await load()).run(args, io) };
}

export const commands: Readonly<Record<string, Command>> = {
  diff: lazy('Show what a change does to the strategy (markdown or json)', async () =>
    (await import('./diff-command.ts')).createDiffCommand(),
  ),
  init: lazy('Start a new handbook in an empty folder', async () =>
    (await import('./init-command.ts')).createInitCommand(),
  ),
  lint: lazy('Check the handbook content (default command for CI)', async () =>
    (await import('./lint-command.ts')).createLintCommand(),
  ),
  lsp: lazy('Run the language server for editors (LSP over stdio)', async () =>
    (await import('./lsp-command.ts')).createLspCommand(),
  ),
  new: lazy('Scaffold a brief, pillar, vision answer or gap', async () =>
    (await import('./new-command.ts')).createNewCommand(),
  ),
};
