/**
 * The content of a new handbook (`handbook init`): the North Star, its pillars, one starter
 * brief per pillar (so no pillar starts orphaned), and the strategy docs with the brief
 * templates. Pure: answers and a date in, files out, so tests check every file lints clean
 * without touching the disk. Values that only the organization knows are marked `edit` in the
 * frontmatter; the narrative sections say in an MDX comment what to write.
 */
import { stringify } from 'yaml';
import { isoDay, quarterOf } from '../core/dates.ts';
import { deriveId } from './ids.ts';
import { briefTemplate, field, frontmatter } from './templates.ts';

export interface SkeletonAnswers {
  /** The North Star's short name, e.g. "Weekly active teams". */
  northStar: string;
  /** Its definition: what exactly is counted. */
  metric: string;
  /** The accountable handle for the North Star and, to start with, every pillar. */
  owner: string;
  /** Titles of the 2–4 pillars. */
  pillars: readonly string[];
}

/** What `--yes` fills in for every answer not given as a flag. */
export const skeletonDefaults: SkeletonAnswers = {
  northStar: 'Weekly active customers',
  metric: 'Customers who used the product at least once in a calendar week',
  owner: '@leadership',
  pillars: ['Product excellence', 'Customer growth'],
};

/** One file of the skeleton: a root-relative POSIX path and its text. */
export interface SkeletonFile {
  path: string;
  text: string;
}

/** A pillar of the skeleton, with the id its file and URL get. */
export interface SkeletonPillar {
  id: string;
  title: string;
}

/** Ids of the pillars (unique, derived from their titles); undefined for a title without one. */
export function pillarIds(titles: readonly string[]): (string | undefined)[] {
  const seen = new Set<string>();
  return titles.map((title) => {
    const id = deriveId(title);
    if (id === '' || seen.has(id)) return undefined;
    seen.add(id);
    return id;
  });
}

/** Every content file of a new handbook, in a stable order. */
export function skeletonFiles(answers: SkeletonAnswers, now: Date): SkeletonFile[] {
  const today = isoDay(now);
  const pillars: SkeletonPillar[] = answers.pillars.map((title, i) => ({
    id: pillarIds(answers.pillars)[i] ?? `pillar-${i + 1}`,
    title,
  }));
  return [
    { path: 'content/strategy/north-star.mdx', text: northStarText(answers, now) },
    ...pillars.map((pillar) => ({
      path: `content/pillars/${pillar.id}.mdx`,
      text: pillarText(pillar, answers),
    })),
    ...pillars.map((pillar) => starterBrief(pillar, answers, now)),
    {
      path: 'content/docs/strategy/how-we-use-this-handbook.mdx',
      text: handbookGuide(answers, pillars),
    },
    {
      path: 'content/docs/guides/how-to-write-a-brief.mdx',
      text: briefGuide(pillars[0]?.id ?? 'pillar-1', today, quarterOf(now)),
    },
  ];
}

function northStarText(answers: SkeletonAnswers, now: Date): string {
  const today = isoDay(now);
  const inAYear = isoDay(
    new Date(Date.UTC(now.getUTCFullYear() + 1, now.getUTCMonth(), Math.min(now.getUTCDate(), 28))),
  );
  const lines = [
    field('title', answers.northStar),
    field('metric', answers.metric),
    `current: { value: 0, asOf: ${today} }  # edit: the latest measured value and its date`,
    `target: { value: 100, by: ${inAYear} }  # edit: where the metric should be, and by when`,
    field('owner', answers.owner),
    field('reviewed', today),
  ];
  const body = [
    `${escapeText(answers.northStar)} is the one number this strategy moves. Every pillar says how it`,
    'moves it, and every initiative brief names the pillar it ladders up to.',
    '',
    '{/* In a few paragraphs: what problem we solve, for whom, and why our approach lasts. Say why this metric, rather than revenue or usage alone, shows that customers get value. */}',
    '',
  ];
  return `${frontmatter(lines)}\n${body.join('\n')}`;
}

function pillarText(pillar: SkeletonPillar, answers: SkeletonAnswers): string {
  const lines = [
    field('title', pillar.title),
    field('owner', answers.owner, 'edit: the person or team accountable for this pillar'),
    field('summary', `What ${pillar.title} covers, in one sentence.`, 'edit'),
    field('drives', `How ${pillar.title} moves ${answers.northStar}.`, 'edit'),
    'indicators:  # edit: leading indicators that move before the North Star does',
    `  - { name: ${inline(`A leading indicator of ${pillar.title}`)}, target: ${inline('a target')} }`,
    field('status', 'active'),
  ];
  const body = [
    '{/* The pillar page shows this text above its initiatives. In a few paragraphs: the problem, for whom, why it moves the North Star, and what we deliberately do not do. */}',
    '',
  ];
  return `${frontmatter(lines)}\n${body.join('\n')}`;
}

