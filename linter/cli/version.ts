/** The tool's version, from its package.json. */
import { readFileSync } from 'node:fs';

let cached: string | undefined;

/** The `version` field of the package that holds this file. */
export function toolVersion(): string {
  if (cached === undefined) {
    const manifest = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as {
      version?: unknown;
    };
    cached = typeof manifest.version === 'string' ? manifest.version : '0.0.0';
  }
  return cached;
}
