/**
 * The build's card cache (linter/build/og-cards.ts): cards are rendered once per distinct SVG,
 * an unchanged rebuild renders nothing and links the same files back, a changed title renders
 * that one card, paths outside `og/<kind>/` are refused, a failed card is reported and left out.
 * A counting renderer stands in for sharp.
 */
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  AUTO_CARD_LIMIT,
  CARD_REGISTRY,
  CardCache,
  cardPageCount,
  handbookOgCards,
  handbookOgCardsOff,
} from '../../linter/build/og-cards.ts';

let work: string;
let rendered: string[];
const render = async (svg: string) => {
  rendered.push(svg);
  if (svg.includes('broken')) throw new Error('librsvg said no');
  return Buffer.from(`png of ${svg}`);
};

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'handbook-og-'));
  rendered = [];
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

/** One build: asks for `cards` (path → svg) and finishes into a fresh dist folder. */
async function build(cards: Record<string, string>, name: string) {
  const cache = new CardCache(join(work, 'cache'), { render, concurrency: 2 });
  for (const [path, svg] of Object.entries(cards)) cache.request(path, svg);
  const dist = join(work, name);
  return { stats: await cache.finish(dist), dist };
}

const sample = {
  'og/initiatives/a.png': '<svg>A</svg>',
  'og/initiatives/b.png': '<svg>B</svg>',
  'og/pillars/p.png': '<svg>P</svg>',
};

describe('the card cache', () => {
  it('renders each card once and links it into dist', async () => {
    const { stats, dist } = await build(sample, 'dist1');
    expect(stats).toMatchObject({ rendered: 3, reused: 0, failed: [] });
    expect(await readFile(join(dist, 'og/initiatives/a.png'), 'utf8')).toBe('png of <svg>A</svg>');
    expect(statSync(join(dist, 'og/pillars/p.png')).nlink).toBe(2);
  });

  it('renders nothing on an unchanged rebuild and links the very same files', async () => {
    const first = await build(sample, 'dist1');
    rendered = [];
    const second = await build(sample, 'dist2');
    expect(rendered).toEqual([]);
    expect(second.stats).toEqual({ rendered: 0, reused: 3, late: 0, failed: [] });
    for (const path of Object.keys(sample))
      expect(statSync(join(second.dist, path)).ino).toBe(statSync(join(first.dist, path)).ino);
  });

  it('renders only the card whose text changed, and drops the old one from the cache', async () => {
    await build(sample, 'dist1');
    rendered = [];
    const { stats, dist } = await build(
      { ...sample, 'og/initiatives/b.png': '<svg>B2</svg>' },
      'dist2',
    );
    expect(rendered).toEqual(['<svg>B2</svg>']);
    expect(stats).toMatchObject({ rendered: 1, reused: 2 });
    expect(await readFile(join(dist, 'og/initiatives/b.png'), 'utf8')).toBe('png of <svg>B2</svg>');
    expect(await readdir(join(work, 'cache'))).toHaveLength(3);
  });

  it('renders a card shared by two pages once', async () => {
    const { stats } = await build(
      { 'og/pillars/x.png': '<svg>S</svg>', 'og/pillars/y.png': '<svg>S</svg>' },
      'd',
    );
    expect(rendered).toHaveLength(1);
    expect(stats.rendered).toBe(1);
  });

  it('refuses paths outside og/initiatives and og/pillars', async () => {
    const { dist } = await build(
      {
        'og/initiatives/../../escape.png': '<svg>1</svg>',
        '../outside.png': '<svg>2</svg>',
        'og/other/x.png': '<svg>3</svg>',
        'og/pillars/.hidden.png': '<svg>4</svg>',
        'og/pillars/x.svg': '<svg>5</svg>',
      },
      'dist',
    );
    expect(rendered).toEqual([]);
    expect(existsSync(join(work, 'escape.png'))).toBe(false);
    expect(existsSync(join(work, 'outside.png'))).toBe(false);
    expect(existsSync(dist) ? await readdir(dist) : []).toEqual([]);
  });

  it('reports a card that cannot be rendered and leaves it out, keeping the others', async () => {
    const { stats, dist } = await build(
      { ...sample, 'og/initiatives/z.png': '<svg>broken</svg>' },
      'dist',
    );
    expect(stats.failed).toEqual(['og/initiatives/z.png']);
    expect(existsSync(join(dist, 'og/initiatives/z.png'))).toBe(false);
    expect(existsSync(join(dist, 'og/initiatives/a.png'))).toBe(true);
  });
  it('reports a card pruned by another build of the same root instead of failing', async () => {
    const cache = new CardCache(join(work, 'cache'), { render });
    cache.request('og/pillars/p.png', '<svg>P</svg>');
    await new Promise((done) => setTimeout(done, 50));
    await rm(join(work, 'cache'), { recursive: true, force: true });
    const stats = await cache.finish(join(work, 'dist'));
    expect(stats.failed).toEqual(['og/pillars/p.png']);
  });
});

