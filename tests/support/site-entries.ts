/**
 * The handbook as the site loads it, without Astro: each collection through the real content
 * loader (`linter/build/content-loader.ts`) with an in-memory store, validated by the content
 * model's schemas, ids from file names as `site/lib/handbook.ts` makes them. What the pages,
 * `/health/` and `strategy.json` derive from, for tests that compare them with lint.
 */
import { handbookLoader } from '../../linter/build/content-loader.ts';
import { contentModel, idOf } from '../../linter/core/collections.ts';
import type { Entry } from '../../linter/core/entry.ts';
import type { Initiative } from '../../linter/schema/initiative.ts';
import type { NorthStar } from '../../linter/schema/north-star.ts';
import type { Pillar } from '../../linter/schema/pillar.ts';
import type { Gap, VisionAnswer } from '../../linter/schema/vision.ts';

type DataCollection = 'northStar' | 'pillars' | 'initiatives' | 'vision' | 'gaps';

export interface SiteEntries {
  northStar: Entry<NorthStar> | undefined;
  pillars: Entry<Pillar>[];
  initiatives: Entry<Initiative>[];
  vision: Entry<VisionAnswer>[];
  gaps: Entry<Gap>[];
}

async function load(root: string, collection: DataCollection): Promise<Entry<unknown>[]> {
  const store = new Map<
    string,
    { id: string; data: Record<string, unknown>; filePath?: string | undefined }
  >();
  const errors: string[] = [];
  await handbookLoader(collection, { root }).load({
    store: {
      get: (id) => store.get(id),
      set: (entry) => (store.set(entry.id, entry), true),
      delete: (id) => void store.delete(id),
      keys: () => store.keys(),
      addModuleImport: () => undefined,
    },
    parseData: async ({ data }) =>
      contentModel[collection].schema.parse(data) as Record<string, unknown>,
    generateDigest: (data) => String(data.length),
    logger: { warn: () => undefined, error: (message) => void errors.push(message) },
  });
  return [...store.values()].map((entry) => {
    const filePath = (entry.filePath ?? entry.id).replace(/^\.\//, '');
    return { id: idOf(filePath), data: entry.data, filePath };
  });
}

/** Every data collection of the handbook at `root`, as the site's `loadHandbook()` sees them. */
export async function siteEntries(root: string): Promise<SiteEntries> {
  const [northStars, pillars, initiatives, vision, gaps] = await Promise.all(
    (['northStar', 'pillars', 'initiatives', 'vision', 'gaps'] as const).map((name) =>
      load(root, name),
    ),
  );
  return {
    northStar: northStars?.[0] as Entry<NorthStar> | undefined,
    pillars: pillars as Entry<Pillar>[],
    initiatives: initiatives as Entry<Initiative>[],
    vision: vision as Entry<VisionAnswer>[],
    gaps: gaps as Entry<Gap>[],
  };
}