/** The first brief of a pillar: writing its real briefs, due at the end of this quarter. */
function starterBrief(pillar: SkeletonPillar, answers: SkeletonAnswers, now: Date): SkeletonFile {
  const title = `Write the first briefs for ${pillar.title}`;
  const id = deriveId(`first-briefs-${pillar.id}`);
  const quarterEnd = isoDay(
    new Date(Date.UTC(now.getUTCFullYear(), Math.floor(now.getUTCMonth() / 3) * 3 + 3, 0)),
  );
  const lines = [
    field('title', title),
    field('owner', answers.owner),
    field('quarter', quarterOf(now)),
    field('status', 'active'),
    field('pillar', pillar.id),
    field('kind', 'enablement'),
    field('reviewed', isoDay(now)),
  ];
  const body = [
    '## Why',
    '',
    `${escapeText(pillar.title)} has no initiatives yet, so nobody can see how the work of this quarter moves`,
    `${escapeText(answers.northStar)}. Until the pillar's owner and its teams have written and reviewed their first`,
    'briefs, the pillar is a statement of intent rather than a plan that teams can pick up and change.',
    '',
    '## Success criteria',
    '',
    `- At least 3 briefs for this pillar merged by ${quarterEnd}`,
    `- 100% of the pillar's briefs name a measure and a target by ${quarterEnd}`,
    '',
    "{/* Replace this brief once the pillar's real briefs are merged: set `status: done`. */}",
    '',
  ];
  return {
    path: `content/initiatives/${id}.mdx`,
    text: `${frontmatter(lines)}\n${body.join('\n')}`,
  };
}

function handbookGuide(answers: SkeletonAnswers, pillars: readonly SkeletonPillar[]): string {
  const lines = [
    field('title', 'How we use this handbook'),
    field(
      'description',
      'What lives in the strategy handbook, who changes it and how a change is reviewed.',
    ),
    'sidebar:',
    '  order: 1',
  ];
  const body = [
    'This handbook is the strategy, kept as files in a repository and changed by pull request.',
    '',
    '## What is here',
    '',
    `- **The North Star**: ${escapeText(answers.northStar)}, the one metric every initiative should move (\`content/strategy/north-star.mdx\`).`,
    `- **The pillars**: ${pillars.map((pillar) => escapeText(pillar.title)).join(', ')}. Each says how it moves the North Star and which leading indicators show it (\`content/pillars/\`).`,
    '- **Initiative briefs**: one file per initiative, with its owner, quarter, status, pillar, why and success criteria (`content/initiatives/`).',
    '- **Vision answers**: leaders answer the same vision questions, and the site shows them side by side (`content/vision/`).',
    '',
    '## How a change is made',
    '',
    '1. Create the file: `npx handbook new brief` (or `pillar`, `vision`, `gap`).',
    '2. Run `npx handbook lint`. It names each problem, its rule and how to fix it.',
    '3. Open a pull request. CI lints the change and builds the site; the pillar owner reviews it.',
    '4. When it is merged, the published handbook shows it.',
    '',
    '## Rituals',
    '',
    'Review the North Star and the pillars every quarter, and set `reviewed` to the day of the',
    'review. Briefs and vision answers older than the review cadence (180 days unless configured)',
    'are reported as stale.',
    '',
  ];
  return `${frontmatter(lines)}\n${body.join('\n')}`;
}

/** The brief guide, with the template of each kind rendered by the same code as `handbook new brief`. */
function briefGuide(pillar: string, today: string, quarter: string): string {
  const lines = [
    field('title', 'How to write a brief'),
    field(
      'description',
      'The initiative brief template for each kind, and how to check a brief before review.',
    ),
    'sidebar:',
    '  order: 1',
  ];
  const template = (kind: string) =>
    [
      '```mdx',
      briefTemplate({
        title: 'Cut checkout latency in half',
        owner: '@dana',
        quarter,
        status: 'proposed',
        pillar,
        kind,
        reviewed: today,
      }).trimEnd(),
      '```',
    ].join('\n');
  const body = [
    'Every initiative starts as a brief: one MDX file in `content/initiatives/`, reviewed as a pull',
    'request. A brief answers three questions for someone who was not in the room: why we do this,',
    'how we will know it worked, and which pillar it serves.',
    '',
    '## Create and check a brief',
    '',
    '1. `npx handbook new brief --title "Cut checkout latency in half"` writes the file (in a terminal',
    '   it asks for the owner, quarter, pillar and kind).',
    '2. Write `## Why` in prose, with evidence, and `## Success criteria` as a list: each item a',
    '   measure and a target (a number, a percentage, an amount or a date).',
    '3. `npx handbook lint` reports what is left. Preview with `npm run dev`.',
    '',
    'Briefs are content, not code: no `import`, no `export` and no JavaScript expressions other than',
    'comments.',
    '',
    '## Feature or enablement',
    '',
    template('feature'),
    '',
    '## Experiment',
    '',
    'Experiments also state a falsifiable hypothesis and when they stop.',
    '',
    template('experiment'),
    '',
    '## Tech debt',
    '',
    'Tech debt also states its risk and what leaving it alone costs.',
    '',
    template('tech-debt'),
    '',
  ];
  return `${frontmatter(lines)}\n${body.join('\n')}`;
}

/** A flow-style YAML scalar (quoted when needed), for `{ name: …, target: … }`. */
function inline(value: string): string {
  return stringify(value, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE' }).trimEnd();
}

/** Text from an answer placed in an MDX body: braces and angle brackets are literal. */
function escapeText(value: string): string {
  return value.replace(/[{}<>*_`[\]\\]/g, (c) => `\\${c}`);
}
