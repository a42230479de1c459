/** The tool's version, from its package.json. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package/package-root.ts';

let cached: string | undefined;

/** The `version` field of the package that holds this file (sources or compiled `lib/`). */
export function toolVersion(): string {
  if (cached === undefined) {
    const manifest = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version?: unknown };
    cached = typeof manifest.version === 'string' ? manifest.version : '0.0.0';
  }
  return cached;
}
