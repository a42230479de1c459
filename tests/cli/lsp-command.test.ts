/** `handbook lsp` as a command: help, the flags editors pass, and what it refuses. */
import { describe, expect, it } from 'vitest';
import { run } from '../../linter/cli/run.ts';
import { memoryIo } from './helpers.ts';

describe('handbook lsp', () => {
  it('is listed in `handbook --help` and has its own help', async () => {
    const main = memoryIo(process.cwd());
    expect(await run(['--help'], main)).toBe(0);
    expect(main.out).toMatch(/^ {2}lsp +Run the language server/m);
    const help = memoryIo(process.cwd());
    expect(await run(['lsp', '--stdio', '--help'], help)).toBe(0);
    expect(help.out).toContain('Usage: handbook lsp [--stdio]');
  });

  it.each([
    [['lsp', '--socket=9000'], 'unknown option `--socket'],
    [['lsp', 'content'], 'unexpected argument `content`'],
    [['lsp', '--stdio'], 'the language server needs stdin and stdout'],
  ])('refuses %j with a usage error', async (argv, message) => {
    const io = memoryIo(process.cwd());
    expect(await run(argv, io)).toBe(2);
    expect(io.err).toContain(message);
    expect(io.out).toBe('');
  });
});
