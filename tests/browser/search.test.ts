/** Starlight's search (Pagefind) finds a brief by a word that only its Why section uses. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { hasChromium, useSite } from './harness.ts';
import { repoRoot } from '../setup/site-dir.ts';

const siteDir = inject('siteDir');

function contentFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => join(dir, f));
}

/** A brief id and a word from its Why section that no other content file contains. */
function distinctiveWhyWord(): { id: string; word: string } {
  const files = contentFiles(join(repoRoot, 'content'));
  const texts = new Map(files.map((f) => [f, readFileSync(f, 'utf8').toLowerCase()]));
  for (const file of files.filter((f) => f.includes('/initiatives/'))) {
    const why =
      /^#{1,6}\s*why[^\n]*\n([\s\S]*?)(?=^#{1,6}\s)/im.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
    const words = [...new Set(why.toLowerCase().match(/\b[a-z]{8,}\b/g) ?? [])];
    const word = words.find((w) =>
      [...texts].every(([other, text]) => other === file || !text.includes(w)),
    );
    if (word)
      return {
        id: file
          .split('/')
          .pop()!
          .replace(/\.mdx?$/, ''),
        word,
      };
  }
  throw new Error('No brief has a distinctive word in its Why section');
}

describe.skipIf(!hasChromium)('search', () => {
  const site = useSite({ beforeAll, afterAll }, siteDir);

  it('finds a brief by a word from its Why section', async () => {
    const { id, word } = distinctiveWhyWord();
    const page = await site.browser.newPage();
    await page.goto(site.url('/'));
    // The search button works once Starlight's <site-search> element is defined.
    await page.waitForFunction(() => customElements.get('site-search') !== undefined);
    await page.locator('button[data-open-modal]').click();
    const input = page.locator('#starlight__search input');
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.fill(word);
    const hit = page.locator(`#starlight__search a[href^="/initiatives/${id}/"]`).first();
    await hit.waitFor({ state: 'visible', timeout: 15_000 });
    await page.close();
  }, 60_000);
});
