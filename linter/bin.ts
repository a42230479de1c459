#!/usr/bin/env node
/** The `handbook` executable: the only module that touches `process`. */
import { run } from './cli/run.ts';

process.exitCode = await run(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
});
