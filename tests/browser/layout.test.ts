/**
 * Every page kind at 1280 and 375 px, in light and dark: no content element wider than its
 * container, every sideways-scrolling region reachable by keyboard and labelled (and at 1280 px
 * no table scrolls at all), and no literal Markdown (backticks, `## `, `**`, `](`) in rendered
 * text. Clicks through nothing: it measures what a reader sees on arrival.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, useSite } from './harness.ts';
import { measure } from './layout-measure.ts';
import { pageKinds, themes, widths } from './page-kinds.ts';

const siteDir = inject('siteDir');

describe.skipIf(!hasChromium)('layout of every page kind', () => {
  const site = useSite({ beforeAll, afterAll }, siteDir);
  const kinds = pageKinds(siteDir);

  it('covers every page kind', () => {
    expect(kinds.map((k) => k.kind)).toEqual(
      expect.arrayContaining([
        'home',
        'pillar',
        'brief',
        'initiatives index',
        'roadmap',
        'vision',
        'health',
        'diagnostic',
        'strategy doc',
        'rule',
      ]),
    );
  });

  // One page per width and theme, reused across routes: creating pages dominates the run time.
  for (const width of widths) {
    for (const theme of themes) {
      it(`fits and shows no Markdown at ${width} px, ${theme}`, async () => {
        const page = await site.browser.newPage({
          viewport: { width, height: 900 },
          colorScheme: theme,
        });
        const problems: string[] = [];
        for (const { kind, route } of kinds) {
          await page.goto(site.url(route));
          // Gap bodies and other disclosures count too.
          await page
            .locator('main details')
            .evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
          const report = await measure(page);
          if (report.pageOverflow) problems.push(`${kind} ${route}: the page scrolls sideways`);
          problems.push(
            ...report.overflowing.map(
              (line) => `${kind} ${route}: wider than its container: ${line}`,
            ),
          );
          problems.push(
            ...report.unreachable.map(
              (line) => `${kind} ${route}: scrolls but is not focusable and labelled: ${line}`,
            ),
          );
          if (width >= 1280)
            problems.push(
              ...report.scrollingTables.map(
                (line) => `${kind} ${route}: table scrolls at ${width} px: ${line}`,
              ),
            );
          problems.push(
            ...report.markdown.map((line) => `${kind} ${route}: literal Markdown: ${line}`),
          );
        }
        await page.close();
        expect(problems).toEqual([]);
      });
    }
  }
});
