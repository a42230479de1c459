/**
 * The pull-request comment for a sample diff (what the trusted CI job renders from the JSON):
 * hostile text from content stays text, lists are capped, links point only at the configured
 * site, and a saved diff that is not what `handbook diff` writes is refused with one line.
 */
import { describe, expect, it } from 'vitest';
import { briefUrls, formatDiffMarkdown, LIST_LIMIT } from '../../linter/diff/markdown.ts';
import { codeSpan, escapeMarkdown } from '../../linter/diff/markdown-escape.ts';
import { parseSavedDiff } from '../../linter/diff/saved-diff.ts';
import type { BriefRef, StrategyDiff } from '../../linter/diff/diff-schema.ts';
import { isUsageError } from '../../linter/errors.ts';

const brief = (id: string, title: string, extra: Partial<BriefRef> = {}): BriefRef => ({
  id,
  title,
  file: `content/initiatives/2027-q1/${id}.mdx`,
  pillar: 'growth',
  pillarTitle: 'Self-serve growth',
  quarter: '2027-Q1',
  status: 'proposed',
  kind: 'feature',
  owner: '@dana',
  ...extra,
});

/** A sample diff: one brief with a hostile title added, nothing else. */
function sample(overrides: Partial<StrategyDiff> = {}): StrategyDiff {
  return {
    version: 1,
    base: { ref: 'origin/main', commit: '0123456789abcdef0123456789abcdef01234567' },
    empty: false,
    headline: 'ignored: the renderer writes its own',
    techDebtCapacity: 0.2,
    briefs: { added: [brief('x', 'Plain')], removed: [], moved: [], changed: [] },
    dependencies: {
      added: [],
      removed: [],
      newCycles: [],
      brokenCycles: [],
      newlyBlocked: [],
      unblocked: [],
    },
    pillars: [],
    quarters: [],
    health: [],
    vision: { respondents: [], answers: [] },
    gaps: { opened: [], closed: [] },
    northStar: [],
    indicators: [],
    lint: { new: [], fixed: [] },
    ...overrides,
  };
}

const hostile =
  '<script>alert(1)</script> | cell | `code` [x](javascript:alert(1)) @octocat @org/team #12 **bold** $x$ https://evil.example www.evil.example ~~s~~ ![i](y)\n# heading';

describe('escapeMarkdown', () => {
  it('keeps HTML, tables, code, links, mentions, references, math and autolinks inert', () => {
    const text = escapeMarkdown(hostile);
    expect(text).not.toMatch(/<|\n/);
    expect(text).toContain('&lt;script&gt;alert\\(1\\)&lt;/script&gt;');
    expect(text).toContain('\\| cell \\|');
    expect(text).toContain('\\`code\\`');
    expect(text).toContain('\\[x\\]\\(javascript:alert\\(1\\)\\)');
    expect(text).toContain('@&#8203;octocat @&#8203;org/team \\#&#8203;12');
    expect(text).toContain('\\*\\*bold\\*\\* \\$x\\$');
    expect(text).toContain(
      'https:&#8203;//evil.example www&#8203;.evil.example \\~\\~s\\~\\~ \\!\\[i\\]\\(y\\) \\#&#8203; heading',
    );
  });

  it('shows controls and bidi overrides as visible escapes', () => {
    expect(escapeMarkdown('a\u001b[31mb\u202ec')).toBe('a\\\\x1b\\[31mb\\\\u202ec');
  });

  it('fences code spans longer than the backticks inside', () => {
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
  });
});

