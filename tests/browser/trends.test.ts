/**
 * Trend charts in a built site: a copy of the sample with a git history of its own (three
 * commits moving the North Star and one indicator, one indicator named like an exploit), built
 * with the real `npm run build`. The sample's own history holds one value per metric, so it shows
 * no chart; this copy does. Checked in Chromium: the chart's points, labels and table carry the
 * committed values and dates; the hostile name is text; home and pillar fit at 1280 and 375 px in
 * light and dark, with no axe violation and no literal Markdown; the build log warns of nothing
 * but lint.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildCopy, projectCopy } from '../support/project-copy.ts';
import { gitRepo } from '../support/git-repo.ts';
import {
  axeViolations,
  hasChromium,
  launchBrowser,
  serveStatic,
  type StaticServer,
} from './harness.ts';
import { layoutProblems, measure } from './layout-report.ts';
import { themes, widths } from './page-kinds.ts';

const HOSTILE = '<script>alert(1)</script></title><b>bold</b>';
const NORTH_STAR = 'content/strategy/north-star.mdx';
const PILLAR = 'content/pillars/dispatch-intelligence.mdx';

/** The three commits: North Star value, the auto-scheduled share, the hostile indicator. */
const history = [
  { date: '2026-08-01T09:00:00Z', northStar: 150000, share: '6%', hostile: '3' },
  { date: '2026-09-15T09:00:00Z', northStar: 180000, share: '11%', hostile: '4' },
  { date: '2026-11-01T09:00:00Z', northStar: 212400, share: '18%', hostile: '4' },
];

