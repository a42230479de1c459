/** The "What changed" page and its Atom feed in a real browser: the same entries, a valid feed, working links. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, useSite } from './harness.ts';

describe.skipIf(!hasChromium)('what changed', () => {
  const site = useSite({ beforeAll, afterAll }, inject('siteDir'));
  let page: Page;

  beforeAll(async () => {
    page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(10_000);
    await page.goto(site.url('/changes/'));
  });

  it('parses as an Atom feed with the entries of the page, each with id, title, updated and link', async () => {
    const feed = await page.evaluate(async () => {
      const text = await (await fetch('/changes.xml')).text();
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const atom = 'http://www.w3.org/2005/Atom';
      const entries = [...doc.getElementsByTagNameNS(atom, 'entry')];
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
        feedFields: ['id', 'title', 'updated'].map(
          (name) => doc.documentElement.getElementsByTagNameNS(atom, name).length > 0,
        ),
        entries: entries.map((entry) => ({
          id: entry.getElementsByTagNameNS(atom, 'id')[0]?.textContent ?? '',
          title: entry.getElementsByTagNameNS(atom, 'title')[0]?.textContent ?? '',
          updated: entry.getElementsByTagNameNS(atom, 'updated')[0]?.textContent ?? '',
          href: entry.getElementsByTagNameNS(atom, 'link')[0]?.getAttribute('href') ?? '',
        })),
      };
    });
    expect(feed.error).toBe(false);
    expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
    expect(feed.feedFields).toEqual([true, true, true]);
    expect(feed.entries.length).toBeGreaterThan(0);
    expect(new Set(feed.entries.map((e) => e.id)).size).toBe(feed.entries.length);
    for (const entry of feed.entries) {
      expect(entry.title).not.toBe('');
      expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
      expect(entry.href).toMatch(/^\/(initiatives\/[^/]+\/|pillars\/[^/]+\/)?$/);
    }
    const pageLinks = await page
      .locator('ol.hb-changes > li > a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(pageLinks).toEqual(feed.entries.map((e) => e.href));
    expect(await page.locator('ol.hb-changes > li time').count()).toBe(feed.entries.length);
  });

  it('links each entry to its page', async () => {
    const first = page.locator('ol.hb-changes > li > a').first();
    const target = await first.getAttribute('href');
    await first.click();
    await page.waitForURL((url) => url.pathname === target);
    expect(await page.locator('h1').count()).toBe(1);
    await page.goto(site.url('/changes/'));
  });
});
