/**
 * Every quick fix, before and after, through the real rules: each case writes one file into a
 * copy of a fixture handbook, lints it into the in-memory index and runs the fix passes that
 * `handbook lint --fix` and the language server share. Lines without a fix stay byte for byte.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../linter/config/load.ts';
import { fixHandbook } from '../../linter/fix/fix-handbook.ts';
import { HandbookIndex } from '../../linter/workspace/handbook-index.ts';
import { copyFixture, removeCopies } from '../cli/helpers.ts';

afterEach(removeCopies);

const WHY =
  'Inviting a colleague today takes their email address and an admin, and a link any member can share removes both steps.';
const frontmatter = (fields: Record<string, string> = {}) => {
  const all: Record<string, string> = {
    title: 'Share links',
    owner: '"@lena"',
    quarter: '2026-Q3',
    status: 'proposed',
    pillar: 'team-growth',
    kind: 'feature',
    reviewed: '2026-10-01',
    ...fields,
  };
  return [
    '---',
    ...Object.entries(all)
      .filter(([, value]) => value !== '')
      .map(([key, value]) => (value.startsWith('\n') ? `${key}:${value}` : `${key}: ${value}`)),
    '---',
    '',
  ].join('\n');
};
const body = `\n## Why\n\n${WHY}\n\n## Success criteria\n\n- Invites accepted per team from 1.2 to 3 per month by 2026-12-31.\n`;
const PATH = 'content/initiatives/share-links.mdx';

async function fix(text: string, path = PATH): Promise<{ after: string; titles: string[] }> {
  const root = copyFixture('authoring-handbook');
  writeFileSync(join(root, path), text);
  const config = resolveConfig({}, 'defaults', new Date('2026-11-24T00:00:00Z'));
  const index = await HandbookIndex.open(root, config, { cache: false, workers: 0 });
  const fixed = await fixHandbook(index, (file) => file === path);
  const file = fixed.find((entry) => entry.path === path);
  return {
    after: file?.after ?? text,
    titles: file?.applied.map((applied) => applied.title) ?? [],
  };
}

describe('quick fixes, before and after', () => {
  it.each([
    [
      'a misspelt pillar',
      { pillar: 'team-grwth' },
      { pillar: 'team-growth' },
      'Replace `team-grwth` with `team-growth`',
    ],
    [
      'a misspelt pillar in quotes',
      { pillar: '"team-grwth"' },
      { pillar: '"team-growth"' },
      'Replace `team-grwth` with `team-growth`',
    ],
    [
      'a misspelt enum value',
      { status: 'propsed' },
      { status: 'proposed' },
      'Replace `propsed` with `proposed`',
    ],
    [
      'a misspelt enum value in another field',
      { kind: 'featur' },
      { kind: 'feature' },
      'Replace `featur` with `feature`',
    ],
    [
      'a misspelt dependency in a block list',
      { dependsOn: '\n  - invite-link' },
      { dependsOn: '\n  - invite-links' },
      'Replace `invite-link` with `invite-links`',
    ],
    [
      'a misspelt dependency in a flow list',
      { dependsOn: '[cut-checkout-latncy]' },
      { dependsOn: '[cut-checkout-latency]' },
      'Replace `cut-checkout-latncy` with `cut-checkout-latency`',
    ],
  ])('replaces %s with the one did-you-mean id', async (_name, broken, repaired, title) => {
    const result = await fix(frontmatter(broken) + body);
    expect(result.after).toBe(frontmatter(repaired) + body);
    expect(result.titles).toEqual([title]);
  });

  it.each([
    ['a pillar nothing is close to', { pillar: 'billing' }],
    ['a retired pillar (moving a brief is a decision)', { pillar: 'marketplace' }],
    ['an enum value that is a number', { status: '7' }],
  ])('leaves %s alone', async (_name, fields) => {
    const text = frontmatter(fields) + body;
    expect((await fix(text)).after).toBe(text);
  });

  it('adds a missing `## Why` heading after the frontmatter, keeping the prose as it is', async () => {
    const text = `${frontmatter()}\n${WHY}\n\n## Success criteria\n\n- Invites accepted per team from 1.2 to 3 per month by 2026-12-31.\n`;
    const result = await fix(text);
    expect(result.after).toBe(
      `${frontmatter()}\n## Why\n\n${WHY}\n\n## Success criteria\n\n- Invites accepted per team from 1.2 to 3 per month by 2026-12-31.\n`,
    );
    expect(result.titles).toEqual(['Add the `## Why` heading']);
  });

  it('adds a missing `## Success criteria` heading after the Why section, before the next one', async () => {
    const text = `${frontmatter()}\n## Why\n\n${WHY}\n\n## Risks\n\nNone known.\n`;
    expect((await fix(text)).after).toBe(
      `${frontmatter()}\n## Why\n\n${WHY}\n\n## Success criteria\n\n## Risks\n\nNone known.\n`,
    );
  });

  it('adds both experiment headings, Hypothesis before Exit criteria, at the end', async () => {
    const text = frontmatter({ kind: 'experiment' }) + body;
    const result = await fix(text);
    expect(result.after).toBe(`${text}\n## Hypothesis\n\n## Exit criteria\n`);
    expect(result.titles.sort()).toEqual([
      'Add the `## Exit criteria` heading',
      'Add the `## Hypothesis` heading',
    ]);
  });

  it('adds Hypothesis before an existing Exit criteria section', async () => {
    const text = `${frontmatter({ kind: 'experiment' })}${body}\n## Exit criteria\n\nStop at 500 teams.\n`;
    expect((await fix(text)).after).toBe(
      `${frontmatter({ kind: 'experiment' })}${body}\n## Hypothesis\n\n## Exit criteria\n\nStop at 500 teams.\n`,
    );
  });

  it('removes an MDX suppression comment that silences nothing, with its line', async () => {
    const text = `${frontmatter()}\n## Why\n\n{/* handbook-disable-next-line brief-why */}\n${WHY}\n\n## Success criteria\n\n- Invites accepted per team from 1.2 to 3 per month by 2026-12-31.\n`;
    const result = await fix(text);
    expect(result.after).toBe(frontmatter() + body);
    expect(result.titles).toEqual(['Remove the unused suppression of `brief-why`']);
  });

  it('removes only the unused and unknown names when the comment names several', async () => {
    const text = `${frontmatter({ pillar: 'team-grwth' }).replace('pillar: team-grwth', '# handbook-disable-next-line brief-pillar stale-review no-such-rule\npillar: team-grwth')}${body}`;
    const result = await fix(text);
    expect(result.after).toBe(
      `${frontmatter({ pillar: 'team-grwth' }).replace('pillar: team-grwth', '# handbook-disable-next-line brief-pillar\npillar: team-grwth')}${body}`,
    );
    expect(result.titles.sort()).toEqual([
      'Remove the unknown rule `no-such-rule` from the suppression',
      'Remove the unused suppression of `stale-review`',
    ]);
  });

  it('removes an unused suppression in a Markdown (.md) file and in frontmatter', async () => {
    const md = `${frontmatter().replace('kind: feature', '# handbook-disable-next-line stale-review\nkind: feature')}\n<!-- handbook-disable-next-line brief-why -->\n## Why\n\n${WHY}\n\n## Success criteria\n\n- Invites accepted per team from 1.2 to 3 per month by 2026-12-31.\n`;
    const result = await fix(md, 'content/initiatives/share-links.md');
    expect(result.after).toBe(frontmatter() + body);
  });

  it('applies fixes of several kinds in one file, and a second run finds nothing', async () => {
    const text = `${frontmatter({ pillar: 'team-grwth', status: 'actve' })}\n{/* handbook-disable-next-line pillar-orphan */}\n${WHY}\n`;
    const first = await fix(text);
    expect(first.after).toBe(
      `${frontmatter({ status: 'active' })}\n## Why\n\n${WHY}\n\n## Success criteria\n`,
    );
    const second = await fix(first.after);
    expect(second.titles).toEqual([]);
    expect(second.after).toBe(first.after);
  });
});
