/**
 * What a reader sees of a page's layout, measured in the browser in one evaluate: content elements
 * wider than their container, sideways-scrolling regions a keyboard cannot reach, tables that
 * scroll, and text that still reads as Markdown. Shared by the page-kind sweep (`layout.test.ts`)
 * and the suites that build their own site (`trends.test.ts`).
 */
import type { Page } from 'playwright-core';
import { codeBlocksSettled } from './harness.ts';

export interface LayoutReport {
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
export async function measure(page: Page): Promise<LayoutReport> {
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

/** The report as problem lines for `where` (a page kind and route); tables may scroll below 1280 px. */
export function layoutProblems(report: LayoutReport, where: string, width: number): string[] {
  return [
    ...(report.pageOverflow ? [`${where}: the page scrolls sideways`] : []),
    ...report.overflowing.map((line) => `${where}: wider than its container: ${line}`),
    ...report.unreachable.map(
      (line) => `${where}: scrolls but is not focusable and labelled: ${line}`,
    ),
    ...(width >= 1280
      ? report.scrollingTables.map((line) => `${where}: table scrolls at ${width} px: ${line}`)
      : []),
    ...report.markdown.map((line) => `${where}: literal Markdown: ${line}`),
  ];
}
