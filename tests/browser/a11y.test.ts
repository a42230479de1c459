/** axe-core on the main views: no serious or critical violations. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, seriousAxeViolations, useSite } from './harness.ts';
import { strategyOf } from './site-data.ts';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const siteDir = inject('siteDir');

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
      found.push(...(await seriousAxeViolations(page)).map((violation) => `${route}: ${violation}`));
    }
    await page.close();
    expect(found).toEqual([]);
  });
});
