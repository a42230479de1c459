/**
 * Where the test build of the sample site lives, shared by the global setup and the tests.
 * Outside `dist/` so a developer's own `npm run build` and a test run never overwrite each other.
 * Override with HANDBOOK_SITE_DIR.
 */
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

/** The handbook root (the repository). */
export const repoRoot: string = fileURLToPath(new URL('../../', import.meta.url)).replace(
  /\/$/,
  '',
);

/**
 * Where test builds of the sample site go. Each build gets its own folder below it and
 * `current` names the newest, so a run that builds never wipes a site another run is testing.
 */
export const buildsDir: string = resolve(
  process.env['HANDBOOK_SITE_DIR'] ??
    join(repoRoot, 'node_modules', '.cache', 'handbook-test-site'),
);
