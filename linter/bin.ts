#!/usr/bin/env node
/** The `handbook` executable: the only module that touches `process`. */
import { enableCompileCache } from 'node:module';

// Cache V8 code for the linter's modules between runs (CI lints on every pull request).
enableCompileCache?.();
const { run } = await import('./cli/run.ts');

const argv = process.argv.slice(2);
// Only `--watch` runs until interrupted: Ctrl-C ends it cleanly; other commands keep Node's default.
const interrupt = new AbortController();
if (argv.includes('--watch')) process.once('SIGINT', () => interrupt.abort());

// A reader that stops early (`handbook lint | head -1`) closes the pipe: what is left of the
// report has nowhere to go. Drop it quietly and finish with the run's own exit code, as
// ESLint and other Unix tools do, instead of crashing on EPIPE with a stack trace.
const closed = { stdout: false, stderr: false };
const quietOnClose = (name: keyof typeof closed) => (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  closed[name] = true;
};
process.stdout.on('error', quietOnClose('stdout'));
process.stderr.on('error', quietOnClose('stderr'));

process.exitCode = await run(argv, {
  stdout: (text) => void (closed.stdout || process.stdout.write(text)),
  stderr: (text) => void (closed.stderr || process.stderr.write(text)),
  cwd: process.cwd(),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  interactive: process.stdin.isTTY === true && process.stdout.isTTY === true,
  signal: interrupt.signal,
  streams: { input: process.stdin, output: process.stdout },
  self: process.argv[1] ? { execPath: process.execPath, script: process.argv[1] } : undefined,
});
