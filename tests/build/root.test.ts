/**
 * One root, resolved once: a build started from another folder (`astro build --root COPY` with
 * the current folder elsewhere) reads the same handbook as the root itself — the config of the
 * root (`handbook.config.json` here shortens the review cadence and raises the tech-debt
 * capacity, so the health facts change with it) and the git dates of the root's checkout.
 * Before the root was passed down, `site/lib/handbook.ts` read the config and git dates from
 * `process.cwd()`.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../linter/config/load.ts';
import { alignmentHealth } from '../../linter/core/health.ts';
import { exportHealth, type StrategyExport } from '../../site/lib/derive/strategy-export.ts';
import { projectCopy, repo } from '../support/project-copy.ts';
import { siteEntries } from '../support/site-entries.ts';

const exec = promisify(execFile);

describe('a build started outside the handbook root', () => {
  let root = '';
  let elsewhere = '';
  let exported: StrategyExport;

  beforeAll(async () => {
    root = await projectCopy('root');
    // Inside the repository, so Vite still finds the packages from there (Astro writes its
    // prerender chunks under the current folder), but with no handbook config or content of its own.
    elsewhere = await mkdtemp(join(repo, 'tests', 'fixtures', 'cwd-'));
    await writeFile(
      join(root, 'handbook.config.json'),
      JSON.stringify({ review: { cadenceDays: 30 }, techDebt: { capacity: 0.5 } }),
    );
    // Its own checkout, so git dates come from the root and nowhere else.
    const git = {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    };
    for (const args of [
      ['init', '-q'],
      ['add', 'content'],
      ['commit', '-qm', 'content'],
    ])
      await exec('git', args, { cwd: root, env: git });
    const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0' };
    for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[key];
    await exec(join(repo, 'node_modules', '.bin', 'astro'), ['build', '--root', root], {
      cwd: elsewhere,
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
    exported = JSON.parse(
      await readFile(join(root, 'dist', 'strategy.json'), 'utf8'),
    ) as StrategyExport;
  }, 300_000);

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
    if (elsewhere) await rm(elsewhere, { recursive: true, force: true });
  });

  it('exports the health facts of the root’s config', async () => {
    const config = await loadConfig(root);
    const expected = exportHealth(
      alignmentHealth(await siteEntries(root), config, config.now),
      config.now,
    );
    expect(exported.health).toEqual(expected);
    // The root's 30-day cadence, not the default 180 of a config-less current folder.
    expect(
      exported.health?.stale.every(
        (item) => item.cadenceDays === (item.kind === 'review' ? 30 : 180),
      ),
    ).toBe(true);
    expect(exported.health?.stale.length).toBeGreaterThan(2);
  });

  it('dates briefs from the root’s git history', () => {
    expect(exported.initiatives.length).toBeGreaterThan(0);
    expect(
      exported.initiatives.every((brief) => /^\d{4}-\d{2}-\d{2}$/.test(brief.lastUpdated ?? '')),
    ).toBe(true);
  });
});
