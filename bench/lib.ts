/**
 * Helpers of `npm run bench`: run a command as a child process under `/usr/bin/time` (for its
 * peak RSS), time it, and take medians.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Sample {
  /** Wall-clock seconds. */
  wall: number;
  /** Peak resident set size of the child (its largest process), in MiB. */
  rssMiB: number;
  code: number;
}

const TIME = '/usr/bin/time';
export const hasGnuTime = existsSync(TIME);

/**
 * Runs `command args` in `cwd`, stdout to /dev/null, and measures it. Peak RSS comes from GNU
 * time (`%M`: max RSS of the child, KiB); without it, from a preload that prints
 * `process.resourceUsage().maxRSS` on exit (Node commands only).
 */
export async function measure(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; okCodes?: readonly number[] },
): Promise<Sample> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-'));
  const out = join(dir, 'rss');
  const argv = hasGnuTime
    ? [TIME, '-f', '%M', '-o', out, command, ...args]
    : [command, '--import', new URL('./max-rss.ts', import.meta.url).href, ...args];
  const start = performance.now();
  let stderr = '';
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(argv[0] as string, argv.slice(1), {
      cwd: options.cwd,
      env: { ...process.env, ...options.env, ...(hasGnuTime ? {} : { BENCH_MAX_RSS_FILE: out }) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    child.on('error', reject);
    child.on('close', (status) => resolve(status ?? 1));
  });
  const wall = (performance.now() - start) / 1000;
  let rssKiB = 0;
  try {
    const text = (await readFile(out, 'utf8')).trim().split('\n');
    rssKiB = Number(text[text.length - 1]);
  } catch {
    // no figure
  }
  await rm(dir, { recursive: true, force: true });
  const ok = options.okCodes ?? [0, 1];
  if (!ok.includes(code))
    throw new Error(
      `\`${[command, ...args].join(' ')}\` exited with ${code} in ${options.cwd}:\n${stderr}`,
    );
  return { wall, rssMiB: rssKiB / 1024, code };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Runs `once` `runs` times (after `before` each time) and returns the medians. */
export async function medianOf(
  runs: number,
  once: () => Promise<Sample>,
  before?: () => Promise<void>,
): Promise<{ wall: number; rssMiB: number; walls: number[] }> {
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    await before?.();
    samples.push(await once());
  }
  return {
    wall: median(samples.map((s) => s.wall)),
    rssMiB: median(samples.map((s) => s.rssMiB)),
    walls: samples.map((s) => s.wall),
  };
}
