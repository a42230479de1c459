/** The built sample site: a page per brief and pillar, a short sidebar, strategy.json, git dates. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { idOf } from '../../linter/schema/index.ts';
import { rules } from '../../linter/rules/index.ts';
import { ruleUrl } from '../../linter/engine/messages.ts';
import { loadConfig } from '../../linter/config/load.ts';
import { editBaseUrlOf } from '../../site/lib/settings.ts';
import type { StrategyExport } from '../../site/lib/derive/strategy-export.ts';
import { repoRoot } from '../setup/site-dir.ts';

const siteDir = inject('siteDir');
const html = (route: string): string => readFileSync(join(siteDir, route, 'index.html'), 'utf8');

function contentIds(folder: string): string[] {
  const dir = join(repoRoot, 'content', folder);
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => idOf(f.replaceAll('\\', '/')));
}

/** The sidebar's markup of a page (Starlight renders it in `<nav aria-label="Main">`). */
function sidebarOf(page: string): string {
  const start = page.indexOf('id="starlight__sidebar"');
  expect(start, 'sidebar present').toBeGreaterThan(-1);
  return page.slice(start, page.indexOf('</nav>', start));
}

const briefIds = contentIds('initiatives');
const pillarIds = contentIds('pillars');

describe('built sample site', () => {
  it('has a page for every brief and pillar', () => {
    expect(briefIds.length).toBeGreaterThan(0);
    for (const id of briefIds)
      expect(existsSync(join(siteDir, 'initiatives', id, 'index.html')), id).toBe(true);
    for (const id of pillarIds)
      expect(existsSync(join(siteDir, 'pillars', id, 'index.html')), id).toBe(true);
    for (const route of ['', 'initiatives', 'roadmap'])
      expect(existsSync(join(siteDir, route, 'index.html'))).toBe(true);
  });

  it('has a reference page for every lint rule, where its docs url points', () => {
    for (const rule of rules) {
      expect(ruleUrl(rule.id, { site: { url: 'https://org.github.io', base: '/handbook/' } })).toBe(
        `https://org.github.io/handbook/reference/rules/${rule.id}/`,
      );
      // The description is the page's meta description (backticks dropped); the body shows them as code.
      expect(html(`reference/rules/${rule.id}`)).toContain(rule.description.replaceAll('`', ''));
    }
    expect(html('reference/rules')).toContain('/reference/rules/brief-why/');
  });

  it('has a sidebar with the strategy views and docs, and no brief in it', () => {
    const sidebar = sidebarOf(html('initiatives'));
    for (const href of [
      '/',
      '/initiatives/',
      '/roadmap/',
      '/vision/',
      '/health/',
      '/diagnostic/',
    ]) {
      expect(sidebar).toContain(`href="${href}"`);
    }
    expect(sidebar).toMatch(/href="\/strategy\/[^"]+"/);
    expect(sidebar).not.toMatch(/href="\/initiatives\/[^"]+\/"/);
    const briefSidebar = sidebarOf(html(`initiatives/${briefIds[0]}`));
    expect(briefSidebar).not.toMatch(/href="\/initiatives\/[^"]+\/"/);
  });

  it('exports every brief in strategy.json with YYYY-MM-DD dates', () => {
    const data = JSON.parse(readFileSync(join(siteDir, 'strategy.json'), 'utf8')) as StrategyExport;
    expect(data.version).toBe(1);
    expect(data.initiatives.map((i) => i.id).sort()).toEqual([...briefIds].sort());
    expect(data.pillars.map((p) => p.id).sort()).toEqual([...pillarIds].sort());
    for (const brief of data.initiatives) {
      expect(brief.url).toBe(`/initiatives/${brief.id}/`);
      expect(Array.isArray(brief.neededBy)).toBe(true);
      if (brief.reviewed !== undefined) expect(brief.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    for (const edge of data.dependencies) expect(briefIds).toContain(edge.from);
    expect(data.northStar?.['current']).toMatchObject({
      asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
  });

  const inGit = (() => {
    try {
      return (
        execFileSync('git', ['log', '-1', '--format=%H', '--', 'content/docs'], {
          cwd: repoRoot,
          encoding: 'utf8',
        }).trim() !== ''
      );
    } catch {
      return false;
    }
  })();

  it.skipIf(!inGit)(
    'gives a committed docs page and a committed brief a last-updated date from git',
    () => {
      const docs = readdirSync(join(siteDir, 'strategy')).filter((d) =>
        existsSync(join(siteDir, 'strategy', d, 'index.html')),
      );
      const dated = docs.filter((d) =>
        /Last updated:?\s*<time datetime="\d{4}-\d{2}-\d{2}T/.test(html(`strategy/${d}`)),
      );
      expect(dated.length, 'docs pages with a last-updated date').toBeGreaterThan(0);
      const briefsDated = briefIds.filter((id) =>
        /Last updated:?\s*<time datetime="\d{4}-/.test(html(`initiatives/${id}`)),
      );
      expect(briefsDated.length).toBeGreaterThan(0);
    },
  );

  it("ships no script on content pages beyond Starlight's own; the filter script only on the index", () => {
    const scripts = (page: string) => ({
      external: [...page.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]),
      inlineModules: (page.match(/<script type="module">/g) ?? []).length,
    });
    const docsPage = readdirSync(join(siteDir, 'strategy')).find((d) =>
      existsSync(join(siteDir, 'strategy', d, 'index.html')),
    );
    const starlight = scripts(html(`strategy/${docsPage}`));
    for (const route of ['', `initiatives/${briefIds[0]}`, `pillars/${pillarIds[0]}`, 'roadmap']) {
      const own = scripts(html(route));
      for (const src of own.external) expect(starlight.external, `${route}: ${src}`).toContain(src);
      expect(own.inlineModules, route).toBeLessThanOrEqual(starlight.inlineModules);
      expect(html(route)).not.toContain('hb-filters');
    }
    expect(html('initiatives')).toContain('id="hb-filters"');
  });

  it('links briefs to their source for editing when the repository is known, and shows no edit link otherwise', async () => {
    // The build's environment decides: the git remote `origin` (a clone of GitHub) or nothing.
    const editBase = await editBaseUrlOf(
      await loadConfig(repoRoot, { env: process.env }),
      repoRoot,
    );
    const page = html(`initiatives/${briefIds[0]}`);
    if (editBase === undefined) expect(page).not.toMatch(/Edit page/);
    else expect(page).toContain(`href="${editBase}content/initiatives/`);
    expect(page).not.toMatch(/github\.com\/example\//);
  });
});
