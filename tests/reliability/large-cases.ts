/**
 * The 5 MB inputs of `large-files.slow.test.ts`, built to hit the patterns of the rules and the
 * engine: placeholder words in `brief-why`, measures in `brief-success-criteria`, suppression
 * comments, frontmatter fences and keys, link targets in `link-resolves`, deep nesting.
 */
import { faultBrief } from '../support/faults.ts';

const validBrief = faultBrief('platform-reliability');
export const MB5 = 5 * 1024 * 1024;

/** Repeats `unit` to about 5 MB. */
const fill = (unit: string) => unit.repeat(Math.ceil(MB5 / unit.length));

/** The valid brief with `text` appended to its Why paragraph. */
const inWhy = (text: string) => validBrief.replace(/(## Why\n\n[^\n]*)/, `$1 ${text}`);

const sizeName = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${bytes / 1024} KB`;

/** Inline constructs micromark (with GFM) handles superlinearly; also measured by `bench/hostile.ts`. */
export const hostileInline: { name: string; unit: string }[] = [
  { name: '`*a` (emphasis runs)', unit: '*a' },
  { name: '`a*` (emphasis closers)', unit: 'a*' },
  { name: '`**a` (strong runs)', unit: '**a' },
  { name: '`~~a` (strikethrough runs)', unit: '~~a' },
  { name: '`](a` (label ends)', unit: '](a' },
  { name: '`[^a]` (footnote calls)', unit: '[^a]' },
  { name: '`*a` in paragraphs of 100 runs', unit: `${'*a'.repeat(100)}\n\n` },
  { name: 'two-word lines in one paragraph (GFM autolinks revisit them)', unit: 'xxx www.x.io\n' },
  { name: 'two-word paragraphs', unit: 'xxx xxx\n\n' },
];

/** `knownHang`: why the case is skipped (an open problem, listed in the reliability report); none today. */
export const largeCases: { name: string; source: () => string; knownHang?: string }[] = [
  { name: 'one 5 MB line of `a` in the body', source: () => `${validBrief}${fill('a')}\n` },
  {
    name: 'one 5 MB line of `x` then a letter in the Why (placeholder `x{3,}`)',
    source: () => inWhy(`${fill('x')}a`),
  },
  {
    name: '5 MB of `xxx ` words in the Why (a placeholder at every word start)',
    source: () => inWhy(fill('xxx ')),
  },
  {
    name: '5 MB of `to be fill this ` in the Why (placeholder alternatives)',
    source: () => inWhy(fill('to be fill this ')),
  },
  {
    name: 'a 5 MB success criterion of digits and `q` words (measure patterns)',
    source: () => `${validBrief}- ${fill('q9 p95 1')}\n`,
  },
  {
    name: '5 MB of success criteria items',
    source: () => `${validBrief}${fill('- Reach 40% of teams by 2027-03-31\n')}`,
  },
  {
    name: 'an MDX suppression comment with 5 MB of spaces',
    source: () => `${validBrief}\n{/* handbook-disable-next-line brief-why${fill(' ')}x */}\n`,
  },
  {
    name: 'a YAML suppression comment with 5 MB of spaces',
    source: () =>
      validBrief.replace(
        '---\n',
        `---\n# handbook-disable-next-line frontmatter-schema a${fill(' ')}b\n`,
      ),
  },
  {
    name: 'an opening fence and 5 MB of `-- ` lines, never closed',
    source: () => `---\n${fill('-- \n')}`,
  },
  {
    name: 'a 5 MB frontmatter title',
    source: () => validBrief.replace('title: Fault fixture brief', `title: ${fill('a ')}`),
  },
  {
    name: 'a 5 MB frontmatter of distinct keys',
    source: () =>
      validBrief.replace(
        '---\n',
        `---\n${Array.from({ length: MB5 / 10 }, (_, i) => `k${i}: v`).join('\n')}\n`,
      ),
  },
  {
    name: '5 MB of escaped `{` `<` and `[` `*` `_` noise',
    source: () => `${validBrief}${fill('\\{ \\< [ * _ ` ')}\n`,
  },
  {
    name: '5 MB of blockquote markers on one line (over the depth limit)',
    source: () => `${validBrief}${fill('>')} x\n`,
  },
  { name: '5 MB of `[` brackets', source: () => `${validBrief}${fill('[')}\n` },
  {
    name: '5 MB of `## Why` sections with TBD',
    source: () => `${validBrief}${fill('## Why\n\nTBD\n\n')}`,
  },
  {
    name: 'a 5 MB link target of dots (link-resolves)',
    source: () => `${validBrief}\n[one](/${fill('.a')}!)\n`,
  },
  {
    name: 'a 5 MB relative link of segments (link-resolves)',
    source: () => `${validBrief}\n[two](../${fill('a/')}x.mdx)\n`,
  },
  // Small files that micromark parses superlinearly: stopped by the guards of linter/engine/guards.ts.
  {
    name: '2,000 `- ` on one line (4 KB of nested lists)',
    source: () => `${validBrief}${'- '.repeat(2_000)}x\n`,
  },
  {
    name: '10,000 `- ` on one line (20 KB of nested lists)',
    source: () => `${validBrief}${'- '.repeat(10_000)}x\n`,
  },
  {
    name: '400 indented list levels (160 KB)',
    source: () =>
      `${validBrief}${Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')}\n`,
  },
  {
    name: '3,000 setext headings (18 KB, quadratic in micromark)',
    source: () => `${validBrief}${'a\n--\n'.repeat(3_000)}`,
  },
  // Inline delimiters micromark resolves quadratically per paragraph (guards.ts: DELIMITER_BUDGET, MAX_DELIMITERS).
  ...hostileInline.flatMap(({ name, unit }) =>
    [80 * 1024, 1024 * 1024, MB5].map((bytes) => ({
      name: `${sizeName(bytes)} of ${name}`,
      source: () => `${validBrief}${unit.repeat(Math.ceil(bytes / unit.length))}\n`,
    })),
  ),
];
