/**
 * Vitest globalSetup of the `site` project: builds the sample handbook once into `siteDir`
 * (see site-dir.ts) unless the last build is newer than every input (content/, site/, linter/,
 * astro.config.mjs, package-lock.json). HANDBOOK_FORCE_BUILD=1 always rebuilds;
 * HANDBOOK_SKIP_BUILD=1 never does (use an existing build). A lock directory keeps two
 * concurrent test runs from building into the same folder at once.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { repoRoot, siteDir } from './site-dir.ts';

const STAMP = '.handbook-test-build';
const inputs = ['content', 'site', 'linter', 'astro.config.mjs', 'package-lock.json'];

/** Newest modification time (ms) of a file or of any file below a folder. */
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** True when the build in `siteDir` is newer than every input. */
export function isFresh(): boolean {
  const stamp = join(siteDir, STAMP);
  if (!existsSync(stamp)) return false;
  const built = statSync(stamp).mtimeMs;
  return inputs.every((input) => newestMtime(join(repoRoot, input)) <= built);
}

async function withLock<T>(fn: () => T): Promise<T> {
  const lock = `${siteDir}.lock`;
  mkdirSync(join(siteDir, '..'), { recursive: true });
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than 10 minutes belongs to a crashed run.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 10 * 60_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`Timed out waiting for the build lock ${lock}`);
      await new Promise((done) => setTimeout(done, 1000));
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Builds the site with the project's own Astro, on the Node that runs the tests. */
export function buildSite(root: string = repoRoot, outDir: string = siteDir): void {
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(`astro build failed (exit ${result.status}):\n${output}`);
  }
  writeFileSync(join(outDir, STAMP), new Date().toISOString());
}

export default async function setup(project: TestProject): Promise<void> {
  project.provide('siteDir', siteDir);
  if (process.env['HANDBOOK_SKIP_BUILD'] === '1' && existsSync(join(siteDir, 'index.html'))) return;
  await withLock(() => {
    if (process.env['HANDBOOK_FORCE_BUILD'] !== '1' && isFresh()) {
      console.log(`[site] reusing the build in ${siteDir}`);
      return;
    }
    const started = Date.now();
    console.log(`[site] building the sample handbook into ${siteDir} …`);
    buildSite();
    console.log(`[site] built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
  }
}
