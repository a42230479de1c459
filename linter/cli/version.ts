/** The tool's version, from its package.json. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The `version` field of the package that holds this file: the nearest `package.json` upward,
 * so it is found from the sources (`linter/cli/`) and from the compiled package (`lib/linter/cli/`).
 */
export function toolVersion(): string {
  if (cached === undefined) {
    const path = manifestPath(dirname(fileURLToPath(import.meta.url)));
    const manifest = (path === undefined ? {} : JSON.parse(readFileSync(path, 'utf8'))) as { version?: unknown };
    cached = typeof manifest.version === 'string' ? manifest.version : '0.0.0';
  }
  return cached;
}

function manifestPath(start: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'package.json');
    if (dirname(dir) === dir) return undefined;
  }
}
