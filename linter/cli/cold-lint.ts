/**
 * The language server's cold start: when the lint cache covers little of the handbook (first
 * start, or after any linter or config change), a child `handbook lint` fills it, on worker
 * threads, and exits. The server then builds its index from the cache. Building it in the
 * server's own process instead would keep the allocator's pages of that whole lint resident for
 * as long as the editor runs (300–400 MiB at 5,000 briefs, against about 250 MiB from the cache),
 * and a child's memory is returned to the system when it exits.
 */
import { spawn } from 'node:child_process';

/** Runs `handbook lint` in `root` as a child process; resolves true when it ran to a verdict (exit 0 or 1). */
export function lintInChild(
  self: { execPath: string; script: string },
  root: string,
  env: Record<string, string | undefined>,
): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(self.execPath, [self.script, 'lint', '--format', 'json'], {
      cwd: root,
      env,
      stdio: 'ignore',
    });
    child.on('error', () => resolve(false));
    child.on('exit', (code) => resolve(code === 0 || code === 1));
  });
}
