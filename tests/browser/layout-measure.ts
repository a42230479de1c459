/**
 * Measures a page's layout in the browser, for the layout tests: elements wider than their
 * container, scrolling regions a keyboard cannot reach, tables that scroll, literal Markdown.
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
