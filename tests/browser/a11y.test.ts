/** axe-core on every page kind, at 1280 and 375 px, light and dark: no violation of any impact. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, hasChromium, useSite } from './harness.ts';
import { pageKinds, themes, widths } from './page-kinds.ts';

const siteDir = inject('siteDir');

describe.skipIf(!hasChromium)('accessibility', () => {
  const site = useSite({ beforeAll, afterAll }, siteDir);
  const kinds = pageKinds(siteDir);

  // One page per width and theme, reused across routes: creating pages dominates the run time.
  for (const width of widths) {
    for (const theme of themes) {
      it(`has no axe violations at ${width} px (${theme} theme)`, async () => {
        const page = await site.browser.newPage({
          viewport: { width, height: 900 },
          colorScheme: theme,
        });
        const found: string[] = [];
        for (const { route } of kinds) {
          await page.goto(site.url(route));
          // Open disclosures (gap bodies) so their content is audited too.
          await page
            .locator('main details')
            .evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
          found.push(...(await axeViolations(page)).map((violation) => `${route}: ${violation}`));
        }
        await page.close();
        expect(found).toEqual([]);
      });
    }
  }
});
