/**
 * Vitest globalSetup of the `site` project: builds the sample handbook once per run and hands
 * its folder to the tests (`inject('siteDir')`). The build is reused when it is newer than every
 * input (content/, site/, linter/, astro.config.mjs, package-lock.json).
 *
 * - HANDBOOK_FORCE_BUILD=1 always rebuilds; HANDBOOK_SKIP_BUILD=1 reuses the newest build as is.
 * - Every build goes to a new folder under `buildsDir` and `current` points at the newest, so a
 *   concurrent run that rebuilds never deletes a site another run is still testing; a lock
 *   directory keeps two runs from building at the same time. Builds older than an hour are pruned.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildsDir, repoRoot } from './site-dir.ts';

const inputs = ['content', 'site', 'linter', 'astro.config.mjs', 'package-lock.json'];
const CURRENT = join(buildsDir, 'current');
const LOCK = join(buildsDir, '.lock');

/** Newest modification time (ms) of a file or of any file below a folder. */
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** The folder of the newest complete build, if any. */
export function currentBuild(): string | undefined {
  if (!existsSync(CURRENT)) return undefined;
  const dir = join(buildsDir, readFileSync(CURRENT, 'utf8').trim());
  return existsSync(join(dir, 'index.html')) ? dir : undefined;
}

/** True when `dir` was built after the last change to any input. */
function isFresh(dir: string): boolean {
  const built = statSync(join(dir, 'index.html')).mtimeMs;
  return inputs.every((input) => newestMtime(join(repoRoot, input)) <= built);
}

async function withLock<T>(fn: () => T): Promise<T> {
  mkdirSync(buildsDir, { recursive: true });
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // A lock older than 10 minutes belongs to a crashed run.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 10 * 60_000)
        rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`Timed out waiting for the build lock ${LOCK}`);
      await new Promise((done) => setTimeout(done, 1000));
    }
  }
  try {
    return fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Builds the site with the project's own Astro, on the Node that runs the tests. */
export function buildSite(outDir: string, root: string = repoRoot): void {
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], {
    cwd: root,
    encoding: 'utf8',
    // Vitest sets NODE_ENV=test, which would make a non-production build without search.
    env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`
      .trim()
      .split('\n')
      .slice(-40)
      .join('\n');
    throw new Error(`astro build failed (exit ${result.status}):\n${output}`);
  }
}

function pruneOldBuilds(keep: string): void {
  for (const name of readdirSync(buildsDir)) {
    const dir = join(buildsDir, name);
    if (!name.startsWith('build-') || dir === keep) continue;
    if (Date.now() - statSync(dir).mtimeMs > 60 * 60_000)
      rmSync(dir, { recursive: true, force: true });
  }
}

/** The folder of a fresh build of the sample site, building it when needed. */
export async function ensureSite(): Promise<string> {
  const existing = currentBuild();
  if (existing && process.env['HANDBOOK_SKIP_BUILD'] === '1') return existing;
  return withLock(() => {
    const current = currentBuild();
    if (current && process.env['HANDBOOK_FORCE_BUILD'] !== '1' && isFresh(current)) {
      console.log(`[site] reusing the build in ${current}`);
      return current;
    }
    const name = `build-${Date.now()}-${process.pid}`;
    const outDir = join(buildsDir, name);
    const started = Date.now();
    console.log(`[site] building the sample handbook into ${outDir} …`);
    buildSite(outDir);
    writeFileSync(`${CURRENT}.tmp`, name);
    renameSync(`${CURRENT}.tmp`, CURRENT);
    console.log(`[site] built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    pruneOldBuilds(outDir);
    return outDir;
  });
}

export default async function setup(project: TestProject): Promise<void> {
  project.provide('siteDir', await ensureSite());
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of the built sample site. */
    siteDir: string;
  }
}