describe('formatDiffMarkdown (a sample diff)', () => {
  const site = briefUrls({ site: { url: 'https://acme.example', base: '/handbook/' } });

  it('renders a hostile brief title, reason and owner as text in the comment', () => {
    const diff = sample({
      briefs: {
        added: [brief('evil', hostile, { owner: '@octocat' })],
        removed: [],
        moved: [],
        changed: [
          {
            brief: brief('stop', 'Stop <b>it</b>', { status: 'deprioritized', kind: 'experiment' }),
            changes: [{ field: 'status', before: 'exploratory', after: 'deprioritized' }],
            reason: 'Ask @octocat | see #3',
          },
        ],
      },
    });
    const markdown = formatDiffMarkdown(diff, site);
    expect(markdown.split('\n')).toEqual([
      '### Strategy diff',
      '',
      '**1 brief added \\(feature\\), 1 experiment deprioritized.**',
      '',
      'Compared with `origin/main` at `0123456789ab`.',
      '',
      '#### Self-serve growth `growth`',
      '',
      `- **Added** [${escapeMarkdown(hostile)}](https://acme.example/handbook/initiatives/evil/): 2027-Q1 · feature · proposed · owner \`@octocat\``,
      '- **Deprioritized experiment** [Stop &lt;b&gt;it&lt;/b&gt;](https://acme.example/handbook/initiatives/stop/): status exploratory → deprioritized; reason: Ask @&#8203;octocat \\| see \\#&#8203;3',
      '',
    ]);
    // Outside code spans, no `@name` is left for GitHub to turn into a mention.
    expect(markdown.replace(/`[^`]*`/g, '')).not.toMatch(/@[a-z0-9]/i);
  });

  it('links briefs only to the configured site; without a site URL, titles are plain text', () => {
    expect(formatDiffMarkdown(sample(), site)).toContain(
      '[Plain](https://acme.example/handbook/initiatives/x/)',
    );
    const plain = formatDiffMarkdown(sample(), briefUrls({ site: { base: '/' } }));
    expect(plain).toContain('- **Added** Plain: 2027-Q1');
    expect(plain).not.toContain('](');
  });

  it('never links a removed brief (its page is gone)', () => {
    const markdown = formatDiffMarkdown(
      sample({ briefs: { added: [], removed: [brief('old', 'Old')], moved: [], changed: [] } }),
      site,
    );
    expect(markdown).toContain('- **Removed** Old: 2027-Q1');
  });

  it('caps long lists and says how many are left', () => {
    const added = Array.from({ length: LIST_LIMIT + 7 }, (_, i) =>
      brief(`b-${String(i).padStart(3, '0')}`, `Brief ${i}`),
    );
    const markdown = formatDiffMarkdown(
      sample({ briefs: { added, removed: [], moved: [], changed: [] } }),
      site,
    );
    expect(markdown.match(/^- \*\*Added\*\*/gm)).toHaveLength(LIST_LIMIT);
    expect(markdown).toContain('- … and 7 more (`handbook diff --format json` lists them all)');
  });

  it('says an empty change in one line', () => {
    expect(
      formatDiffMarkdown(
        sample({ empty: true, briefs: { added: [], removed: [], moved: [], changed: [] } }),
        site,
      ),
    ).toBe('No change to the strategy since origin/main.\n');
  });
});

describe('parseSavedDiff', () => {
  const refused = (text: string): string => {
    try {
      parseSavedDiff(text, 'diff.json');
    } catch (error) {
      if (isUsageError(error)) return error.message;
      throw error;
    }
    throw new Error('accepted');
  };

  it('accepts what handbook diff writes', () => {
    expect(parseSavedDiff(JSON.stringify(sample()), 'diff.json').briefs.added[0]?.id).toBe('x');
  });

  it('refuses anything else with one line naming the first problem', () => {
    expect(refused('{')).toMatch(/^Unexpected content in `diff.json`: not JSON \(/);
    expect(refused(JSON.stringify({ ...sample(), version: 2 }))).toMatch(
      /^Unexpected value at `version` in `diff.json`: /,
    );
    expect(refused(JSON.stringify({ ...sample(), extra: '<img onerror>' }))).toMatch(
      /^Unexpected value at the top level in `diff.json`: Unrecognized key/,
    );
    const badQuarter = sample({
      briefs: {
        added: [brief('x', 'X', { quarter: '2027-Q1 | <b>' })],
        removed: [],
        moved: [],
        changed: [],
      },
    });
    expect(refused(JSON.stringify(badQuarter))).toMatch(
      /^Unexpected value at `briefs\.added\.0\.quarter` in `diff.json`/,
    );
    for (const message of [refused('{'), refused('[]')]) expect(message).not.toContain('\n');
  });
});
