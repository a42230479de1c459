/**
 * The OpenGraph cards of a build: a PNG per brief and pillar, made while the pages render and
 * kept between builds. A card costs tens of milliseconds of CPU, so it must neither hold up page
 * rendering nor be made twice:
 *
 * - Pages ask for their card while they render (site/lib/og/page-card.ts, through a registry on
 *   `globalThis`, as Astro's own image service collects images): the SVG goes to a queue that
 *   sharp renders on libvips threads, one card per spare core while pages render (the main
 *   thread keeps its core), on every core once they are written.
 * - Each card is cached under the Astro cache dir by a hash of its SVG (a pure function of its
 *   text) and the renderer's fingerprint, written to a temporary file and renamed. An unchanged
 *   rebuild renders nothing; a changed title renders that one card.
 * - After the pages are written, every card is hard-linked into `dist/` (copied where linking
 *   fails) and cache entries no page asked for are removed.
 * Plain objects, no Astro import: the linter stays Astro-free.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { collectionGlobs } from '../core/collections.ts';
import { cardPng, cardPngFingerprint } from './card-png.ts';

interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

/** Where a page hands its card. The key is shared with site/lib/og/page-card.ts. */
export const CARD_REGISTRY = Symbol.for('strategy-handbook.og-cards');

export interface CardSink {
  /** Asks for the card at `path` (below `dist/`, `og/<kind>/<id>.png`) drawn from `svg`. */
  request(path: string, svg: string): void;
}

/** The only paths a card may take: one folder level per kind, a plain file name. */
const CARD_PATH = /^og\/(?:initiatives|pillars)\/[\p{L}\p{N}_-][\p{L}\p{N}._-]*\.png$/u;

export interface CardCacheOptions {
  /** Renders one SVG (default: `cardPng`); tests count calls through it. */
  render?: (svg: string) => Promise<Buffer>;
  /** Cards rendered at once (default: one less than the cores, at least one). */
  concurrency?: number;
}

export interface CardStats {
  rendered: number;
  reused: number;
  /** Cards not yet rendered when the pages were written (the build waited for them). */
  late: number;
  failed: string[];
}

/** The cards of one build: asked for while pages render, put into `dist/` at the end. */
export class CardCache implements CardSink {
  readonly #dir: string;
  readonly #render: (svg: string) => Promise<Buffer>;
  #concurrency: number;
  /** Card path → cache key. */
  readonly #wanted = new Map<string, string>();
  /** Keys rendered, being rendered or found cached in this build. */
  readonly #known = new Map<string, Promise<boolean>>();
  readonly #queue: (() => void)[] = [];
  #active = 0;
  #rendered = 0;
  #reused = 0;

  constructor(dir: string, options: CardCacheOptions = {}) {
    this.#dir = dir;
    this.#render = options.render ?? cardPng;
    this.#concurrency = options.concurrency ?? Math.max(1, availableParallelism() - 1);
  }

