/**
 * A project site (`https://org.github.io/handbook/`): the sample handbook built with
 * `HANDBOOK_BASE=/handbook/`, served only under `/handbook/`, and crawled in Chromium from the
 * home page. Every `<a href>` and every asset of every page must resolve, fragments included;
 * a link missing the base lands outside `/handbook/`, where the server answers 404. Search,
 * the sitemap and `strategy.json` carry the base too. The copy has no git remote and no
 * repository configured, so no page may show an edit link; nothing may name a placeholder host.
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildCopy, projectCopy } from '../support/project-copy.ts';
import { hasChromium, launchBrowser, serveStatic, type StaticServer } from './harness.ts';
import type { StrategyExport } from '../../site/lib/derive/strategy-export.ts';

const BASE = '/handbook/';
const SITE_URL = 'https://org.github.io';

/** Placeholder hosts and repositories that must never reach output. */
const PLACEHOLDER = /example\.com|github\.com\/example\/|example\/strategy-handbook/i;
/** Pagefind's own code parses relative URLs against a scratch origin and strips it again; it is no link. */
const PAGEFIND_SCRATCH_ORIGIN =
  /new URL\(`https:\/\/example\.com\$\{|\.replace\(\/\^https:\\\/\\\/example\.com\/,/g;

function filesBelow(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).map((f) =>
    join(dir, f),
  );
}

describe.skipIf(!hasChromium)('the site under a base path', () => {
  let copy: string;
  let dist: string;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    copy = await projectCopy('base-path');
    // Authors' natural links: relative file links, with fragments, in a brief and in an MDX doc.
    await appendFile(
      join(copy, 'content/initiatives/2026-q3/auto-scheduler-beta.mdx'),
      '\nSee [principle 2](../../docs/strategy/principles.mdx#2-predict-before-you-promise), [the pillar](../../pillars/dispatch-intelligence.mdx) and [the follow-up](../2026-q4/routing-engine-integration.mdx#why).\n',
    );
    await appendFile(
      join(copy, 'content/docs/strategy/principles.mdx'),
      '\nSee [the beta](../../initiatives/2026-q3/auto-scheduler-beta.mdx#success-criteria) and [our rituals](./rituals.mdx).\n',
    );
    // Vitest sets NODE_ENV=test, which would build without search.
    const build = await buildCopy(copy, {
      HANDBOOK_BASE: BASE,
      HANDBOOK_SITE_URL: SITE_URL,
      NODE_ENV: 'production',
      ASTRO_TELEMETRY_DISABLED: '1',
    });
    expect(build.code, build.output.slice(-3000)).toBe(0);
    dist = join(copy, 'dist');
    server = await serveStatic(dist, { base: BASE });
    const launched = await launchBrowser();
    if (!launched) throw new Error('No Chromium');
    browser = launched;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('has 0 broken links and assets on every page, crawled from the home page', async () => {
    const origin = server.url;
    const page = await browser.newPage();
    const failedAssets: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400)
        failedAssets.push(`${response.status()} ${response.url()} (on ${page.url()})`);
    });
    // Moving on to the next page aborts lazy loads (favicon, preloads): not a failure of the URL.
    page.on('requestfailed', (request) => {
      if (request.failure()?.errorText !== 'net::ERR_ABORTED')
        failedAssets.push(`failed ${request.url()} (on ${page.url()})`);
    });

    const queue = [`${origin}${BASE}`];
    const visited = new Set<string>();
    const ids = new Map<string, Set<string>>();
    const links: { from: string; href: string }[] = [];
    while (queue.length > 0) {
      const url = queue.shift()!;
      if (visited.has(url)) continue;
      visited.add(url);
      const response = await page.goto(url, { waitUntil: 'load' });
      if (!response || response.status() !== 200) continue;
      if (!(response.headers()['content-type'] ?? '').startsWith('text/html')) continue;
      const found = await page.evaluate(() => ({
        // Attributes, resolved against the page: SVG links (the dependency graph) have no string `href`.
        hrefs: [...document.querySelectorAll('a[href]')].map(
          (a) => new URL(a.getAttribute('href')!, document.baseURI).href,
        ),
        assets: [
          ...document.querySelectorAll('link[href], script[src], img[src], source[src]'),
        ].map(
          (e) => new URL((e.getAttribute('href') ?? e.getAttribute('src'))!, document.baseURI).href,
        ),
        ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
      }));
      ids.set(url, new Set(found.ids));
      for (const href of [...found.hrefs, ...found.assets]) {
        links.push({ from: url, href });
        if (!URL.canParse(href)) continue;
        const target = new URL(href);
        if (target.origin !== origin) continue;
        target.hash = '';
        // Markdown twins (rel=alternate) are files Chromium downloads; the fetch below checks them.
        if (!visited.has(target.href) && !target.pathname.endsWith('.md')) queue.push(target.href);
      }
    }
    expect(visited.size, 'pages crawled').toBeGreaterThan(40);
    console.log(
      `[base-path] crawled ${visited.size} URLs, checked ${links.length} links and assets`,
    );

    const broken: string[] = [];
    const status = new Map<string, number>();
    for (const { from, href } of links) {
      if (!URL.canParse(href)) {
        broken.push(`${from} → ${JSON.stringify(href)}: not a URL`);
        continue;
      }
      const target = new URL(href);
      if (target.origin !== origin) continue;
      const fragment = decodeURIComponent(target.hash.slice(1));
      target.hash = '';
      if (!target.pathname.startsWith(BASE)) broken.push(`${from} → ${href}: outside ${BASE}`);
      if (!status.has(target.href)) status.set(target.href, (await fetch(target.href)).status);
      if (status.get(target.href) !== 200)
        broken.push(`${from} → ${href}: ${status.get(target.href)}`);
      else if (fragment !== '' && ids.has(target.href) && !ids.get(target.href)!.has(fragment))
        broken.push(`${from} → ${href}: no #${fragment}`);
    }
    expect(broken).toEqual([]);
    expect(failedAssets).toEqual([]);
    await page.close();
  }, 300_000);

  it('publishes file links and page links from content as page URLs under the base', () => {
    const brief = readFileSync(
      join(dist, 'initiatives', 'auto-scheduler-beta', 'index.html'),
      'utf8',
    );
    expect(brief).toContain('href="/handbook/initiatives/routing-engine-integration/"');
    expect(brief).toContain('href="/handbook/strategy/principles/#2-predict-before-you-promise"');
    expect(brief).toContain('href="/handbook/pillars/dispatch-intelligence/"');
    expect(brief).toContain('href="/handbook/initiatives/routing-engine-integration/#why"');
    const doc = readFileSync(join(dist, 'strategy', 'principles', 'index.html'), 'utf8');
    expect(doc).toContain('href="/handbook/strategy/experiments/"');
    expect(doc).toContain('href="/handbook/initiatives/auto-scheduler-beta/#success-criteria"');
    expect(doc).toContain('href="/handbook/strategy/rituals/"');
    expect(brief + doc).not.toMatch(/href="[^"]*\.mdx/);
  });

  it('finds a brief with search, and the hit links under the base', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${BASE}`);
    await page.waitForFunction(() => customElements.get('site-search') !== undefined);
    await page.locator('button[data-open-modal]').click();
    const input = page.locator('#starlight__search input');
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.fill('checkout');
    const hit = page.locator('#starlight__search a[href^="/handbook/"]').first();
    await hit.waitFor({ state: 'visible', timeout: 15_000 });
    const href = await hit.getAttribute('href');
    expect((await fetch(new URL(href!, server.url))).status).toBe(200);
    expect(await page.locator('#starlight__search a[href]:not([href^="/handbook/"])').count()).toBe(
      0,
    );
    await page.close();
  }, 60_000);

  it('links /llms.txt and the twins absolutely under the site URL and base, to files in dist', () => {
    const txt = readFileSync(join(dist, 'llms.txt'), 'utf8');
    const brief = readFileSync(join(dist, 'initiatives', 'auto-scheduler-beta.md'), 'utf8');
    const linksIn = (markdown: string) =>
      [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
    // The index and the header are the site's own links (absolute); body links are published
    // as the HTML page publishes them (under the base).
    const urls = [...linksIn(txt), ...linksIn(brief).map((url) => new URL(url, SITE_URL).href)];
    expect(linksIn(txt).every((url) => url.startsWith(`${SITE_URL}${BASE}`))).toBe(true);
    expect(urls.length).toBeGreaterThan(20);
    const files = new Set(filesBelow(dist));
    for (const url of urls) {
      expect(url).toMatch(/^https:\/\/org\.github\.io\/handbook\//);
      const path = decodeURIComponent(new URL(url).pathname.slice(BASE.length));
      const file =
        path === '' || path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
      expect(files.has(file), url).toBe(true);
    }
    const html = readFileSync(join(dist, 'roadmap', 'index.html'), 'utf8');
    expect(html).toContain(
      '<link rel="alternate" type="text/markdown" href="/handbook/roadmap.md"',
    );
  });

  it('puts the base in every strategy.json url and in the sitemap', () => {
    const data = JSON.parse(readFileSync(join(dist, 'strategy.json'), 'utf8')) as StrategyExport;
    const urls = [
      data.northStar?.['url'],
      ...data.pillars.map((p) => p['url']),
      ...data.initiatives.map((i) => i.url),
    ];
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url).toMatch(/^\/handbook\//);
    for (const brief of data.initiatives)
      expect(brief.url).toBe(`/handbook/initiatives/${brief.id}/`);
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs.length).toBeGreaterThan(40);
    for (const loc of locs) expect(loc).toMatch(/^https:\/\/org\.github\.io\/handbook\//);
  });

  it('shows no edit link without a repository, and no placeholder anywhere in dist/', () => {
    const offenders: string[] = [];
    for (const file of filesBelow(dist)) {
      if (!/\.(html|js|json|xml|txt|css)$/.test(file)) continue;
      const text = readFileSync(file, 'utf8').replace(PAGEFIND_SCRATCH_ORIGIN, '');
      const hit = PLACEHOLDER.exec(text);
      if (hit)
        offenders.push(
          `${file.slice(dist.length)}: ${text.slice(Math.max(0, hit.index - 60), hit.index + 40)}`,
        );
      if (file.endsWith('.html') && /class="[^"]*\bedit-link\b|Edit page/i.test(text))
        offenders.push(`${file.slice(dist.length)}: edit link`);
    }
    expect(offenders).toEqual([]);
  });
});
