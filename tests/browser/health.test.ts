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
      const data = parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') as { dependsOn?: string[] };
      return { id: name.split('/').pop()!.replace(/\.mdx?$/, ''), dependsOn: data.dependsOn ?? [] };
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
    expect(await svg.locator('title').first().textContent()).toBe('Dependency graph of the initiatives');
    const labelledBy = (await svg.getAttribute('aria-labelledby'))?.split(' ') ?? [];
    for (const id of labelledBy) expect(await page.locator(`#${id}`).count()).toBe(1);
  });

  it('has a node linking to each brief that has dependencies, and to each prerequisite', async () => {
    const all = briefs();
    const expected = new Set(all.flatMap((b) => (b.dependsOn.length > 0 ? [b.id, ...b.dependsOn] : [])));
    expect(expected.size).toBeGreaterThan(0);
    const nodes = await page.locator('svg.graph-svg a[data-node]').evaluateAll((links) =>
      links.map((a) => [a.getAttribute('data-node'), a.getAttribute('href')]),
    );
    expect(nodes.map(([id]) => id).sort()).toEqual([...expected].sort());
    for (const [id, href] of nodes) expect(href).toBe(`/initiatives/${id}/`);
    expect(await page.getByRole('link', { name: /\((?:proposed|active|done|exploratory|deprioritized)\)$/ }).count()).toBe(nodes.length);
    const edges = await page.locator('svg.graph-svg path.edge[data-from]').count();
    expect(edges).toBe(all.reduce((sum, b) => sum + new Set(b.dependsOn).size, 0));
  });

  it('lists the dependency chains as text links beside the graph', async () => {
    const chains = page.locator('.chain-list > li');
    expect(await chains.count()).toBeGreaterThan(0);
    const links = await page.locator('.chain-list a').evaluateAll((all) => all.map((a) => a.getAttribute('href')));
    for (const href of links) expect(href).toMatch(/^\/initiatives\/[a-z0-9-]+\/$/);
  });

  it('shows every indicator in the summary, with a section each', async () => {
    const rows = await page.locator('table.summary tbody tr').evaluateAll((all) => all.map((tr) => tr.getAttribute('data-indicator')));
    expect(rows).toEqual(['orphan-pillars', 'stale-reviews', 'tech-debt', 'blocked', 'owners', 'open-gaps', 'dependencies']);
    for (const id of rows) expect(await page.locator(`h2#${id}`).count()).toBe(1);
    expect(await page.locator('tr[data-quarter]').count()).toBeGreaterThan(0);
  });

  it('fits a 375 px screen, the graph scrolling inside its own region', async () => {
    const small = await site.browser.newPage({ viewport: { width: 375, height: 800 } });
    await small.goto(site.url('/health/'));
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await small.close();
  });

  it.each(['light', 'dark'] as const)('has no serious or critical axe violations (%s theme)', async (colorScheme) => {
    const context = await site.browser.newContext({ colorScheme });
    const themed = await context.newPage();
    await themed.goto(site.url('/health/'));
    expect(await seriousAxeViolations(themed)).toEqual([]);
    await context.close();
  });
});
