/**
 * A throwaway copy of the project for tests that build it: inside the repository (packages
 * resolve from the repo's node_modules by walking up, and Vite sees their real paths), without
 * node_modules, dist, .git, tests or bench. `buildCopy` runs the real `npm run build` on it.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);
export const repo = resolve(import.meta.dirname, '../..');

export async function projectCopy(prefix: string): Promise<string> {
  await mkdir(join(repo, 'tests', 'fixtures'), { recursive: true });
  const dir = await mkdtemp(join(repo, 'tests', 'fixtures', `${prefix}-`));
  for (const name of await readdir(repo)) {
    if (['node_modules', 'dist', '.astro', '.git', 'tests', 'bench'].includes(name)) continue;
    await cp(join(repo, name), join(dir, name), { recursive: true });
  }
  return dir;
}

export interface BuildOutcome {
  code: number;
  output: string;
}

/** `npm run build` in `root`, as a newcomer runs it (npm puts the repo's Node 24 on PATH); never throws. */
export async function buildCopy(
  root: string,
  env: Record<string, string> = {},
): Promise<BuildOutcome> {
  try {
    const { stdout, stderr } = await exec('npm', ['run', 'build', '--silent'], {
      cwd: root,
      env: {
        ...withoutViteEnv(process.env),
        PATH: `${join(repo, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}`,
        FORCE_COLOR: '0',
        ...env,
      },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return {
      code: typeof failed.code === 'number' ? failed.code : 1,
      output: `${failed.stdout ?? ''}${failed.stderr ?? ''}`,
    };
  }
}

/**
 * The environment without the `import.meta.env` values Vitest copies into `process.env`
 * (`BASE_URL`, `MODE`, `DEV`, `PROD`, `SSR`): a build started from a test would read them as its
 * own and ignore `base` (and build without search).
 */
function withoutViteEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete copy[key];
  return copy;
}
