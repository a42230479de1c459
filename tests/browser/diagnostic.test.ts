/** The leadership diagnostic in a real browser: scoring, the highlighted quadrant, accessibility. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  hasChromium,
  seriousAxeViolations,
  launchBrowser,
  serveStatic,
  type StaticServer,
} from './harness.ts';
import { statements } from '../../site/lib/derive/diagnostic.ts';

describe.skipIf(!hasChromium)('diagnostic page', () => {
  let server: StaticServer;
  let browser: Browser | null;

  beforeAll(async () => {
    server = await serveStatic(inject('siteDir'));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(
    options: { width?: number; colorScheme?: 'light' | 'dark' } = {},
  ): Promise<Page> {
    const context = await (browser as Browser).newContext({
      viewport: { width: options.width ?? 1280, height: 900 },
      colorScheme: options.colorScheme ?? 'light',
    });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${server.url}/diagnostic/`);
    return page;
  }

  async function answer(page: Page, focus: number, autonomy: number): Promise<void> {
    for (const statement of statements) {
      const value = statement.axis === 'focus' ? focus : autonomy;
      await page
        .getByRole('group', { name: statement.text })
        .getByRole('radio', { name: new RegExp(`^${value} `) })
        .check();
    }
  }

  it('places high focus and low autonomy in "Glorified managers and order-takers", sending nothing', async () => {
    const page = await open();
    await page.waitForLoadState('networkidle');
    const requests: { url: string; method: string }[] = [];
    page.on('request', (request) =>
      requests.push({ url: request.url(), method: request.method() }),
    );
    await answer(page, 5, 1);
    const url = page.url();
    await page.getByRole('button', { name: 'Show my quadrant' }).click();
    const result = page.locator('#diagnostic-result');
    await expect.poll(() => result.textContent()).toContain('Glorified managers and order-takers');
    expect(await page.locator('[aria-live="polite"]').locator('#diagnostic-result').count()).toBe(
      1,
    );
    expect(await page.locator('[data-quadrant="order-takers"]').getAttribute('aria-current')).toBe(
      'true',
    );
    expect(await page.locator('[aria-current="true"][data-quadrant]').count()).toBe(1);
    expect(await page.locator('[data-quadrant="order-takers"] [data-marker]').isVisible()).toBe(
      true,
    );
    expect(page.url()).toBe(url);
    // Nothing leaves the page: no POST, no query with answers, no other host (assets may load).
    const sent = requests.filter(({ url, method }) => {
      const parsed = new URL(url);
      return method !== 'GET' || parsed.search !== '' || parsed.origin !== server.url;
    });
    expect(sent).toEqual([]);
    await page.context().close();
  });

  it.each([
    [5, 5, 'impact-galore', 'Impact galore'],
    [1, 1, 'low-everything', 'Low everything'],
    [2, 4, 'tech-busywork', 'Tech busywork'],
    [3, 3, 'impact-galore', 'Impact galore'],
  ])('focus %i / autonomy %i → %s', async (focus, autonomy, id, name) => {
    const page = await open();
    await answer(page, focus, autonomy);
    await page.getByRole('button', { name: 'Show my quadrant' }).click();
    await expect.poll(() => page.locator('#diagnostic-result').textContent()).toContain(name);
    expect(await page.locator(`[data-quadrant="${id}"]`).getAttribute('aria-current')).toBe('true');
    await page.context().close();
  });

  it('asks for the missing answers, then clears on reset', async () => {
    const page = await open();
    await page
      .getByRole('group', { name: statements[0]?.text ?? '' })
      .getByRole('radio', { name: /^4 / })
      .check();
    await page.getByRole('button', { name: 'Show my quadrant' }).click();
    await expect
      .poll(() => page.locator('#diagnostic-result').textContent())
      .toContain(`${statements.length - 1} statements are unanswered`);
    expect(await page.locator('[aria-current="true"][data-quadrant]').count()).toBe(0);
    await answer(page, 4, 4);
    await page.getByRole('button', { name: 'Show my quadrant' }).click();
    await expect.poll(() => page.locator('[aria-current="true"][data-quadrant]').count()).toBe(1);
    await page.getByRole('button', { name: 'Start again' }).click();
    expect(await page.locator('[aria-current="true"][data-quadrant]').count()).toBe(0);
    await page.context().close();
  });

  it('keeps the answers across a reload, as its copy promises, until "Start again"', async () => {
    const page = await open();
    expect(await page.locator('#self-check-help').textContent()).toMatch(/stay in this browser/);
    await answer(page, 5, 1);
    await page.getByRole('button', { name: 'Show my quadrant' }).click();
    await page.reload();
    const checked = await page.locator('input[type="radio"]:checked').count();
    expect(checked).toBe(statements.length);
    for (const statement of statements) {
      const value = statement.axis === 'focus' ? 5 : 1;
      expect(
        await page
          .getByRole('group', { name: statement.text })
          .getByRole('radio', { name: new RegExp(`^${value} `) })
          .isChecked(),
      ).toBe(true);
    }
    // A complete set shows its quadrant again without another click.
    await expect
      .poll(() => page.locator('[data-quadrant="order-takers"]').getAttribute('aria-current'))
      .toBe('true');
    await page.getByRole('button', { name: 'Start again' }).click();
    await page.reload();
    expect(await page.locator('input[type="radio"]:checked').count()).toBe(0);
    await page.context().close();
  });

  it('lines up the five options of every statement', async () => {
    const page = await open();
    const misaligned = await page
      .locator('fieldset.statement')
      .evaluateAll((groups) =>
        groups
          .map((group) =>
            [...group.querySelectorAll('input[type="radio"]')].map((input) =>
              Math.round(input.getBoundingClientRect().top),
            ),
          )
          .filter((tops) => new Set(tops).size !== 1),
      );
    expect(misaligned).toEqual([]);
    await page.context().close();
  });

  it('links to the leadership diagnostic guide', async () => {
    const page = await open();
    const href = await page
      .locator('main a[href="/strategy/leadership-diagnostic/"]')
      .first()
      .getAttribute('href');
    const response = await page.goto(`${server.url}${href}`);
    expect(response?.status()).toBe(200);
    await page.context().close();
  });

  it('fits a 375 px screen', async () => {
    const page = await open({ width: 375 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)(
    'has no serious or critical axe violations (%s theme, with a result shown)',
    async (colorScheme) => {
      const page = await open({ colorScheme });
      await answer(page, 5, 1);
      await page.getByRole('button', { name: 'Show my quadrant' }).click();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.context().close();
    },
  );
});
