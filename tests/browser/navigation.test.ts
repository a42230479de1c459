/** A reader clicks from the home page to a pillar, to one of its briefs, to a brief it depends on. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, useSite } from './harness.ts';
import { strategyOf } from './site-data.ts';

const siteDir = inject('siteDir');

describe.skipIf(!hasChromium)('navigation', () => {
  const site = useSite({ beforeAll, afterAll }, siteDir);

  it('goes home → pillar → brief → dependency by clicking links', async () => {
    const data = strategyOf(siteDir);
    const active = new Set(
      data.pillars.filter((p) => p['status'] === 'active').map((p) => p['id']),
    );
    const ids = new Set(data.initiatives.map((i) => i.id));
    const brief = data.initiatives.find(
      (i) => active.has(i.pillar) && i.dependsOn.some((d) => ids.has(d)),
    );
    expect(brief, 'a brief of an active pillar with a dependency').toBeDefined();
    const dependency = data.initiatives.find(
      (i) => i.id === brief!.dependsOn.find((d) => ids.has(d)),
    )!;

    const page = await site.browser.newPage();
    await page.goto(site.url('/'));
    await page.locator(`main a[href="/pillars/${brief!.pillar}/"]`).first().click();
    await page.waitForURL(`**/pillars/${brief!.pillar}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe(
      data.pillars.find((p) => p['id'] === brief!.pillar)?.['title'],
    );

    await page.locator(`main a[href="/initiatives/${brief!.id}/"]`).first().click();
    await page.waitForURL(`**/initiatives/${brief!.id}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe(brief!.title);
    await expect(page.locator('main').textContent()).resolves.toContain(brief!.owner);

    await page.locator(`main a[href="/initiatives/${dependency.id}/"]`).first().click();
    await page.waitForURL(`**/initiatives/${dependency.id}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe(dependency.title);
    // The dependency lists the brief we came from among those waiting on it.
    await expect(
      page.locator(`#needed-by ~ ul a[href="/initiatives/${brief!.id}/"]`).count(),
    ).resolves.toBe(1);
    await page.close();
  });
});
