/**
 * The Content-Security-Policy in Chromium. Injected script (an inline `<script>` and an
 * `onerror=` handler, in the head just after the title and in the body) does not run on a built
 * page and is reported as a violation; the same page without the policy runs it, so the test
 * would notice a policy that stopped blocking. And every interactive feature (Pagefind search,
 * the theme switch, the index filters, the diagnostic, Expressive Code's
 * copy button) works with no violation at all, as does every built page at load.
 */
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, recordCspViolations, useSite, type SiteContext } from './harness.ts';
import { strategyOf } from './site-data.ts';
import { statements } from '../../site/lib/derive/diagnostic.ts';

const siteDir = inject('siteDir');

/** Sets a global and opens a dialog: either one proves the injected code ran. */
const INJECTED_SCRIPT = `<script>window.__injected = (window.__injected || []).concat('script'); alert('script')</script>`;
const INJECTED_HANDLER = `<img src="/no-such-image.png" alt="" onerror="window.__injected = (window.__injected || []).concat('onerror'); alert('onerror')">`;
const POLICY_META = /<meta http-equiv="content-security-policy" content="[^"]*">/;

/** A copy of the built site with two attacked versions of the initiatives index. */
function attackedSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'handbook-csp-'));
  cpSync(siteDir, dir, { recursive: true });
  const original = readFileSync(join(siteDir, 'initiatives', 'index.html'), 'utf8');
  // As a title that broke out of <title> would, and as body HTML that escaped the sanitizer would.
  const attacked = original
    .replace('</title>', `</title>${INJECTED_SCRIPT}${INJECTED_HANDLER}`)
    .replace(/<body([^>]*)>/, `<body$1>${INJECTED_SCRIPT}${INJECTED_HANDLER}`);
  if (attacked === original || !POLICY_META.test(attacked))
    throw new Error('Unexpected page layout, expected a title, a body and the policy <meta>');
  for (const [name, html] of [
    ['attacked', attacked],
    ['attacked-without-policy', attacked.replace(POLICY_META, '')],
  ] as const) {
    mkdirSync(join(dir, name), { recursive: true });
    writeFileSync(join(dir, name, 'index.html'), html);
  }
  return dir;
}

interface Visit {
  page: Page;
  dialogs: string[];
  violations: () => Promise<string[]>;
}

async function visit(
  site: SiteContext,
  path: string,
  options: { clipboard?: boolean } = {},
): Promise<Visit> {
  const context = await site.browser.newContext(
    options.clipboard ? { permissions: ['clipboard-read', 'clipboard-write'] } : {},
  );
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const report = await recordCspViolations(page);
  await page.goto(site.url(path));
  return { page, dialogs, violations: () => report.all() };
}

const injected = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { __injected?: string[] }).__injected ?? []);

describe.skipIf(!hasChromium)('content security policy against injected script', () => {
  const copy = attackedSite();
  const site = useSite({ beforeAll, afterAll }, copy);
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('the injection runs on the page without the policy (the exploit the policy stops)', async () => {
    const { page, dialogs } = await visit(site, '/attacked-without-policy/');
    await page.waitForLoadState('load');
    await expect.poll(() => dialogs.length).toBeGreaterThanOrEqual(4);
    expect(new Set(dialogs)).toEqual(new Set(['script', 'onerror']));
    await page.context().close();
  });

  it('with the policy neither the inline script nor the onerror handler runs, and both are reported', async () => {
    const { page, dialogs, violations } = await visit(site, '/attacked/');
    await page.waitForLoadState('load');
    // The image has failed (its handler would have run by now) and the page's own script works.
    await page.waitForFunction(() => [...document.images].every((image) => image.complete));
    await expect.poll(() => page.locator('#hb-count').textContent()).toMatch(/ of \d+ initiatives/);
    expect(dialogs).toEqual([]);
    expect(await injected(page)).toEqual([]);
    const reported = await violations();
    expect(
      reported.filter((line) => line.startsWith('script-src-elem blocked inline')),
    ).toHaveLength(2);
    expect(
      reported.filter((line) => line.startsWith('script-src-attr blocked inline')),
    ).toHaveLength(2);
    expect(
      reported.filter((line) => line.startsWith('Executing inline script violates')),
    ).toHaveLength(2);
    expect(
      reported.filter((line) => line.startsWith('Executing inline event handler violates')),
    ).toHaveLength(2);
    await page.context().close();
  });
});