describe.skipIf(!hasChromium)('trend charts from git history', () => {
  let copy: string;
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let log = '';
  const url = (path: string) => `${server.url}${path}`;

  beforeAll(async () => {
    copy = await projectCopy('trends');
    const repo = gitRepo('', copy);
    const northStar = readFileSync(join(copy, NORTH_STAR), 'utf8');
    const pillar = readFileSync(join(copy, PILLAR), 'utf8');
    expect(northStar).toContain('current: { value: 212400,');
    expect(pillar).toContain('current: "18%" }');
    for (const step of history) {
      repo.write(
        NORTH_STAR,
        northStar.replace('current: { value: 212400,', `current: { value: ${step.northStar},`),
      );
      repo.write(
        PILLAR,
        pillar
          .replace('current: "18%" }', `current: "${step.share}" }`)
          .replace(
            'indicators:\n',
            `indicators:\n  - { name: ${JSON.stringify(HOSTILE)}, target: "5", current: "${step.hostile}" }\n`,
          ),
      );
      repo.commit(`Readings of ${step.date.slice(0, 10)}`, step.date);
    }
    const build = await buildCopy(copy, { NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' });
    log = build.output;
    expect(build.code, build.output.slice(-3000)).toBe(0);
    server = await serveStatic(join(copy, 'dist'));
    const launched = await launchBrowser();
    if (!launched) throw new Error('no Chromium');
    browser = launched;
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  /** What a reader and a screen reader get from each chart on the page. */
  const charts = () =>
    page.locator('figure.trend').evaluateAll((figures) =>
      figures.map((figure) => {
        const svg = figure.querySelector('svg')!;
        const described = document.getElementById(svg.getAttribute('aria-describedby') ?? '');
        const labelled = document.getElementById(svg.getAttribute('aria-labelledby') ?? '');
        return {
          caption: figure.querySelector('figcaption')?.textContent ?? '',
          role: svg.getAttribute('role'),
          name: labelled?.textContent ?? '',
          description: described?.textContent ?? '',
          dots: [...svg.querySelectorAll('.trend__dot')].map((dot) => dot.getAttribute('d')),
          target: svg.querySelector('.trend__target')?.getAttribute('d') ?? null,
          axis: [...figure.querySelectorAll('[aria-hidden="true"] span')].map((s) => s.textContent),
          rows: [...figure.querySelectorAll('tbody tr')].map((row) =>
            [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim()),
          ),
          dates: [...figure.querySelectorAll('tbody time')].map((t) => t.getAttribute('datetime')),
        };
      }),
    );

  it('draws the North Star from the committed values, at their dates, with its target', async () => {
    await page.goto(url('/'));
    const [chart, ...others] = await charts();
    expect(others).toEqual([]);
    expect(chart).toMatchObject({
      caption: 'On-time jobs per week',
      role: 'img',
      name: 'On-time jobs per week over time',
      description:
        'On-time jobs per week rose from 150,000 jobs on 1 Aug 2026 to 212,400 jobs on 1 Nov 2026 over 3 readings (target 300,000 jobs).',
      axis: ['300,000 jobs', '150,000 jobs', '1 Aug 2026', '1 Nov 2026'],
      rows: [
        ['1 Aug 2026', '150,000 jobs'],
        ['15 Sept 2026', '180,000 jobs'],
        ['1 Nov 2026', '212,400 jobs'],
      ],
      dates: ['2026-08-01', '2026-09-15', '2026-11-01'],
      target: 'M0 0 H1000',
    });
    // x: days since the first reading of 92; y: 300 at 150,000 up to 0 at the 300,000 target.
    const x = (days: number) => Math.round((days / 92) * 10000) / 10;
    const y = (value: number) => Math.round((300 - ((value - 150000) / 150000) * 300) * 10) / 10;
    expect(chart!.dots).toEqual([
      `M0 ${y(150000)} h0`,
      `M${x(45)} ${y(180000)} h0`,
      `M1000 ${y(212400)} h0`,
    ]);
  });

  it("draws each changed indicator on its pillar's page; an unchanged one is a sentence", async () => {
    await page.goto(url('/pillars/dispatch-intelligence/'));
    const found = await charts();
    expect(found.map((c) => c.caption)).toEqual([HOSTILE, 'Share of jobs auto-scheduled']);
    expect(found[1]).toMatchObject({
      rows: [
        ['1 Aug 2026', '6%'],
        ['15 Sept 2026', '11%'],
        ['1 Nov 2026', '18%'],
      ],
      axis: ['40%', '6%', '1 Aug 2026', '1 Nov 2026'],
    });
    // Two readings, 3 then 4 (the third commit left it alone), against a target of 5.
    expect(found[0]!.rows).toEqual([
      ['1 Aug 2026', '3'],
      ['15 Sept 2026', '4'],
    ]);
    const single = await page.locator('p.trend__single').allTextContents();
    expect(single).toEqual([
      'Arrival-window hit rate: one reading so far, 86.4% on 1 Aug 2026 (target 92%).',
      'Dispatcher minutes per 100 jobs: one reading so far, 71 min on 1 Aug 2026 (target < 45 min).',
    ]);
  });

  it('shows an indicator name that looks like markup as text, in the caption and the title', async () => {
    await page.goto(url('/pillars/dispatch-intelligence/'));
    const first = (await charts())[0]!;
    expect(first.caption).toBe(HOSTILE);
    expect(first.name).toBe(`${HOSTILE} over time`);
    expect(first.description.startsWith(`${HOSTILE} rose from 3 on 1 Aug 2026`)).toBe(true);
    expect(await page.locator('main b', { hasText: 'bold' }).count()).toBe(0);
    expect(await page.locator('script', { hasText: 'alert(1)' }).count()).toBe(0);
    // Outside quoted attribute values (where `<` cannot open a tag), the name is escaped.
    const html = readFileSync(join(copy, 'dist/pillars/dispatch-intelligence/index.html'), 'utf8');
    const markup = html.replace(/="[^"]*"/g, '=""');
    expect(markup).not.toContain('<script>alert(1)');
    expect(markup).not.toContain('</title><b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;/title&gt;');
  });

  it('fits, shows no Markdown and has no axe violation at every width and theme', async () => {
    const problems: string[] = [];
    for (const width of widths) {
      for (const theme of themes) {
        const view = await browser.newPage({
          viewport: { width, height: 900 },
          colorScheme: theme,
        });
        for (const route of ['/', '/pillars/dispatch-intelligence/']) {
          await view.goto(url(route));
          await view
            .locator('main details')
            .evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
          const where = `${route} at ${width} px, ${theme}`;
          problems.push(...layoutProblems(await measure(view), where, width));
          problems.push(...(await axeViolations(view)).map((line) => `${where}: ${line}`));
          // The drawing fills its column (no fixed pixel size) and keeps its height.
          const box = await view.locator('figure.trend svg').first().boundingBox();
          const column = await view.locator('figure.trend .trend__plot').first().boundingBox();
          if (!box || !column || box.width < column.width * 0.6 || box.height < 100)
            problems.push(`${where}: chart is ${box?.width}×${box?.height} in ${column?.width}`);
        }
        await view.close();
      }
    }
    expect(problems).toEqual([]);
  });

  it('builds with no warnings other than the lint summary', () => {
    const warnings = log
      .replace(/\x1b\[[0-9;]*m/g, '')
      .split('\n')
      .filter((line) => /\[WARN\]|\bwarn(ing)?\b/i.test(line))
      .filter((line) => !/\[handbook-lint\]/.test(line));
    expect(warnings).toEqual([]);
  });
});
