/**
 * The search index is built by Pagefind once per distinct set of pages and copied back while the
 * pages are unchanged (linter/build/search-index.ts). Runs the real Pagefind binary.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, indexKey } from '../../linter/build/search-index.ts';

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${body}</p></main></body></html>`;

let work: string;
let dist: string;
let cache: string;
const logged: string[] = [];
const logger = { info: (line: string) => void logged.push(line) };

async function files(dir: string): Promise<Map<string, string>> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) =>
    e.isFile(),
  );
  return new Map(
    await Promise.all(
      names.map(
        async (e) =>
          [
            join(e.parentPath, e.name).slice(dir.length),
            (await readFile(join(e.parentPath, e.name))).toString('base64'),
          ] as const,
      ),
    ),
  );
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'handbook-search-'));
  dist = join(work, 'dist');
  cache = join(work, 'cache');
  await mkdir(join(dist, 'a'), { recursive: true });
  await writeFile(join(dist, 'index.html'), page('Home', 'The north star of the handbook.'));
  await writeFile(
    join(dist, 'a', 'index.html'),
    page('Brief A', 'Checkout latency is the reason.'),
  );
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('the search index', () => {
  let first: Map<string, string>;

  it('is built by Pagefind on the first build, and cached', async () => {
    expect(await buildSearchIndex(dist, cache, logger)).toBe('built');
    expect(existsSync(join(dist, 'pagefind', 'pagefind-entry.json'))).toBe(true);
    expect(logged.at(-1)).toMatch(/^Built the search index: 2 pages/);
    first = await files(join(dist, 'pagefind'));
    expect(first.size).toBeGreaterThan(3);
    expect(await readdir(cache)).toHaveLength(1);
  }, 60_000);

  it('is copied back, identical, when no page changed', async () => {
    await rm(join(dist, 'pagefind'), { recursive: true });
    expect(await buildSearchIndex(dist, cache, logger)).toBe('reused');
    expect(logged.at(-1)).toMatch(/^Reused the search index: 2 pages unchanged/);
    expect(await files(join(dist, 'pagefind'))).toEqual(first);
  }, 60_000);

  it('is rebuilt when one byte of one page changes, and only the newest index is kept', async () => {
    const before = (await indexKey(dist)).key;
    await writeFile(
      join(dist, 'a', 'index.html'),
      page('Brief A', 'Checkout latency is the reason!'),
    );
    expect((await indexKey(dist)).key).not.toBe(before);
    expect(await buildSearchIndex(dist, cache, logger)).toBe('built');
    expect(await files(join(dist, 'pagefind'))).not.toEqual(first);
    expect(await readdir(cache)).toHaveLength(1);
  }, 60_000);

  it('is rebuilt when a page is added, even with the same bytes under another path', async () => {
    const before = (await indexKey(dist)).key;
    await mkdir(join(dist, 'b'));
    await writeFile(join(dist, 'b', 'index.html'), await readFile(join(dist, 'a', 'index.html')));
    expect((await indexKey(dist)).key).not.toBe(before);
    expect(await buildSearchIndex(dist, cache, logger)).toBe('built');
    expect(logged.at(-1)).toMatch(/^Built the search index: 3 pages/);
  }, 60_000);

  it('never reuses a cache folder left half-written by an interrupted build', async () => {
    const { key } = await indexKey(dist);
    await rm(cache, { recursive: true });
    await mkdir(join(cache, key), { recursive: true }); // a folder with no pagefind-entry.json
    expect(await buildSearchIndex(dist, cache, logger)).toBe('built');
    expect(existsSync(join(cache, key, 'pagefind-entry.json'))).toBe(true);
  }, 60_000);
});