describe('the integration', () => {
  it('collects cards only during a build and logs what it did', async () => {
    const lines: string[] = [];
    const logger = {
      info: (l: string) => void lines.push(l),
      warn: (l: string) => void lines.push(l),
    };
    const { hooks } = handbookOgCards({ render });
    const registry = globalThis as Record<
      symbol,
      { request(p: string, s: string): void } | undefined
    >;
    hooks['astro:config:done']({ config: { cacheDir: new URL(`file://${work}/astro-cache/`) } });
    expect(registry[CARD_REGISTRY]).toBeUndefined();
    hooks['astro:build:start']();
    registry[CARD_REGISTRY]?.request('og/pillars/p.png', '<svg>P</svg>');
    await hooks['astro:build:done']({ dir: new URL(`file://${work}/dist/`), logger });
    expect(registry[CARD_REGISTRY]).toBeUndefined();
    expect(existsSync(join(work, 'dist/og/pillars/p.png'))).toBe(true);
    expect(existsSync(join(work, 'astro-cache/handbook-og'))).toBe(true);
    expect(lines).toEqual([
      expect.stringMatching(/^OpenGraph cards: 1 rendered, 0 reused; 1 still to render/),
    ]);
  });
});

describe('the site.ogCards setting', () => {
  it('leaves the integration out when false, and keeps it by default', async () => {
    const { mkdir, writeFile } = await import('node:fs/promises');
    const { handbookAstroConfig } = await import('../../site/astro-config.ts');
    // A root inside the repository, so the site's packages resolve from it.
    const root = join(
      import.meta.dirname,
      '../../node_modules/.cache',
      `og-setting-${process.pid}`,
    );
    await rm(root, { recursive: true, force: true });
    await mkdir(root, { recursive: true });
    const names = async () =>
      ((await handbookAstroConfig(root)).integrations ?? []).flatMap((i) =>
        i && typeof i === 'object' && 'name' in i ? [i.name] : [],
      );
    expect(await names()).toContain('handbook-og-cards');
    await writeFile(
      join(root, 'handbook.config.json'),
      JSON.stringify({ site: { ogCards: false } }),
    );
    expect(await names()).not.toContain('handbook-og-cards');
    await writeFile(
      join(root, 'handbook.config.json'),
      JSON.stringify({ site: { ogCards: 'no' } }),
    );
    await expect(handbookAstroConfig(root)).rejects.toThrow(/ogCards/);

    // Unset on a handbook of more than 1,000 briefs and pillars: off, and the build log says so.
    await rm(join(root, 'handbook.config.json'));
    await mkdir(join(root, 'content', 'initiatives', '2027-q1'), { recursive: true });
    for (let i = 0; i <= AUTO_CARD_LIMIT; i++)
      await writeFile(join(root, 'content', 'initiatives', '2027-q1', `b${i}.mdx`), '');
    expect(cardPageCount(root)).toBe(AUTO_CARD_LIMIT + 1);
    expect(await names()).toEqual(expect.arrayContaining(['handbook-og-cards-off']));
    expect(await names()).not.toContain('handbook-og-cards');
    const said: string[] = [];
    const off = handbookOgCardsOff(AUTO_CARD_LIMIT + 1);
    off.hooks['astro:build:start']({
      logger: { info: (line: string) => said.push(line) } as never,
    });
    expect(said).toEqual([
      expect.stringMatching(/^OpenGraph cards: off for 1001 briefs and pillars/),
    ]);
    // `true` renders them at any size.
    await writeFile(
      join(root, 'handbook.config.json'),
      JSON.stringify({ site: { ogCards: true } }),
    );
    expect(await names()).toContain('handbook-og-cards');
    await rm(root, { recursive: true, force: true });
  }, 60_000);
});