  request(path: string, svg: string): void {
    if (!CARD_PATH.test(path)) return;
    const key = createHash('sha256')
      .update(`${cardPngFingerprint}\0${svg}`)
      .digest('hex')
      .slice(0, 32);
    this.#wanted.set(path, key);
    if (this.#known.has(key)) return;
    if (existsSync(this.#file(key))) {
      this.#reused++;
      this.#known.set(key, Promise.resolve(true));
      return;
    }
    this.#known.set(key, this.#schedule(key, svg));
  }

  #file(key: string): string {
    return join(this.#dir, `${key}.png`);
  }

  #schedule(key: string, svg: string): Promise<boolean> {
    return new Promise<boolean>((resolve) => {
      const run = async () => {
        this.#active++;
        try {
          const png = await this.#render(svg);
          await mkdir(this.#dir, { recursive: true });
          const staging = join(this.#dir, `.tmp-${process.pid}-${key}`);
          await writeFile(staging, png);
          await rename(staging, this.#file(key));
          this.#rendered++;
          resolve(true);
        } catch {
          resolve(false);
        } finally {
          this.#active--;
          this.#queue.shift()?.();
        }
      };
      if (this.#active < this.#concurrency) void run();
      else this.#queue.push(() => void run());
    });
  }

  /**
   * Waits for every card, links each into `dist`, and removes cache entries nobody asked for
   * (only the cards of the newest build are kept).
   */
  async finish(dist: string): Promise<CardStats> {
    const late = this.#queue.length + this.#active;
    // The pages are written: cards still queued may take every core.
    this.#concurrency = Math.max(this.#concurrency, availableParallelism());
    while (this.#active < this.#concurrency && this.#queue.length > 0) this.#queue.shift()?.();
    const failed: string[] = [];
    const ok = new Map<string, boolean>();
    for (const [key, done] of this.#known) ok.set(key, await done);
    const folders = new Set([...this.#wanted.keys()].map((path) => dirname(join(dist, path))));
    for (const folder of folders) await mkdir(folder, { recursive: true });
    const entries = [...this.#wanted];
    for (let i = 0; i < entries.length; i += 64) {
      await Promise.all(
        entries.slice(i, i + 64).map(async ([path, key]) => {
          if (!ok.get(key)) {
            failed.push(path);
            return;
          }
          const target = join(dist, path);
          await unlink(target).catch(() => undefined);
          // A copy where linking fails; neither works if another build of this root pruned it.
          await link(this.#file(key), target)
            .catch(() => copyFile(this.#file(key), target))
            .catch(() => void failed.push(path));
        }),
      );
    }
    if (existsSync(this.#dir)) {
      const keep = new Set([...this.#wanted.values()].map((key) => `${key}.png`));
      for (const name of await readdir(this.#dir))
        if (!keep.has(name) && !name.startsWith(`.tmp-${process.pid}-`))
          await rm(join(this.#dir, name), { force: true });
    }
    return { rendered: this.#rendered, reused: this.#reused, late, failed: failed.sort() };
  }
}

/** The Astro integration (plain object): a card registry while the build renders pages. */
export function handbookOgCards(options: CardCacheOptions = {}) {
  let cacheDir = '';
  let cards: CardCache | undefined;
  const registry = globalThis as Record<symbol, unknown>;
  return {
    name: 'handbook-og-cards',
    hooks: {
      'astro:config:done': ({ config }: { config: { cacheDir: URL } }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), 'handbook-og');
      },
      'astro:build:start': () => {
        cards = new CardCache(cacheDir, options);
        registry[CARD_REGISTRY] = cards;
      },
      'astro:build:done': async ({ dir, logger }: { dir: URL; logger: Logger }) => {
        if (!cards) return;
        const started = performance.now();
        const stats = await cards.finish(fileURLToPath(dir));
        delete registry[CARD_REGISTRY];
        cards = undefined;
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(
          `OpenGraph cards: ${stats.rendered} rendered, ${stats.reused} reused; ${stats.late} still to render when the pages were written (${seconds}s).`,
        );
        if (stats.failed.length > 0)
          logger.warn(
            `OpenGraph cards: ${stats.failed.length} could not be rendered and were left out: ${stats.failed.slice(0, 5).join(', ')}`,
          );
      },
    },
  };
}

/** Above this many briefs and pillars, cards are rendered only when `site.ogCards` is `true`. */
export const AUTO_CARD_LIMIT = 1000;

/** How many pages would carry a card: the `.md`/`.mdx` files in the briefs' and pillars' folders. */
export function cardPageCount(root: string): number {
  let count = 0;
  for (const folder of [collectionGlobs.initiatives.base, collectionGlobs.pillars.base]) {
    try {
      const names = readdirSync(join(root, 'content', folder), { recursive: true });
      count += names.filter((name) => /\.mdx?$/i.test(String(name))).length;
    } catch {
      // No such folder: no cards from it.
    }
  }
  return count;
}

/**
 * Whether this build renders cards: `site.ogCards` when set, else on up to {@link AUTO_CARD_LIMIT}
 * pages. A card costs ~20–50 ms CPU on a cold build (cached after), so at 5,000 briefs it would
 * double a cold build; a large handbook opts in.
 */
export function cardsEnabled(setting: boolean | undefined, root: string): boolean {
  return setting ?? cardPageCount(root) <= AUTO_CARD_LIMIT;
}

/** Stands in for {@link handbookOgCards} when cards are off by size: says so once per build. */
export function handbookOgCardsOff(pages: number) {
  return {
    name: 'handbook-og-cards-off',
    hooks: {
      'astro:build:start': ({ logger }: { logger: Logger }) => {
        logger.info(
          `OpenGraph cards: off for ${pages} briefs and pillars (more than ${AUTO_CARD_LIMIT}); set \`site.ogCards: true\` to render them (cached between builds).`,
        );
      },
    },
  };
}
