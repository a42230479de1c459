/**
 * The initiatives index of the sample (fewer briefs than one page): every row without
 * JavaScript and no pager, filters, live count, shareable filter URLs, sorting. More briefs than
 * a page: initiatives-scale.test.ts.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, useSite } from './harness.ts';
import { strategyOf } from './site-data.ts';

const siteDir = inject('siteDir');
const visibleRows = (page: Page) => page.locator('#hb-initiatives tbody tr:visible').count();

describe.skipIf(!hasChromium)('initiatives index', () => {
  const site = useSite({ beforeAll, afterAll }, siteDir);
  const data = strategyOf(siteDir);
  const total = data.initiatives.length;
  const activeCount = data.initiatives.filter((i) => i.status === 'active').length;

  it('shows every row without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('/initiatives/'));
    await expect(visibleRows(page)).resolves.toBe(total);
    await expect(page.locator('#hb-filters').isVisible()).resolves.toBe(false);
    await expect(page.locator('#hb-pager').count()).resolves.toBe(0);
    await context.close();
  });

  it('filters by status, updates the count and the URL', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/initiatives/'));
    await expect(page.locator('#hb-count').textContent()).resolves.toBe(
      `${total} of ${total} initiatives`,
    );
    await expect.poll(() => page.locator('#hb-filters').isVisible()).toBe(true);
    await expect(page.locator('#hb-more').isVisible()).resolves.toBe(false);
    await page.getByLabel('Status').selectOption('active');
    await expect(visibleRows(page)).resolves.toBe(activeCount);
    await expect(page.locator('#hb-count').textContent()).resolves.toBe(
      `${activeCount} of ${total} initiatives`,
    );
    await expect(page.locator('#hb-count').getAttribute('aria-live')).resolves.toBe('polite');
    expect(new URL(page.url()).searchParams.get('status')).toBe('active');

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForFunction(() => !location.search.includes('status'));
    await expect(visibleRows(page)).resolves.toBe(total);
    await page.close();
  });

  it('restores a combined filter from a shared URL', async () => {
    const sample = data.initiatives.find((i) => i.status === 'active') ?? data.initiatives[0]!;
    const expected = data.initiatives.filter(
      (i) => i.status === sample.status && i.pillar === sample.pillar,
    ).length;
    const page = await site.browser.newPage();
    await page.goto(site.url(`/initiatives/?status=${sample.status}&pillar=${sample.pillar}`));
    await expect(page.getByLabel('Status').inputValue()).resolves.toBe(sample.status);
    await expect(page.getByLabel('Pillar').inputValue()).resolves.toBe(sample.pillar);
    await expect(visibleRows(page)).resolves.toBe(expected);
    await expect(page.locator('#hb-count').textContent()).resolves.toBe(
      `${expected} of ${total} initiatives`,
    );
    await page.close();
  });

  it('sorts by a column header and marks it with aria-sort', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/initiatives/'));
    const header = page.locator('th[data-sort-key="title"]');
    await header.getByRole('button').click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending');
    const titles = await page
      .locator('#hb-initiatives tbody tr td:first-child')
      .evaluateAll((cells) => cells.map((c) => c.textContent?.trim() ?? ''));
    expect(titles).toHaveLength(total);
    expect(titles).toEqual(
      [...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })),
    );
    await header.getByRole('button').click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
    expect(new URL(page.url()).searchParams.get('sort')).toBe('-title');
    await page.close();
  });
});
