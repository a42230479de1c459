/**
 * The built sample's link previews: every brief and pillar page names its OpenGraph card, the
 * card is a 1200×630 PNG in dist/, each OpenGraph property appears once, and a brief's
 * description is the first sentence of its Why.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';

const siteDir = inject('siteDir');
const pages = (folder: string) =>
  readdirSync(join(siteDir, folder)).filter((id) =>
    existsSync(join(siteDir, folder, id, 'index.html')),
  );

/** The `property`/`name` → content pairs of a page's meta tags, in order. */
function metaOf(page: string): [string, string][] {
  return [...page.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"\/?>/g)].map((m) => [
    m[1] as string,
    (m[2] as string).replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'"),
  ]);
}

describe('the sample’s OpenGraph cards', () => {
  for (const folder of ['initiatives', 'pillars']) {
    it(`link a card from every page under /${folder}/ that exists and is a PNG`, async () => {
      const ids = pages(folder);
      expect(ids.length).toBeGreaterThan(3);
      for (const id of ids) {
        const meta = metaOf(readFileSync(join(siteDir, folder, id, 'index.html'), 'utf8'));
        const names = meta.map(([name]) => name);
        expect(
          names.filter((n) => n.startsWith('og:') || n.startsWith('twitter:')).length,
          id,
        ).toBe(new Set(names.filter((n) => n.startsWith('og:') || n.startsWith('twitter:'))).size);
        const get = (name: string) => meta.find(([n]) => n === name)?.[1];
        expect(get('twitter:card')).toBe('summary_large_image');
        expect(get('og:image:width')).toBe('1200');
        expect(get('og:image:height')).toBe('630');
        expect(get('og:image:alt')).toMatch(folder === 'pillars' ? /^Pillar “/ : /^Initiative “/);
        const image = new URL(get('og:image') ?? '', 'https://x.invalid/');
        expect(image.pathname, id).toMatch(new RegExp(`/og/${folder}/${id}\\.png$`));
        const file = join(siteDir, 'og', folder, `${id}.png`);
        const info = await sharp(readFileSync(file)).metadata();
        expect(info, id).toMatchObject({ format: 'png', width: 1200, height: 630 });
      }
    });
  }

  it('describe a brief by the first sentence of its Why', () => {
    const meta = metaOf(
      readFileSync(join(siteDir, 'initiatives', 'auto-scheduler-beta', 'index.html'), 'utf8'),
    );
    const description = meta.find(([n]) => n === 'og:description')?.[1] ?? '';
    expect(description).toMatch(
      /^Dispatchers at our 40-plus-technician customers spend two to three hours/,
    );
    expect(description).not.toMatch(/[<>]|\n/);
  });

  it('makes no card for other pages', () => {
    const home = readFileSync(join(siteDir, 'index.html'), 'utf8');
    expect(home).not.toContain('og:image');
    expect(readdirSync(join(siteDir, 'og')).sort()).toEqual(['initiatives', 'pillars']);
  });
});
