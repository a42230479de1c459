/**
 * Where the strategy-handbook package is: the nearest folder above this module that holds a
 * `package.json`. That is this repository when running from the sources, and
 * `node_modules/strategy-handbook` when installed (its compiled code lives in `lib/`, one level
 * deeper, so a fixed `../..` would point at the wrong folder in one of the two).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package folder above `from` (default: this module). */
export function packageRoot(from: string = fileURLToPath(import.meta.url)): string {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir)
      throw new Error(
        `Unexpected missing \`package.json\` above ${from}, expected the strategy-handbook package`,
      );
  }
}
