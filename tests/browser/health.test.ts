/** The alignment health page in a real browser: indicators, the dependency graph, accessibility. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { repoRoot } from '../setup/site-dir.ts';
import { hasChromium, seriousAxeViolations, useSite } from './harness.ts';

/** Every brief's id and dependsOn, from the sample content. */
function briefs(): { id: string; dependsOn: string[] }[] {
  const dir = join(repoRoot, 'content', 'initiatives');
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const data = parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') as {
        dependsOn?: string[];
      };
      return {
        id: name
          .split('/')
          .pop()!
          .replace(/\.mdx?$/, ''),
        dependsOn: data.dependsOn ?? [],
      };
    });
}

describe.skipIf(!hasChromium)('health page', () => {
  const site = useSite({ beforeAll, afterAll }, inject('siteDir'));
  let page: Page;

  beforeAll(async () => {
    page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(10_000);
    await page.goto(site.url('/health/'));
  });

  it('draws the dependency graph as a labelled SVG', async () => {
    const svg = page.locator('svg.graph-svg');
    // A group, not role="img": an image may not contain links (axe nested-interactive).
    expect(await svg.getAttribute('role')).toBe('group');
    expect(await svg.locator('title').first().textContent()).toBe(
      'Dependency graph of the initiatives',
    );
    const labelledBy = (await svg.getAttribute('aria-labelledby'))?.split(' ') ?? [];
    for (const id of labelledBy) expect(await page.locator(`#${id}`).count()).toBe(1);
  });

  it('has a node linking to each brief that has dependencies, and to each prerequisite', async () => {
    const all = briefs();
    const expected = new Set(
      all.flatMap((b) => (b.dependsOn.length > 0 ? [b.id, ...b.dependsOn] : [])),
    );
    expect(expected.size).toBeGreaterThan(0);
    const nodes = await page
      .locator('svg.graph-svg a[data-node]')
      .evaluateAll((links) =>
        links.map((a) => [a.getAttribute('data-node'), a.getAttribute('href')]),
      );
    expect(nodes.map(([id]) => id).sort()).toEqual([...expected].sort());
    for (const [id, href] of nodes) expect(href).toBe(`/initiatives/${id}/`);
    expect(
      await page
        .getByRole('link', { name: /\((?:proposed|active|done|exploratory|deprioritized)\)$/ })
        .count(),
    ).toBe(nodes.length);
    const edges = await page.locator('svg.graph-svg path.edge[data-from]').count();
    expect(edges).toBe(all.reduce((sum, b) => sum + new Set(b.dependsOn).size, 0));
  });

  it('lists the dependency chains as text links beside the graph', async () => {
    const chains = page.locator('.chain-list > li');
    expect(await chains.count()).toBeGreaterThan(0);
    const links = await page
      .locator('.chain-list a')
      .evaluateAll((all) => all.map((a) => a.getAttribute('href')));
    for (const href of links) expect(href).toMatch(/^\/initiatives\/[a-z0-9-]+\/$/);
  });

  it('lists problems first, each linking to the briefs to fix, then every indicator with a section each', async () => {
    const problems = page.locator('ol.hb-problems > li');
    const rows = await page.locator('table.summary tbody tr').evaluateAll((all) =>
      all.map((tr) => ({
        id: tr.getAttribute('data-indicator'),
        attention: /Needs attention/.test(tr.textContent ?? ''),
      })),
    );
    expect(rows.map((r) => r.id).sort()).toEqual([
      'blocked',
      'dependencies',
      'open-gaps',
      'orphan-pillars',
      'owners',
      'stale-answers',
      'stale-reviews',
      'tech-debt',
    ]);
    for (const { id } of rows) expect(await page.locator(`h2#${id}`).count()).toBe(1);
    // Attention rows lead the summary, and each one is a problem in the list above it.
    const firstOk = rows.findIndex((r) => !r.attention);
    expect(rows.slice(firstOk === -1 ? rows.length : firstOk).every((r) => !r.attention)).toBe(
      true,
    );
    expect(await problems.count()).toBe(rows.filter((r) => r.attention).length);
    const problemsTop = await page
      .locator('ol.hb-problems')
      .evaluate((el) => el.getBoundingClientRect().top);
    const summaryTop = await page
      .locator('table.summary')
      .evaluate((el) => el.getBoundingClientRect().top);
    expect(problemsTop).toBeLessThan(summaryTop);
    // Blocked briefs name the work to land first, as links to briefs.
    const blocked = problems.filter({ hasText: 'blocked by unfinished dependencies' });
    if ((await blocked.count()) > 0)
      expect(await blocked.locator('a[href^="/initiatives/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('tr[data-quarter]').count()).toBeGreaterThan(0);
  });

  it('lists the vision answers due a check-in, as the vision page marks them', async () => {
    const vision = await site.browser.newPage();
    await vision.goto(site.url('/vision/'));
    const due = await vision
      .locator(`section[data-question] >> nth=0`)
      .locator('article.answer')
      .filter({ hasText: 'Due a check-in' })
      .locator('h3')
      .allTextContents();
    await vision.close();
    const listed = await page.locator('h2#stale-answers + p + ul > li').allTextContents();
    expect(listed).toHaveLength(due.length);
    for (const name of due) expect(listed.some((line) => line.startsWith(name.trim()))).toBe(true);
  });

  it('colours graph nodes with the site palette and fits the graph in its column at 1280 px', async () => {
    const tones = await page
      .locator('svg.graph-svg a[data-node] rect')
      .evaluateAll((rects) => rects.map((r) => r.getAttribute('class') ?? ''));
    for (const tone of tones)
      expect(tone).toMatch(/hb-tone--(active|proposed|exploratory|done|warn)/);
    const [svg, column] = await page.evaluate(() => [
      document.querySelector('svg.graph-svg')!.getBoundingClientRect().right,
      document.querySelector('.graph .scroll')!.getBoundingClientRect().right,
    ]);
    expect(svg).toBeLessThanOrEqual(column! + 1);
    expect(await page.locator('.graph .legend').textContent()).toContain('A must land before B');
  });

  it('fits a 375 px screen, the graph scrolling inside its own region', async () => {
    const small = await site.browser.newPage({ viewport: { width: 375, height: 800 } });
    await small.goto(site.url('/health/'));
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await small.close();
  });

  it.each(['light', 'dark'] as const)(
    'has no serious or critical axe violations (%s theme)',
    async (colorScheme) => {
      const context = await site.browser.newContext({ colorScheme });
      const themed = await context.newPage();
      await themed.goto(site.url('/health/'));
      expect(await seriousAxeViolations(themed)).toEqual([]);
      await context.close();
    },
  );
});
