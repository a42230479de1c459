/** The subcommands of `handbook`, by name. Add one here (e.g. `new`) and it is dispatched and listed. */
import type { Command } from './io.ts';
import { createLintCommand } from './lint-command.ts';
import { createNewCommand } from './new-command.ts';

export const commands: Readonly<Record<string, Command>> = {
  lint: createLintCommand(),
  new: createNewCommand(),
};
