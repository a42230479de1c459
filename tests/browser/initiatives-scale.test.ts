/**
 * The initiatives index over more briefs than one page: a copy of the project with a generated
 * handbook of 250 briefs (the bench's corpus generator, plus a brief titled like an injection),
 * built once. The first page's rows are in the HTML, every brief is reachable without
 * JavaScript through the pager, and with JavaScript the filters and sorting work over every row
 * (compared with `strategy.json` and the core's order), with no dialog from the hostile title,
 * nothing wider than its container and no axe violation.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { generateCorpus } from '../../bench/corpus.ts';
import { compareBriefs } from '../../linter/core/group.ts';
import type { BriefEntry } from '../../linter/core/entry.ts';
import { compareRows } from '../../site/lib/derive/initiative-filter.ts';
import { statusOrder } from '../../linter/core/labels.ts';
import { buildCopy, projectCopy } from '../support/project-copy.ts';
import {
  axeViolations,
  hasChromium,
  launchBrowser,
  serveStatic,
  type StaticServer,
} from './harness.ts';
import { measure } from './layout-report.ts';
import { strategyOf } from './site-data.ts';

const BRIEFS = 250;
const PAGE = 100;
const HOSTILE = '<img src=x onerror=alert(1)>';

/** Every row link (path) shown in the table now. */
const rowLinks = (page: Page) =>
  page
    .locator('#hb-initiatives tbody tr td:first-child a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

/** Clicks "Show more" until every row of the result is in the table. */
async function showAll(page: Page): Promise<void> {
  const more = page.locator('#hb-more');
  while (await more.isVisible()) await more.click();
}

describe.skipIf(!hasChromium)(`the initiatives index at ${BRIEFS} briefs`, () => {
  let copy: string;
  let dist: string;
  let server: StaticServer;
  let browser: Browser;
  let initiatives: ReturnType<typeof strategyOf>['initiatives'];
  /** Brief urls in the index's default order (the core's). */
  let ordered: string[];
  const url = (path: string) => `${server.url}${path}`;

  beforeAll(async () => {
    copy = await projectCopy('initiatives-scale');
    await generateCorpus(copy, BRIEFS, 42, { faults: false });
    const hostile = join(copy, 'content', 'initiatives', '2026-q1', 'hostile-title.mdx');
    const source = readFileSync(
      join(copy, 'content', 'initiatives', '2026-q1', 'brief-0.mdx'),
      'utf8',
    );
    writeFileSync(hostile, source.replace(/^title: .*$/m, `title: "${HOSTILE}"`));
    const build = await buildCopy(copy, { NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' });
    expect(build.code, build.output.slice(-3000)).toBe(0);
    dist = join(copy, 'dist');
    server = await serveStatic(dist);
    const launched = await launchBrowser();
    if (!launched) throw new Error('No Chromium');
    browser = launched;
    initiatives = strategyOf(dist).initiatives;
    const entries = initiatives.map(
      (i) => ({ id: i.id, data: { quarter: i.quarter, title: i.title } }) as BriefEntry,
    );
    const byId = new Map(initiatives.map((i) => [i.id, i.url]));
    ordered = entries.sort(compareBriefs).map((e) => byId.get(e.id)!);
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('has the first page of rows in the HTML, in the default order, with a pager', () => {
    expect(initiatives).toHaveLength(BRIEFS + 1);
    const html = readFileSync(join(dist, 'initiatives', 'index.html'), 'utf8');
    const tbody = html.slice(html.indexOf('<tbody'), html.indexOf('</tbody>'));
    const links = [...tbody.matchAll(/<td[^>]*><a href="([^"]+)"/g)].map((m) => m[1]);
    expect(links).toEqual(ordered.slice(0, PAGE));
    expect(html).toContain('id="hb-pager"');
    expect(html).toContain('href="/initiatives/page/3/"');
    expect(html).not.toContain(HOSTILE); // escaped, as text
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('reaches every brief, the last one included, by following page links without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('/initiatives/'));
    const seen: string[] = [];
    for (let n = 1; ; n++) {
      expect(await page.locator('#hb-filters').isVisible()).toBe(false);
      expect(await page.locator('#hb-pager [aria-current="page"]').textContent()).toBe(String(n));
      seen.push(...(await rowLinks(page)));
      const next = page.locator('#hb-pager a[rel="next"]');
      if ((await next.count()) === 0) break;
      await next.click();
      await page.waitForURL(`**/initiatives/page/${n + 1}/`);
    }
    expect(seen).toEqual(ordered);
    // The last page links straight back to the first.
    await page.locator('#hb-pager a[aria-label="Page 1"]').click();
    await page.waitForURL('**/initiatives/');
    await context.close();
  });

  it('filters every row by status, pillar and title text, as strategy.json has them', async () => {
    const page = await browser.newPage();
    await page.goto(url('/initiatives/'));
    await expect.poll(() => page.locator('#hb-filters').isVisible()).toBe(true);
    // With the script, "Show more" replaces the pager.
    await expect(page.locator('#hb-pager').isVisible()).resolves.toBe(false);
    await expect(page.locator('#hb-more').isVisible()).resolves.toBe(true);
    await showAll(page);
    expect(new Set(await rowLinks(page))).toEqual(new Set(ordered));

    const pillar = initiatives[0]!.pillar;
    const cases: [
      string,
      (i: (typeof initiatives)[number]) => boolean,
      (p: Page) => Promise<unknown>,
    ][] = [
      [
        'status',
        (i) => i.status === 'active',
        (p) => p.getByLabel('Status').selectOption('active'),
      ],
      [
        'pillar',
        (i) => i.status === 'active' && i.pillar === pillar,
        (p) => p.getByLabel('Pillar').selectOption(pillar),
      ],
      [
        'text',
        (i) =>
          i.status === 'active' && i.pillar === pillar && i.title.toLowerCase().includes('speed'),
        (p) => p.getByLabel('Title contains').fill('SPEED'),
      ],
    ];
    for (const [name, keep, apply] of cases) {
      await apply(page);
      const expected = initiatives.filter(keep).map((i) => i.url);
      await expect
        .poll(() => page.locator('#hb-count').textContent(), { message: name })
        .toBe(`${expected.length} of ${initiatives.length} initiatives`);
      await showAll(page);
      expect(new Set(await rowLinks(page)), name).toEqual(new Set(expected));
    }
    const query = new URL(page.url()).searchParams;
    expect([query.get('status'), query.get('pillar'), query.get('q')]).toEqual([
      'active',
      pillar,
      'SPEED',
    ]);

    // A shared link restores the filter, on the first page or any later one.
    await page.goto(url(`/initiatives/page/2/?status=done`));
    const done = initiatives.filter((i) => i.status === 'done').map((i) => i.url);
    await expect
      .poll(() => page.locator('#hb-count').textContent())
      .toBe(`${done.length} of ${initiatives.length} initiatives`);
    await showAll(page);
    expect(new Set(await rowLinks(page))).toEqual(new Set(done));
    expect(new URL(page.url()).pathname).toBe('/initiatives/');
    await page.close();
  });

  it('leaves a later page as served until the reader filters', async () => {
    const page = await browser.newPage();
    await page.goto(url('/initiatives/page/3/'));
    await expect.poll(() => page.locator('#hb-filters').isVisible()).toBe(true);
    expect(await rowLinks(page)).toEqual(ordered.slice(2 * PAGE));
    await expect(page.locator('#hb-pager').isVisible()).resolves.toBe(true);
    await page.getByLabel('Kind').selectOption('feature');
    await expect(page.locator('#hb-pager').isVisible()).resolves.toBe(false);
    await showAll(page);
    const features = initiatives.filter((i) => i.kind === 'feature').map((i) => i.url);
    expect(new Set(await rowLinks(page))).toEqual(new Set(features));
    await page.close();
  });

  it('sorts every row by a column, both ways, with aria-sort', async () => {
    const page = await browser.newPage();
    await page.goto(url('/initiatives/'));
    await expect.poll(() => page.locator('#hb-filters').isVisible()).toBe(true);
    const header = page.locator('th[data-sort-key="owner"]');
    const rowsBy = (direction: 'asc' | 'desc') =>
      [...initiatives]
        .sort((a, b) => compareRows(a, b, { key: 'owner', direction }, statusOrder))
        .map((i) => i.url);
    await header.getByRole('button').click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending');
    await showAll(page);
    expect(await rowLinks(page)).toEqual(rowsBy('asc'));
    await header.getByRole('button').click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
    expect(await rowLinks(page)).toEqual(rowsBy('desc').slice(0, PAGE));
    expect(new URL(page.url()).searchParams.get('sort')).toBe('-owner');
    await page.close();
  });

  it('shows the hostile title as text, in the HTML and from the script, and no dialog opens', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(url('/initiatives/'));
    await expect.poll(() => page.locator('#hb-filters').isVisible()).toBe(true);
    await page.getByLabel('Title contains').fill('onerror');
    await expect
      .poll(() => page.locator('#hb-count').textContent())
      .toBe(`1 of ${initiatives.length} initiatives`);
    await expect(page.locator('#hb-initiatives tbody a').textContent()).resolves.toBe(HOSTILE);
    await expect(page.locator('#hb-initiatives tbody img').count()).resolves.toBe(0);
    await page.evaluate(() => new Promise((done) => setTimeout(done, 200)));
    expect(dialogs).toEqual([]);
    await page.close();
  });

  for (const width of [375, 1280]) {
    it(`fits at ${width} px and has no axe violation, with and without JavaScript`, async () => {
      const problems: string[] = [];
      for (const javaScriptEnabled of [true, false]) {
        const context = await browser.newContext({
          viewport: { width, height: 900 },
          javaScriptEnabled,
        });
        const page = await context.newPage();
        for (const route of ['/initiatives/', '/initiatives/page/2/', '/initiatives/page/3/']) {
          await page.goto(url(route));
          if (javaScriptEnabled)
            await expect.poll(() => page.locator('#hb-filters').isVisible()).toBe(true);
          const where = `${route} (${javaScriptEnabled ? 'script' : 'no script'})`;
          const report = await measure(page);
          if (report.pageOverflow) problems.push(`${where}: the page scrolls sideways`);
          problems.push(
            ...report.overflowing.map((line) => `${where}: wider than its container: ${line}`),
          );
          if (width >= 1280)
            problems.push(
              ...report.scrollingTables.map((line) => `${where}: table scrolls: ${line}`),
            );
          if (javaScriptEnabled)
            problems.push(...(await axeViolations(page)).map((line) => `${where}: ${line}`));
        }
        await context.close();
      }
      expect(problems).toEqual([]);
    });
  }
});
