/**
 * Titles reach `<title>` as text. Starlight writes head entries with `set:html`, so before
 * `site/route-data.ts` escaped them a brief, pillar or doc titled `</title><script>…` closed the
 * element and ran script on its page. Builds a copy of the project whose brief, pillar and doc
 * titles carry the payloads, opens the pages in Chromium, and asserts that no dialog fires and
 * that the document title is the literal title.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser, serveStatic } from '../browser/harness.ts';
import type { StaticServer } from '../browser/harness.ts';
import { activePillars, faultBrief } from '../support/faults.ts';
import { buildCopy, projectCopy } from '../support/project-copy.ts';
import type { Browser } from 'playwright-core';

const TITLE = '</title><script>alert(1)</script><img src=x onerror=alert(2)> & co';
const yamlString = (text: string) => JSON.stringify(text);

let root = '';
let built = { code: 0, output: '' };
let pillar = '';
let browser: Browser | null = null;
let server: StaticServer | undefined;

describe.skipIf(!hasChromium)('page titles from content are text in <title>', () => {
  beforeAll(async () => {
    root = await projectCopy('title-escaping-build');
    [pillar = 'platform-reliability'] = await activePillars(root);
    await writeFile(
      join(root, 'content', 'initiatives', 'title-probe.mdx'),
      faultBrief(pillar, { 2: `title: ${yamlString(`Brief ${TITLE}`)}` }),
    );
    const pillarFile = join(root, 'content', 'pillars', `${pillar}.mdx`);
    const source = await readFile(pillarFile, 'utf8');
    await writeFile(
      pillarFile,
      source.replace(/^title:.*$/m, `title: ${yamlString(`Pillar ${TITLE}`)}`),
    );
    await writeFile(
      join(root, 'content', 'docs', 'strategy', 'title-probe.mdx'),
      `---\ntitle: ${yamlString(`Doc ${TITLE}`)}\ndescription: ${yamlString(`About ${TITLE}`)}\n---\n\nA doc whose title is hostile.\n`,
    );
    built = await buildCopy(root, { NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' });
    if (built.code === 0) {
      browser = await launchBrowser();
      server = await serveStatic(join(root, 'dist'));
    }
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (root && !process.env['KEEP_TITLE_BUILD']) await rm(root, { recursive: true, force: true });
  });

  it('the build succeeds with the payloads in titles', () => {
    expect(built.code, built.output.slice(-4000)).toBe(0);
  });

  for (const [kind, path] of [
    ['Brief', '/initiatives/title-probe/'],
    ['Pillar', '/pillars/PILLAR/'],
    ['Doc', '/strategy/title-probe/'],
  ] as const) {
    it(`${kind.toLowerCase()} page: no dialog fires and the title is the literal text`, async () => {
      expect(browser, 'Chromium launched').not.toBeNull();
      const page = await (browser as Browser).newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const response = await page.goto(`${server?.url}${path.replace('PILLAR', pillar)}`, {
        waitUntil: 'load',
      });
      expect(response?.status()).toBe(200);
      // Give an injected handler (an <img onerror>) time to fire.
      await page.waitForTimeout(300);
      const title = await page.title();
      const heads = await page.evaluate(() => ({
        titles: document.querySelectorAll('title').length,
        scripts: [...document.querySelectorAll('script')].filter((s) =>
          s.textContent?.includes('alert('),
        ).length,
        images: document.querySelectorAll('img[onerror]').length,
      }));
      await page.close();
      expect(dialogs).toEqual([]);
      expect(title).toBe(`${kind} ${TITLE} | Strategy Handbook`);
      expect(heads).toEqual({ titles: 1, scripts: 0, images: 0 });
    });
  }
});
