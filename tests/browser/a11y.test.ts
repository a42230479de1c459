/** axe-core on the main views: no serious or critical violations. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axePath, hasChromium, useSite } from './harness.ts';
import { strategyOf } from './site-data.ts';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const siteDir = inject('siteDir');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

describe.skipIf(!hasChromium)('accessibility', () => {
  const site = useSite({ beforeAll, afterAll }, siteDir);
  const data = strategyOf(siteDir);
  const docsPage = readdirSync(join(siteDir, 'strategy')).find((d) => existsSync(join(siteDir, 'strategy', d, 'index.html')));
  const techDebt = data.initiatives.find((i) => i.kind === 'tech-debt') ?? data.initiatives[0]!;
  const routes = [
    '/',
    `/pillars/${data.pillars[0]?.['id']}/`,
    `/initiatives/${data.initiatives[0]!.id}/`,
    `/initiatives/${techDebt.id}/`,
    '/initiatives/',
    '/roadmap/',
    `/strategy/${docsPage}/`,
  ];

  // One page per theme, reused across routes: creating pages dominates the run time.
  it.each(['dark', 'light'] as const)('has no serious or critical violations (%s theme)', async (theme) => {
    const page = await site.browser.newPage({ colorScheme: theme });
    const found: string[] = [];
    for (const route of routes) {
      await page.goto(site.url(route));
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: unknown[] }> } }).axe;
        return (await axe.run(document)).violations;
      });
      for (const v of violations as AxeViolation[]) {
        if (v.impact !== 'serious' && v.impact !== 'critical') continue;
        const targets = v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ');
        found.push(`${route}: ${v.id} (${v.impact}): ${v.help} — ${targets}`);
      }
    }
    await page.close();
    expect(found).toEqual([]);
  });
});
