#!/usr/bin/env node
// @ts-check
/**
 * The `handbook` executable npm links. Node does not strip TypeScript under `node_modules`, so
 * an installed package runs the JavaScript compiled at pack time (`lib/`); this repository, the
 * product's source, runs its TypeScript directly, so a stale `lib/` is never used here. An older
 * Node gets one line saying so instead of a syntax error from deep inside the linter.
 */
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(
    `handbook: unexpected Node ${process.versions.node}, expected 22.12 or later (the \`node\` on PATH runs npm scripts and npx)\n`,
  );
  process.exit(2);
}
const installed = fileURLToPath(import.meta.url)
  .split(sep)
  .includes('node_modules');
await import(installed ? '../lib/linter/bin.js' : '../linter/bin.ts');
