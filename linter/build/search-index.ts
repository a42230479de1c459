/**
 * The site's search index (Pagefind), built once per distinct set of pages. Starlight would
 * re-index every page on every build (15–25 s for 5,000 briefs); the index is a pure function of
 * the built HTML and the Pagefind version, so when a rebuild produces the same pages byte for
 * byte, the index of the last build is copied back instead. Starlight's own indexing is turned off
 * (`pagefind: false` in site/astro-config.ts) and its search box kept (the `Search` override).
 * Plain objects, no Astro import: the linter stays Astro-free.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Logger {
  info(message: string): void;
}

/** Bump when the way the index is built changes, so old cached indexes are not reused. */
const INDEX_VERSION = 1;
const VIRTUAL_ID = 'virtual:starlight/pagefind-config';
const RESOLVED_ID = '\0handbook:pagefind-config';

/**
 * Starlight's default search ranking (its docs: `pagefind.ranking`), which its search box reads
 * from `virtual:starlight/pagefind-config`. With `pagefind: false` Starlight would hand it `{}`
 * and Pagefind's own defaults would rank results differently, so the same values are provided.
 */
export const starlightRanking = {
  ranking: {
    pageLength: 0.1,
    termFrequency: 0.1,
    termSaturation: 2,
    termSimilarity: 9,
    diacriticSimilarity: 0.8,
  },
} as const;

/** Every `.html` file below `dir`, as sorted paths relative to it (the pages Pagefind reads). */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .filter((path) => !path.startsWith(`pagefind/`))
    .sort();
}

/** What the index depends on: each page's path and bytes, and the Pagefind that reads them. */
export async function indexKey(dir: string): Promise<{ key: string; pages: number }> {
  const hash = createHash('sha256').update(`handbook-search ${INDEX_VERSION}\0`);
  hash.update(await readFile(fileURLToPath(import.meta.resolve('pagefind'))));
  const pages = await htmlFiles(dir);
  // Sync reads: thousands of small files hash faster without a thread-pool hop per file.
  for (const path of pages)
    hash
      .update(`${path}\0`)
      .update(readFileSync(join(dir, path)))
      .update('\0');
  return { key: hash.digest('hex').slice(0, 32), pages: pages.length };
}

/**
 * Puts a tree of files at `to`, as hard links to the files of `from` (one system call per file:
 * an index of 5,000 pages has about as many files, which a byte copy takes seconds to write).
 * Nothing writes into these files in place (Astro empties `dist/` by unlinking, Pagefind writes
 * new files), so the two trees never affect each other. A copy where linking fails (another disk).
 */
async function linkTree(from: string, to: string): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  await mkdir(to, { recursive: true });
  for (const entry of entries)
    if (entry.isDirectory())
      await mkdir(join(to, join(entry.parentPath, entry.name).slice(from.length)), {
        recursive: true,
      });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(from.length));
  for (let i = 0; i < files.length; i += 64) {
    await Promise.all(
      files
        .slice(i, i + 64)
        .map((path) =>
          link(join(from, path), join(to, path)).catch(() =>
            copyFile(join(from, path), join(to, path)),
          ),
        ),
    );
  }
}

/** Runs Pagefind over `dir`, as Starlight does, writing `dir/pagefind/`. */
async function runPagefind(dir: string, outputPath: string): Promise<number> {
  const pagefind = await import('pagefind');
  const check = <T extends { errors: string[] }>(response: T): T => {
    if (response.errors.length > 0)
      throw new Error(`Pagefind failed: ${response.errors.join('; ')}`);
    return response;
  };
  try {
    const { index } = check(await pagefind.createIndex());
    if (!index) throw new Error('Pagefind failed: no index');
    const { page_count } = check(await index.addDirectory({ path: dir }));
    check(await index.writeFiles({ outputPath }));
    return page_count;
  } finally {
    await pagefind.close();
  }
}

/**
 * Writes `dir/pagefind/`: linked from `cacheDir` when the pages are unchanged since the build that
 * cached it, else built by Pagefind and cached (written to a temporary folder, then renamed, so
 * an interrupted build never leaves a half index to reuse). Only the newest index is kept.
 */
export async function buildSearchIndex(
  dir: string,
  cacheDir: string,
  logger: Logger,
): Promise<'reused' | 'built'> {
  const started = performance.now();
  const { key, pages } = await indexKey(dir);
  const output = join(dir, 'pagefind');
  const cached = join(cacheDir, key);
  const seconds = () => `${((performance.now() - started) / 1000).toFixed(2)}s`;
  if (existsSync(join(cached, 'pagefind-entry.json'))) {
    await rm(output, { recursive: true, force: true });
    await linkTree(cached, output);
    logger.info(
      `Reused the search index: ${pages} pages unchanged since the last build (${seconds()}).`,
    );
    return 'reused';
  }
  const indexed = await runPagefind(dir, output);
  await mkdir(cacheDir, { recursive: true });
  const staging = join(cacheDir, `.tmp-${process.pid}-${key}`);
  await linkTree(output, staging);
  for (const old of await readdir(cacheDir)) {
    if (old !== `.tmp-${process.pid}-${key}`)
      await rm(join(cacheDir, old), { recursive: true, force: true });
  }
  await rename(staging, cached);
  logger.info(`Built the search index: ${indexed} pages (${seconds()}).`);
  return 'built';
}

/** The Astro integration (plain object): the ranking module and the index after each build. */
export function handbookSearch() {
  let cacheDir = '';
  return {
    name: 'handbook-search',
    hooks: {
      'astro:config:setup': ({ updateConfig }: { updateConfig(config: unknown): unknown }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'handbook-search-ranking',
                // Before Starlight's own virtual modules, which would answer `{}`.
                enforce: 'pre',
                resolveId: (id: string) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
                load: (id: string) =>
                  id === RESOLVED_ID
                    ? `export const pagefindUserConfig = ${JSON.stringify(starlightRanking)};`
                    : undefined,
              },
            ],
          },
        });
      },
      'astro:config:done': ({ config }: { config: { cacheDir: URL } }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), 'handbook-search');
      },
      'astro:build:done': async ({ dir, logger }: { dir: URL; logger: Logger }) => {
        await buildSearchIndex(fileURLToPath(dir).replace(/\/$/, ''), cacheDir, logger);
      },
    },
  };
}
