/**
 * The Astro integration outside a real Astro process: `astro dev`'s whole-handbook re-lint logs
 * every problem through Astro's logger (whose methods read `this`: calling them detached logged
 * "Cannot read properties of undefined (reading 'options')" on every edit, and cross-file errors
 * were never shown), and allowlisted docs imports are pinned to the project's own packages.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { handbookLint, pinnedImports } from '../../linter/build/integration.ts';
import { makeConfig } from '../rules/rule-tester.ts';
import { faultBrief } from '../support/faults.ts';
import { repo } from '../support/project-copy.ts';

const roots: string[] = [];
afterAll(() => Promise.all(roots.map((root) => rm(root, { recursive: true, force: true }))));

/** A logger that, like Astro's, needs `this`. */
class StrictLogger {
  readonly #lines: string[] = [];
  info(line: string) {
    this.#lines.push(`info ${line}`);
  }
  warn(line: string) {
    this.#lines.push(`warn ${line}`);
  }
  error(line: string) {
    this.#lines.push(`error ${line}`);
  }
  get lines() {
    return this.#lines;
  }
}

describe('handbook integration', () => {
  it('re-lints the whole handbook on a content change in dev and logs cross-file errors', async () => {
    const root = await mkdtemp(join(tmpdir(), 'handbook-integration-'));
    roots.push(root);
    await mkdir(join(root, 'content', 'initiatives'), { recursive: true });
    const brief = join(root, 'content', 'initiatives', 'orphan.mdx');
    await writeFile(brief, faultBrief('no-such-pillar'));
    const { integration } = handbookLint({ root, config: makeConfig() });
    const listeners: ((path: string) => void)[] = [];
    const logger = new StrictLogger();
    integration.hooks['astro:server:setup']({
      server: {
        watcher: {
          on: (_event: string, listener: (path: string) => void) => listeners.push(listener),
        },
      },
      logger,
    });
    for (const listener of listeners) listener(brief);
    await expect
      .poll(() => logger.lines.find((line) => line.includes('brief-pillar')), { timeout: 20_000 })
      .toBeDefined();
    expect(logger.lines.find((line) => line.includes('brief-pillar'))).toMatch(
      /^error error content\/initiatives\/orphan\.mdx:6:9 brief-pillar /,
    );
    expect(logger.lines.join('\n')).not.toContain('Cannot read properties');
  }, 30_000);

  it('pins allowed docs imports to the package installed at the project root', async () => {
    const root = await mkdtemp(join(repo, 'tests', 'fixtures', 'integration-pin-'));
    roots.push(root);
    // A planted copy under content/ that Vite would otherwise find first from a doc's folder.
    const planted = join(root, 'content', 'docs', 'node_modules', '@astrojs', 'starlight');
    await mkdir(planted, { recursive: true });
    await writeFile(
      join(planted, 'package.json'),
      JSON.stringify({ name: '@astrojs/starlight', exports: { './components': './evil.js' } }),
    );
    await writeFile(join(planted, 'evil.js'), 'export const Aside = 1;');
    const [alias] = pinnedImports(root, ['@astrojs/starlight/components']);
    expect(alias?.find.test('@astrojs/starlight/components')).toBe(true);
    expect(alias?.find.test('@astrojs/starlight/components/x')).toBe(false);
    expect(alias?.replacement).toBe(
      join(repo, 'node_modules', '@astrojs', 'starlight', 'dist', 'components.ts'),
    );
    expect(pinnedImports(root, ['not-installed-anywhere'])).toEqual([]);
  });
});
