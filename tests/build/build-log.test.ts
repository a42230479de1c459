/**
 * The build log of the sample handbook holds no warnings other than the lint summary: a warning
 * nobody acts on hides the one that matters. Builds the sample once more (into a temporary
 * folder), because the shared test build is reused without a log.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../setup/site-dir.ts';

/** A log without colour codes (Astro colours its labels when `CI` is set). */
const plain = (log: string): string => log.replace(/\x1b\[[0-9;]*m/g, '');

/** Lines of a log that warn; the linter's own summary is not one. */
function warningLines(log: string): string[] {
  return plain(log)
    .split('\n')
    .filter((line) => /\[WARN\]|\bwarn(ing)?\b/i.test(line))
    .filter((line) => !/\[handbook-lint\]/.test(line));
}

describe('sample build log', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'handbook-build-log-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('has no warnings other than the lint summary', () => {
    const astro = join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
    const result = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    const log = `${result.stdout ?? ''}\n${result.stderr ?? ''}`;
    expect(result.status, log.slice(-2000)).toBe(0);
    expect(plain(log)).toMatch(/\[handbook-lint\] handbook lint:/);
    expect(warningLines(log)).toEqual([]);
  });
});