describe.skipIf(!hasChromium)('features under the content security policy', () => {
  const site = useSite({ beforeAll, afterAll }, siteDir);
  const data = strategyOf(siteDir);

  it('search returns results with no violation (Pagefind runs its WebAssembly in its worker)', async () => {
    const brief = data.initiatives[0]!;
    const { page, violations } = await visit(site, '/');
    await page.waitForFunction(() => customElements.get('site-search') !== undefined);
    await page.locator('button[data-open-modal]').click();
    const input = page.locator('#starlight__search input');
    await input.waitFor({ state: 'visible' });
    await input.fill(brief.title);
    await page
      .locator(`#starlight__search a[href^="/initiatives/${brief.id}/"]`)
      .first()
      .waitFor({ state: 'visible' });
    expect(page.workers().map((worker) => new URL(worker.url()).pathname)).toContain(
      '/pagefind/pagefind-worker.js',
    );
    expect(await violations()).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('the theme switch changes data-theme, and the hashed theme script restores it on the next page', async () => {
    const { page, violations } = await visit(site, '/');
    const theme = () => page.evaluate(() => document.documentElement.dataset['theme']);
    const select = page.locator('starlight-theme-select select').first();
    await select.selectOption('light');
    await expect.poll(theme).toBe('light');
    await select.selectOption('dark');
    await expect.poll(theme).toBe('dark');
    await select.selectOption('light');
    // The built HTML says data-theme="dark": only Starlight's inline theme script can make it light.
    await page.goto(site.url('/roadmap/'));
    expect(await theme()).toBe('light');
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it('a filter on /initiatives/ changes the visible count with no violation', async () => {
    const total = data.initiatives.length;
    const active = data.initiatives.filter((i) => i.status === 'active').length;
    const { page, violations } = await visit(site, '/initiatives/');
    await expect
      .poll(() => page.locator('#hb-count').textContent())
      .toBe(`${total} of ${total} initiatives`);
    await page.getByLabel('Status').selectOption('active');
    await expect
      .poll(() => page.locator('#hb-count').textContent())
      .toBe(`${active} of ${total} initiatives`);
    await page.locator('th[data-sort-key="title"]').getByRole('button').click();
    await expect
      .poll(() => page.locator('th[data-sort-key="title"]').getAttribute('aria-sort'))
      .toBe('ascending');
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it('the diagnostic computes a quadrant with no violation', async () => {
    const { page, violations } = await visit(site, '/diagnostic/');
    for (const statement of statements) {
      const value = statement.axis === 'focus' ? 5 : 1;
      await page
        .getByRole('group', { name: statement.text })
        .getByRole('radio', { name: new RegExp(`^${value} `) })
        .check();
    }
    await page.getByRole('button', { name: 'Show my quadrant' }).click();
    await expect
      .poll(() => page.locator('#diagnostic-result').textContent())
      .toContain('Glorified managers and order-takers');
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it("Expressive Code's copy button copies a code block with no violation", async () => {
    const { page, violations } = await visit(site, '/guides/how-to-write-a-brief/', {
      clipboard: true,
    });
    const block = page.locator('.expressive-code').first();
    const code = await block.locator('pre').innerText();
    await block.hover();
    await block.locator('.copy button').click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(code.replace(/\n$/, ''));
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it('every built page loads with no violation', async () => {
    const paths = (readdirSync(siteDir, { recursive: true, encoding: 'utf8' }) as string[])
      .filter((f) => f.endsWith('index.html'))
      .map((f) => `/${f.replace(/index\.html$/, '')}`)
      .sort();
    expect(paths.length).toBeGreaterThan(20);
    const { page, violations } = await visit(site, '/404.html');
    for (const path of paths) await page.goto(site.url(path), { waitUntil: 'load' });
    expect(await violations()).toEqual([]);
    await page.context().close();
  }, 120_000);
});
