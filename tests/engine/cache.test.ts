/**
 * The lint cache can cost a re-lint, never a verdict: a cache file on disk that is damaged
 * (bad JSON, truncated, wrong shape) or consistent-looking but lying (its messages emptied, an
 * entry moved from a clean file) is dropped and the files are linted again. The exploit each
 * case closes: a brief with a `{process.exit()}` expression passing `handbook lint` (exit 0),
 * or a broken cache turning the run into an internal error (exit 2).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../linter/cli/run.ts';
import { cachePath } from '../../linter/engine/cache.ts';
import { memoryIo } from '../cli/helpers.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

const fm = (title: string) => `---\ntitle: ${title}\ndescription: A page.\n---\n\n`;
const HOSTILE = 'content/docs/hostile.mdx';
const CLEAN = 'content/docs/clean.mdx';

/** A handbook with one clean page and one that runs code at build time. */
function handbook(): string {
  const root = mkdtempSync(join(tmpdir(), 'handbook-cache-'));
  roots.push(root);
  mkdirSync(join(root, 'content', 'docs'), { recursive: true });
  writeFileSync(
    join(root, 'handbook.config.json'),
    JSON.stringify({ rules: { 'pillar-count': 'off', 'vision-complete': 'off' } }),
  );
  writeFileSync(join(root, CLEAN), `${fm('Clean')}Text.\n`);
  writeFileSync(join(root, HOSTILE), `${fm('Hostile')}{process.exit()}\n`);
  return root;
}

async function lint(root: string): Promise<{
  code: number;
  report: { file: string; messages: { ruleId: string; line: number }[] }[];
  err: string;
}> {
  const io = memoryIo(root);
  const code = await run(['lint', '--format', 'json'], io);
  return { code, report: io.out ? (JSON.parse(io.out) as never) : [], err: io.err };
}

/** Asserts the true verdict: exit 1, `mdx-safe` on the hostile page, nothing on the clean one. */
async function expectTrueVerdict(root: string): Promise<void> {
  const { code, report, err } = await lint(root);
  expect(err).toBe('');
  expect(code).toBe(1);
  expect(report).toEqual([
    { file: CLEAN, messages: [] },
    { file: HOSTILE, messages: [expect.objectContaining({ ruleId: 'mdx-safe', line: 6 })] },
  ]);
}

type CacheJson = {
  format: number;
  fingerprint: string;
  entries: Record<
    string,
    { hash: string; digest: string; outcome: { messages: unknown[]; facts: { path: string } } }
  >;
};
const readCache = (root: string) => JSON.parse(readFileSync(cachePath(root), 'utf8')) as CacheJson;
const writeCache = (root: string, value: unknown) =>
  writeFileSync(cachePath(root), typeof value === 'string' ? value : JSON.stringify(value));

describe('the lint cache never decides a verdict', () => {
  it('a warm run reuses the cache without rewriting it (the cases below exercise a cache that is used)', async () => {
    const root = handbook();
    await expectTrueVerdict(root);
    const before = statSync(cachePath(root)).mtimeMs;
    const text = readFileSync(cachePath(root), 'utf8');
    await expectTrueVerdict(root);
    expect(statSync(cachePath(root)).mtimeMs).toBe(before);
    expect(readFileSync(cachePath(root), 'utf8')).toBe(text);
  });

  it('an entry rewritten to say "no messages" is dropped: `{process.exit()}` still fails `mdx-safe`', async () => {
    const root = handbook();
    await expectTrueVerdict(root);
    const cache = readCache(root);
    const entry = cache.entries[HOSTILE];
    expect(entry?.outcome.messages).toHaveLength(1);
    if (entry) entry.outcome.messages = [];
    writeCache(root, cache);
    await expectTrueVerdict(root);
    // The entry was replaced by a true one.
    expect(readCache(root).entries[HOSTILE]?.outcome.messages).toHaveLength(1);
  });

  it("the clean page's entry copied over the hostile page's (with the hostile page's hash) is dropped", async () => {
    const root = handbook();
    await expectTrueVerdict(root);
    const cache = readCache(root);
    const clean = cache.entries[CLEAN];
    const hostile = cache.entries[HOSTILE];
    if (!clean || !hostile) throw new Error('missing entries');
    cache.entries[HOSTILE] = {
      ...clean,
      hash: hostile.hash,
      outcome: { ...clean.outcome, facts: { ...clean.outcome.facts, path: HOSTILE } },
    };
    writeCache(root, cache);
    await expectTrueVerdict(root);
  });

  it('an entry whose facts name another file is dropped', async () => {
    const root = handbook();
    await expectTrueVerdict(root);
    const cache = readCache(root);
    const hostile = cache.entries[HOSTILE];
    if (hostile) hostile.outcome.facts.path = CLEAN;
    writeCache(root, cache);
    await expectTrueVerdict(root);
  });

  const damaged: [string, (cache: CacheJson, text: string) => unknown][] = [
    ['bad JSON', () => '{"format": 2, '],
    ['truncated', (_cache, text) => text.slice(0, Math.floor(text.length / 2))],
    ['empty', () => ''],
    ['`null`', () => null],
    ['an array', () => []],
    ['entries as an array', (cache) => ({ ...cache, entries: [] })],
    [
      'an entry of `null`',
      (cache) => ({ ...cache, entries: { ...cache.entries, [HOSTILE]: null } }),
    ],
    [
      'messages of the wrong shape',
      (cache) => ({
        ...cache,
        entries: {
          ...cache.entries,
          [HOSTILE]: {
            ...cache.entries[HOSTILE],
            outcome: { ...cache.entries[HOSTILE]?.outcome, messages: 'none' },
          },
        },
      }),
    ],
    [
      'facts of the wrong shape',
      (cache) => ({
        ...cache,
        entries: {
          ...cache.entries,
          [HOSTILE]: {
            ...cache.entries[HOSTILE],
            outcome: { ...cache.entries[HOSTILE]?.outcome, facts: { path: HOSTILE } },
          },
        },
      }),
    ],
    [
      'a message with an unknown rule id',
      (cache) => ({
        ...cache,
        entries: {
          ...cache.entries,
          [HOSTILE]: {
            ...cache.entries[HOSTILE],
            outcome: { ...cache.entries[HOSTILE]?.outcome, messages: [{ ruleId: 'nope' }] },
          },
        },
      }),
    ],
    [
      'a `__proto__` entry',
      (_cache, text) => text.replace('"entries":{', '"entries":{"__proto__":{"hash":"x"},'),
    ],
    [
      'a wrong stored hash',
      (cache) => ({
        ...cache,
        entries: { ...cache.entries, [HOSTILE]: { ...cache.entries[HOSTILE], hash: 'AAAA' } },
      }),
    ],
    [
      'no digest',
      (cache) => ({
        ...cache,
        entries: {
          ...cache.entries,
          [HOSTILE]: {
            hash: cache.entries[HOSTILE]?.hash,
            outcome: { ...cache.entries[HOSTILE]?.outcome, messages: [] },
          },
        },
      }),
    ],
  ];
  for (const [name, damage] of damaged) {
    it(`a cache that is ${name}: the true verdict, exit 1 (not 2), and a usable cache again`, async () => {
      const root = handbook();
      await expectTrueVerdict(root);
      writeCache(root, damage(readCache(root), readFileSync(cachePath(root), 'utf8')));
      await expectTrueVerdict(root);
      expect(readCache(root).entries[HOSTILE]?.outcome.messages).toHaveLength(1);
      await expectTrueVerdict(root);
    });
  }
});
