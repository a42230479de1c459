/** At 375 px the page never scrolls sideways; wide tables scroll inside their wrapper. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, useSite } from './harness.ts';
import { strategyOf } from './site-data.ts';

const siteDir = inject('siteDir');

describe.skipIf(!hasChromium)('375 px viewport', () => {
  const site = useSite({ beforeAll, afterAll }, siteDir);
  const data = strategyOf(siteDir);
  const routes = [
    '/',
    `/initiatives/${data.initiatives[0]!.id}/`,
    '/initiatives/',
    '/roadmap/',
    `/pillars/${data.pillars[0]?.['id']}/`,
  ];

  it.each(routes)('%s has no horizontal page overflow', async (route) => {
    const page = await site.browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(site.url(route));
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await page.close();
  });
});
