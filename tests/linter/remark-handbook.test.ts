/**
 * The remark plugin `astro dev` runs: it fails the file being compiled on its first lint error
 * (Astro shows it in the error overlay), passes clean files, and stands down in `astro build`,
 * where the integration has already linted the whole handbook.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { afterAll, describe, expect, it } from 'vitest';
import { remarkHandbook } from '../../linter/build/remark-handbook.ts';
import { makeConfig } from '../rules/rule-tester.ts';
import { faultBrief } from '../support/faults.ts';

const roots: string[] = [];
afterAll(async () => Promise.all(roots.map((root) => rm(root, { recursive: true, force: true }))));

async function handbookWith(name: string, source: string): Promise<{ root: string; path: string }> {
  const root = await mkdtemp(join(tmpdir(), 'handbook-remark-'));
  roots.push(root);
  await mkdir(join(root, 'content', 'initiatives'), { recursive: true });
  const path = join(root, 'content', 'initiatives', name);
  await writeFile(path, source);
  return { root, path };
}

const tree = { type: 'root' as const, children: [] };

describe('remarkHandbook', () => {
  it('fails a brief without a Why with file:line:col rule-id message', async () => {
    const { root, path } = await handbookWith('no-why.mdx', faultBrief('growth', { 11: null, 12: null, 13: null, 14: null }));
    const transform = remarkHandbook({ root, config: makeConfig() });
    const file = new VFile({ path, value: '' });
    expect(() => transform(tree, file)).toThrow(/^content\/initiatives\/no-why\.mdx:10:1 brief-why Missing `## Why` section/);
    expect(file.messages[0]).toMatchObject({ ruleId: 'brief-why', source: 'handbook', line: 10, column: 1, fatal: true });
  });

  it('passes a clean brief (cross-file rules are the integration’s job)', async () => {
    const { root, path } = await handbookWith('fine.mdx', faultBrief('growth'));
    const file = new VFile({ path, value: '' });
    remarkHandbook({ root, config: makeConfig() })(tree, file);
    expect(file.messages).toEqual([]);
  });

  it('does nothing once the whole handbook was linted, and ignores files outside content/', async () => {
    const { root, path } = await handbookWith('no-why.mdx', faultBrief('growth', { 11: null, 12: null, 13: null, 14: null }));
    expect(() => remarkHandbook({ root, config: makeConfig(), skip: () => true })(tree, new VFile({ path, value: '' }))).not.toThrow();
    expect(() => remarkHandbook({ root, config: makeConfig() })(tree, new VFile({ path: join(root, 'site', 'x.mdx'), value: '' }))).not.toThrow();
  });
});
