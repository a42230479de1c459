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

process.exitCode = await run(argv, {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  interactive: process.stdin.isTTY === true && process.stdout.isTTY === true,
  signal: interrupt.signal,
});
