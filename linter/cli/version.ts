/** The tool's name and version, from its package.json. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package/package-root.ts';

let cached: { name: string; version: string } | undefined;

function manifest(): { name: string; version: string } {
  if (cached === undefined) {
    const fields = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as {
      name?: unknown;
      version?: unknown;
    };
    cached = {
      name: typeof fields.name === 'string' ? fields.name : 'strategy-handbook',
      version: typeof fields.version === 'string' ? fields.version : '0.0.0',
    };
  }
  return cached;
}

/** The `version` field of the package that holds this file (sources or compiled `lib/`). */
export function toolVersion(): string {
  return manifest().version;
}

/** The package's `name`: `strategy-handbook`, or the name a company publishes its copy under. */
export function toolName(): string {
  return manifest().name;
}
