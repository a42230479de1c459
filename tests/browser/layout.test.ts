/**
 * Every page kind at 1280 and 375 px, in light and dark: no content element wider than its
 * container, every sideways-scrolling region reachable by keyboard and labelled (and at 1280 px
 * no table scrolls at all), and no literal Markdown (backticks, `## `, `**`, `](`) in rendered
 * text. Clicks through nothing: it measures what a reader sees on arrival.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { codeBlocksSettled, hasChromium, useSite } from './harness.ts';
import { pageKinds, themes, widths } from './page-kinds.ts';

const siteDir = inject('siteDir');

interface LayoutReport {
  /** Elements sticking out of their container: `selector: right > container right`. */
  overflowing: string[];
  /** Scrolling regions a keyboard cannot reach or a screen reader cannot name. */
  unreachable: string[];
  /** Tables that scroll sideways. */
  scrollingTables: string[];
  /** The page scrolls sideways. */
  pageOverflow: boolean;
  /** Text runs that still read as Markdown. */
  markdown: string[];
}

/** Measures the page in the browser (one evaluate, so it stays fast on a loaded machine). */
async function measure(page: Page): Promise<LayoutReport> {
  await codeBlocksSettled(page);
  return page.evaluate(() => {
    const describe = (el: Element): string => {
      const id = el.id ? `#${el.id}` : '';
      const cls =
        typeof el.className === 'string' && el.className.trim()
          ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}`
          : '';
      return `${el.tagName.toLowerCase()}${id}${cls}`;
    };
    const root = document.querySelector('main') ?? document.body;
    const report = {
      overflowing: [] as string[],
      unreachable: [] as string[],
      scrollingTables: [] as string[],
      pageOverflow: false,
      markdown: [] as string[],
    };
    report.pageOverflow =
      document.documentElement.scrollWidth > document.documentElement.clientWidth;

    /** Inside a visually hidden box (sr-only text, a stacked table's header): clipped to nothing. */
    const visuallyHidden = (el: Element): boolean => {
      for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (
          style.clipPath !== 'none' ||
          (style.position === 'absolute' &&
            style.getPropertyValue('clip') !== 'auto' &&
            style.getPropertyValue('clip') !== '')
        )
          return true;
      }
      return false;
    };
    /** The element that bounds `el`: the nearest scrolling or clipping ancestor, else main. */
    const boundOf = (el: Element): Element => {
      for (
        let parent = el.parentElement;
        parent && parent !== root;
        parent = parent.parentElement
      ) {
        const overflow = getComputedStyle(parent).overflowX;
        if (overflow !== 'visible') return parent;
      }
      return root;
    };
    for (const el of root.querySelectorAll('*')) {
      const rect = el.getBoundingClientRect();
      // Visually hidden text (sr-only, clip-path) and closed <details> have no real box.
      if (rect.width <= 1 || rect.height <= 1) continue;
      if (visuallyHidden(el)) continue;
      const bound = boundOf(el);
      const box = bound.getBoundingClientRect();
      const scrolls =
        bound !== root && ['auto', 'scroll'].includes(getComputedStyle(bound).overflowX);
      // Inside a scrolling region, content may be wider than the region: that is what it is for.
      if (scrolls) continue;
      if (rect.left < box.left - 1 || rect.right > box.right + 1) {
        report.overflowing.push(
          `${describe(el)}: ${Math.round(rect.left)}–${Math.round(rect.right)} outside ${describe(bound)} ${Math.round(box.left)}–${Math.round(box.right)}`,
        );
      }
    }
    for (const el of root.querySelectorAll('*')) {
      if (el.scrollWidth <= el.clientWidth + 1) continue;
      if (!['auto', 'scroll'].includes(getComputedStyle(el).overflowX)) continue;
      const focusable = el.getAttribute('tabindex') === '0';
      const named =
        Boolean(el.getAttribute('aria-label') || el.getAttribute('aria-labelledby')) ||
        el.tagName === 'PRE';
      if (!focusable || !named) report.unreachable.push(describe(el));
      if (el.querySelector(':scope > table') || el.tagName === 'TABLE')
        report.scrollingTables.push(describe(el));
    }
    // Text a reader sees, without code, of every element in main.
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const markers = [/`/, /(^|\s)#{1,6} \S/, /\*\*\S/, /\]\(/];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('code, pre, kbd, script, style, template, [hidden]')) continue;
      const text = node.textContent ?? '';
      if (markers.some((marker) => marker.test(text)))
        report.markdown.push(`${describe(parent)}: ${text.trim().slice(0, 80)}`);
    }
    return report;
  });
}

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
