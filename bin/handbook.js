#!/usr/bin/env node
// @ts-check
/**
 * The `handbook` executable npm links. Node does not strip TypeScript under `node_modules`, so
 * an installed package runs the JavaScript compiled at pack time (`lib/`); this repository, the
 * product's source, runs its TypeScript directly, so a stale `lib/` is never used here.
 */
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const installed = fileURLToPath(import.meta.url).split(sep).includes('node_modules');
await import(installed ? '../lib/linter/bin.js' : '../linter/bin.ts');
