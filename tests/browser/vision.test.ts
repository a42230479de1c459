/** The vision page in a real browser: every leader under every question, gaps, accessibility. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { configSchema } from '../../linter/config/schema.ts';
import { repoRoot } from '../setup/site-dir.ts';
import { hasChromium, seriousAxeViolations, useSite } from './harness.ts';

/** Frontmatter of every file in a content folder (not recursive). */
function frontmatter(folder: string): { id: string; data: Record<string, unknown> }[] {
  const dir = join(repoRoot, 'content', folder);
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
      return { id: name.replace(/\.mdx?$/, ''), data: parse(yaml) as Record<string, unknown> };
    });
}

const questions = configSchema.parse({}).vision.questions;
const leaders = frontmatter('vision');
const gaps = frontmatter('vision/gaps');

describe.skipIf(!hasChromium)('vision page', () => {
  const site = useSite({ beforeAll, afterAll }, inject('siteDir'));
  let page: Page;

  beforeAll(async () => {
    page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(10_000);
    await page.goto(site.url('/vision/'));
  });

  it('has a section per configured question, headed by its text', async () => {
    const headings = await page.locator('section[data-question] > h2').allTextContents();
    expect(headings.map((h) => h.trim())).toEqual(questions.map((q) => q.text));
  });

  it('shows every leader for each question, with role and date', async () => {
    expect(leaders.length).toBeGreaterThanOrEqual(3);
    for (const question of questions) {
      const section = page.locator(`section[data-question="${question.id}"]`);
      const names = (await section.locator('article.answer h3').allTextContents())
        .map((n) => n.trim())
        .sort();
      expect(names, question.id).toEqual(leaders.map((l) => String(l.data['respondent'])).sort());
      for (const leader of leaders) {
        const card = section.locator(`article[data-respondent="${leader.id}"]`);
        expect(await card.textContent()).toContain(String(leader.data['role']));
        expect(await card.locator('time').count()).toBe(1);
      }
    }
  });

  it('opens with a summary matrix: questions ranked by disagreement × leaders, with open gaps', async () => {
    const summary = page.locator('table.hb-vision-summary');
    // The summary comes before the first question.
    const order = await page.evaluate(() => {
      const table = document.querySelector('table.hb-vision-summary');
      const first = document.querySelector('section[data-question]');
      return table && first
        ? table.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING
        : 0;
    });
    expect(order).toBeTruthy();
    const headers = (await summary.locator('thead th').allTextContents()).map((h) => h.trim());
    for (const leader of leaders)
      expect(headers.some((h) => h.startsWith(String(leader.data['respondent'])))).toBe(true);
    const rows = summary.locator('tbody tr');
    expect(await rows.count()).toBe(questions.length);
    const scores = (
      await summary.locator('tbody td[data-label="Disagreement"]').allTextContents()
    ).map((text) => Number(/(\d+)%/.exec(text)?.[1]));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const gap of gaps.filter((g) => g.data['status'] === 'open')) {
      const row = summary.locator(`tbody tr[data-question="${String(gap.data['question'])}"]`);
      expect(await row.locator('td[data-label="Open gaps"]').textContent()).toContain(
        String(gap.data['title']),
      );
    }
  });

  it('gives each question a disagreement score that separates the questions, explained and linked', async () => {
    const scores = await page.locator('section[data-question] .hb-disagreement').allTextContents();
    expect(scores).toHaveLength(questions.length);
    const percents = scores.map((score) => {
      expect(score).toMatch(/Disagreement:\s*(?:High|Medium|Low) \(\d+%\)/);
      return Number(/\((\d+)%\)/.exec(score)?.[1]);
    });
    // Separates: every question its own score, and more than one level on the sample.
    expect(new Set(percents).size).toBe(questions.length);
    expect(new Set(scores.map((score) => /High|Medium|Low/.exec(score)?.[0])).size).toBeGreaterThan(
      1,
    );
    // One sentence on top, a link to the details.
    await page.getByRole('link', { name: 'How it is computed' }).first().click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#method');
    expect(await page.locator('section[aria-labelledby="method"]').textContent()).toMatch(
      /baseline/,
    );
  });

  it('shows the answers to a question side by side, one column per leader', async () => {
    const tops = await page
      .locator(`section[data-question="${questions[0]!.id}"] article.answer`)
      .evaluateAll((cards) => cards.map((card) => Math.round(card.getBoundingClientRect().top)));
    expect(tops).toHaveLength(leaders.length);
    expect(new Set(tops).size).toBe(1);
  });

  it('renders gap bodies as Markdown: headings and lists, no literal `##`', async () => {
    const withBody = page.locator('ul[data-gaps] details');
    expect(await withBody.count()).toBeGreaterThan(0);
    await withBody.first().locator('summary').click();
    const body = withBody.first().locator('.gap-body');
    expect(await body.locator('h2, h3, h4').count()).toBeGreaterThan(0);
    expect(await body.textContent()).not.toMatch(/(^|\s)## /);
    expect(await page.locator('.gap-body li').count()).toBeGreaterThan(0);
  });

  it('lists each gap under its question, open or closed', async () => {
    expect(gaps.length).toBeGreaterThanOrEqual(2);
    for (const gap of gaps) {
      const status = String(gap.data['status']);
      const list = page.locator(
        `section[data-question="${String(gap.data['question'])}"] ul[data-gaps="${status}"]`,
      );
      expect(await list.textContent(), gap.id).toContain(String(gap.data['title']));
    }
  });

  it('marks an unanswered question as "No answer yet" and old answers as due a check-in', async () => {
    const missing = await page.locator('article[data-answered="false"]').count();
    const noAnswer = await page.getByText('No answer yet', { exact: true }).count();
    expect(noAnswer).toBe(missing);
    const due = await page.locator('article.answer').filter({ hasText: 'Due a check-in' }).count();
    expect(due % questions.length).toBe(0); // a leader's check-in state is the same under every question
  });

  it('fits a 375 px screen', async () => {
    const small = await site.browser.newPage({ viewport: { width: 375, height: 800 } });
    await small.goto(site.url('/vision/'));
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await small.close();
  });

  it.each(['light', 'dark'] as const)(
    'has no serious or critical axe violations (%s theme)',
    async (colorScheme) => {
      const context = await site.browser.newContext({ colorScheme });
      const themed = await context.newPage();
      await themed.goto(site.url('/vision/'));
      await themed
        .locator('details')
        .evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
      expect(await seriousAxeViolations(themed)).toEqual([]);
      await context.close();
    },
  );
});
