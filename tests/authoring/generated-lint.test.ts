/**
 * The scaffolded brief passes every rule except the sections only its author can write:
 * linting a small handbook with the new brief reports exactly `brief-why` and
 * `brief-success-criteria` on it, and nothing anywhere else.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../linter/cli/run.ts';
import { loadConfig } from '../../linter/config/load.ts';
import { lintHandbook } from '../../linter/engine/lint-handbook.ts';
import { cleanUp, copyHandbook, memoryIo, NOW } from './helpers.ts';

afterEach(cleanUp);

async function lintNew(args: string[]) {
  const root = copyHandbook();
  expect(await run(['new', ...args], memoryIo(root))).toBe(0);
  const config = await loadConfig(root, { now: NOW });
  const results = await lintHandbook({ root, config, cache: false, workers: 0 });
  return { root, problems: results.filter((result) => result.messages.length > 0) };
}

const base = ['--owner', '@dana', '--pillar', 'platform-reliability'];

describe('the fixture handbook', () => {
  it('is clean before anything is added', async () => {
    const root = copyHandbook();
    const config = await loadConfig(root, { now: NOW });
    const results = await lintHandbook({ root, config, cache: false, workers: 0 });
    expect(results.filter((result) => result.messages.length > 0)).toEqual([]);
  });
});

describe('a new brief, linted', () => {
  it.each(['feature', 'enablement', 'tech-debt'])(
    '%s: exactly brief-why and brief-success-criteria errors',
    async (kind) => {
      const { problems } = await lintNew([
        'brief',
        '--title',
        'Faster search',
        '--kind',
        kind,
        ...base,
      ]);
      expect(problems.map((p) => p.file)).toEqual([
        'content/initiatives/2027-q1/faster-search.mdx',
      ]);
      const messages = problems[0]?.messages ?? [];
      expect(messages.map((m) => [m.ruleId, m.severity])).toEqual([
        ['brief-why', 'error'],
        ['brief-success-criteria', 'error'],
      ]);
    },
  );

  it('experiment: the author-only sections, and nothing else', async () => {
    const { problems } = await lintNew([
      'brief',
      '--title',
      'Try a chatbot',
      '--kind',
      'experiment',
      ...base,
    ]);
    const ids = new Set(problems.flatMap((p) => p.messages.map((m) => m.ruleId)));
    expect(
      [...ids].every((id) =>
        ['brief-why', 'brief-success-criteria', 'brief-experiment'].includes(id),
      ),
    ).toBe(true);
    expect(ids).toContain('brief-why');
    expect(ids).toContain('brief-success-criteria');
  });

  it('is clean once the author writes Why and Success criteria', async () => {
    const { root } = await lintNew([
      'brief',
      '--title',
      'Faster search',
      '--kind',
      'feature',
      ...base,
    ]);
    const path = join(root, 'content/initiatives/2027-q1/faster-search.mdx');
    const text = readFileSync(path, 'utf8')
      .replace(
        /(## Why\n\n\{\/\*.*\*\/\}\n)/,
        '$1\nSearch takes four seconds on large workspaces, and it is the most used feature after login. Support gets ten complaints a week.\n',
      )
      .replace(
        /(## Success criteria\n\n\{\/\*.*\*\/\}\n)/,
        '$1\n- p95 search latency from 4 s to under 1 s by 2027-03-31.\n',
      );
    writeFileSync(path, text);
    const config = await loadConfig(root, { now: NOW });
    const results = await lintHandbook({ root, config, cache: false, workers: 0 });
    expect(results.filter((result) => result.messages.length > 0)).toEqual([]);
  });
});

describe('new files and the rules that exist today', () => {
  it.each([
    [['pillar', '--title', 'Data trust', '--owner', '@ana', '--status', 'retired']],
    [['gap', '--title', 'Who pays', '--owner', '@ana', '--question', 'customer']],
  ])('%j: no frontmatter, MDX or safety problem', async (args) => {
    const { problems } = await lintNew(args);
    const ids = problems.flatMap((p) => p.messages.map((m) => m.ruleId));
    for (const id of [
      'frontmatter-yaml',
      'frontmatter-schema',
      'mdx-parse',
      'mdx-safe',
      'unique-id',
      'link-resolves',
    ]) {
      expect(ids).not.toContain(id);
    }
  });
});
