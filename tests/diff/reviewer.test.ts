/**
 * The "done when", tried as a reviewer would: a pull request that moves a brief to the
 * next quarter, adds a tech-debt brief and deprioritizes an experiment gets a comment that says
 * exactly that, grouped by pillar, with the tech-debt share against capacity, and links to the
 * published pages.
 */
import { afterEach, expect, it } from 'vitest';
import { briefText, cleanUp, commit, diffBoth, edit, git, handbookRepo, write } from './helpers.ts';

afterEach(cleanUp);

it(
  'moves a brief, adds tech debt and deprioritizes an experiment: the comment says exactly that',
  { timeout: 60_000 },
  async () => {
    const root = handbookRepo();
    git(
      root,
      'mv',
      'content/initiatives/2027-q1/faster-checkout.mdx',
      'content/initiatives/2027-q2/faster-checkout.mdx',
    );
    edit(
      root,
      'content/initiatives/2027-q2/faster-checkout.mdx',
      'quarter: 2027-Q1',
      'quarter: 2027-Q2',
    );
    write(
      root,
      'content/initiatives/2027-q1/drop-legacy-cache.mdx',
      briefText({
        title: 'Drop the legacy cache',
        quarter: '2027-Q1',
        pillar: 'reliability',
        kind: 'tech-debt',
        owner: '@kim',
        extra: 'risk: medium\nimpact: Cache bugs cost a day of support a week.\n',
      }),
    );
    edit(
      root,
      'content/initiatives/2027-q1/search-experiment.mdx',
      'status: exploratory',
      'status: deprioritized\nreason: Search usage is too low to learn from before Q2.',
    );
    commit(root, 'Q1 replanning');

    const { code, json, markdown } = await diffBoth(root);
    expect(code).toBe(0);
    expect(json.headline).toBe(
      '1 brief added (tech debt), 1 moved to 2027-Q2, 1 experiment deprioritized; tech debt in 2027-Q1 goes from 20% to 50% of the quarter (limit 20%)',
    );
    expect(json.briefs.added.map((b) => [b.id, b.kind])).toEqual([
      ['drop-legacy-cache', 'tech-debt'],
    ]);
    expect(json.briefs.removed).toEqual([]);
    expect(json.briefs.moved.map((m) => [m.brief.id, m.from, m.to])).toEqual([
      [
        'faster-checkout',
        'content/initiatives/2027-q1/faster-checkout.mdx',
        'content/initiatives/2027-q2/faster-checkout.mdx',
      ],
    ]);
    expect(json.briefs.changed.map((c) => [c.brief.id, c.changes, c.reason])).toEqual([
      ['faster-checkout', [{ field: 'quarter', before: '2027-Q1', after: '2027-Q2' }], undefined],
      [
        'search-experiment',
        [{ field: 'status', before: 'exploratory', after: 'deprioritized' }],
        'Search usage is too low to learn from before Q2.',
      ],
    ]);
    expect(json.lint).toEqual({ new: [], fixed: [] });

    const lines = markdown.split('\n');
    expect(lines.slice(0, 6)).toEqual([
      '### Strategy diff',
      '',
      '**1 brief added \\(tech debt\\), 1 moved to 2027-Q2, 1 experiment deprioritized; tech debt in 2027-Q1 goes from 20% to 50% of the quarter \\(limit 20%\\).**',
      '',
      'Compared with `main` at `<commit>`.',
      '',
    ]);
    const site = 'https://acme.example/handbook/initiatives';
    expect(lines.slice(6, 18)).toEqual([
      '#### Platform reliability `reliability`',
      '',
      `- **Added** [Drop the legacy cache](${site}/drop-legacy-cache/): 2027-Q1 · tech debt · proposed · owner \`@kim\``,
      '- Initiatives: proposed 2 → 3 (committed 3 → 4)',
      '',
      '#### Self-serve growth `growth`',
      '',
      `- **Moved to 2027-Q2** [Faster checkout](${site}/faster-checkout/): quarter 2027-Q1 → 2027-Q2; file \`content/initiatives/2027-q1/faster-checkout.mdx\` → \`content/initiatives/2027-q2/faster-checkout.mdx\``,
      `- **Deprioritized experiment** [Search suggestions experiment](${site}/search-experiment/): status exploratory → deprioritized; reason: Search usage is too low to learn from before Q2.`,
      '- Initiatives: exploratory 1 → 0, deprioritized 0 → 1 (committed 2)',
      '',
      '<details><summary>Roadmap and tech debt by quarter (2 quarters)</summary>',
    ]);
    expect(lines.slice(18, 28)).toEqual([
      '',
      '| Quarter | Committed | Exploratory | Done | Deprioritized | Tech debt (limit 20%) |',
      '|---|---:|---:|---:|---:|---:|',
      '| 2027-Q1 | 4 | 1 → 0 | 0 | 0 → 1 | 20% (1/5) → 50% (2/4) ⚠️ |',
      '| 2027-Q2 | 1 → 2 | 0 | 0 | 0 | 0% (0/2) |',
      '',
      '- **2027-Q1**: committed + `drop-legacy-cache`, − `faster-checkout`; exploratory − `search-experiment`; deprioritized + `search-experiment`',
      '- **2027-Q2**: committed + `faster-checkout`',
      '',
      '</details>',
    ]);
    expect(markdown).toContain('| Quarters over tech-debt capacity | 0 | 1 |');
    expect(markdown.match(/<details>/g)).toHaveLength(2);
  },
);
