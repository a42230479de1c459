/**
 * `handbook diff --format markdown`: the pull-request comment. The headline on top, the brief
 * changes grouped by pillar, everything else (roadmap and tech debt by quarter, dependencies,
 * health, vision, North Star, lint errors) folded in `<details>` blocks. A pure function of the
 * diff and the site's URLs; every value from the diff goes through `markdown-escape.ts`, because
 * in CI the diff arrives as a file from the pull request's own job. Lists are capped so the
 * comment stays under GitHub's 65,536 characters.
 */
import type { HandbookConfig } from '../config/schema.ts';
import { siteUrlOf } from '../engine/content-links.ts';
import { kindLabels, statusLabels } from '../core/labels.ts';
import type { BriefChange, BriefRef, PillarDelta, StrategyDiff } from './diff-schema.ts';
import { headlineOf, percent, plural } from './headline.ts';
import { codeSpan, escapeMarkdown, markdownLink } from './markdown-escape.ts';

/** Items shown per list; the rest is counted. */
export const LIST_LIMIT = 50;

/** The published page of a brief file, or undefined when no site URL is configured. */
export type BriefUrl = (file: string) => string | undefined;

/** Brief page URLs on the configured site (`site.url` + `site.base`), or none without a site URL. */
export function briefUrls(config: Pick<HandbookConfig, 'site'>): BriefUrl {
  const origin = config.site.url?.replace(/\/+$/, '');
  if (origin === undefined) return () => undefined;
  return (file) => {
    const link = `/${file}`;
    const path = siteUrlOf(link, '', config.site.base);
    return path === link || !path.startsWith('/') ? undefined : origin + path;
  };
}

const e = escapeMarkdown;
const kindText = (kind: BriefRef['kind']) => kindLabels[kind].toLowerCase();
const statusText = (status: string) =>
  (statusLabels as Record<string, string>)[status]?.toLowerCase() ?? status;

function capped<T>(items: readonly T[], line: (item: T) => string): string[] {
  const lines = items.slice(0, LIST_LIMIT).map(line);
  if (items.length > LIST_LIMIT)
    lines.push(
      `- … and ${items.length - LIST_LIMIT} more (\`handbook diff --format json\` lists them all)`,
    );
  return lines;
}

function details(summary: string, body: readonly string[]): string[] {
  return body.length === 0
    ? []
    : ['', `<details><summary>${summary}</summary>`, '', ...body, '', '</details>'];
}

const arrow = (before: string | number, after: string | number) =>
  before === after ? `${before}` : `${before} → ${after}`;

/** Renders the diff as GitHub-flavoured Markdown (one line when nothing changed). */
export function formatDiffMarkdown(diff: StrategyDiff, url: BriefUrl): string {
  const headline = headlineOf(diff);
  if (diff.empty) return `${e(headline)}.\n`;
  const link = (brief: BriefRef) => markdownLink(brief.title, url(brief.file));
  const lines: string[] = [
    '### Strategy diff',
    '',
    `**${e(headline)}.**`,
    '',
    `Compared with ${codeSpan(diff.base.ref)} at ${codeSpan(diff.base.commit.slice(0, 12))}.`,
  ];

  for (const section of pillarSections(diff)) {
    lines.push('', `#### ${section.title}`, '');
    lines.push(...capped(section.items, (item) => item));
  }

  lines.push(
    ...details(
      `Roadmap and tech debt by quarter (${plural(diff.quarters.length, 'quarter')})`,
      quarterLines(diff),
    ),
  );
  lines.push(...details('Dependencies', dependencyLines(diff)));
  const health = diff.health.filter((row) => row.before !== row.after);
  lines.push(
    ...details(
      `Health indicators (${plural(health.length, 'change')})`,
      health.length === 0
        ? []
        : [
            '| Indicator | Before | After |',
            '|---|---:|---:|',
            ...diff.health.map((row) => `| ${e(row.label)} | ${row.before} | ${row.after} |`),
          ],
    ),
  );
  lines.push(...details('Vision answers and gaps', visionLines(diff)));
  lines.push(...details('North Star and indicators', northStarLines(diff)));
  lines.push(
    ...details(
      `Lint errors (${diff.lint.new.length} new, ${diff.lint.fixed.length} fixed)`,
      lintLines(diff),
    ),
  );
  return `${lines.join('\n')}\n`;

  function pillarSections(d: StrategyDiff): { title: string; items: string[] }[] {
    const sections = new Map<string, { title: string; order: string; items: string[] }>();
    const section = (id: string, title: string | null) => {
      let found = sections.get(id);
      if (!found) {
        found = {
          title:
            title === null
              ? `Pillar ${codeSpan(id)} (no such pillar)`
              : `${e(title)} ${codeSpan(id)}`,
          order: `${title ?? '\uffff'}\0${id}`,
          items: [],
        };
        sections.set(id, found);
      }
      return found;
    };
    const facts = (brief: BriefRef) =>
      `${brief.quarter} · ${kindText(brief.kind)} · ${statusText(brief.status)} · owner ${codeSpan(brief.owner)}`;
    for (const pillar of d.pillars) section(pillar.id, pillar.title);
    for (const brief of d.briefs.added)
      section(brief.pillar, brief.pillarTitle).items.push(
        `- **Added** ${link(brief)}: ${facts(brief)}`,
      );
    for (const brief of d.briefs.removed)
      section(brief.pillar, brief.pillarTitle).items.push(
        `- **Removed** ${e(brief.title)}: ${facts(brief)}`,
      );
    const moves = new Map(d.briefs.moved.map((move) => [move.brief.id, move]));
    for (const change of d.briefs.changed) {
      const move = moves.get(change.brief.id);
      moves.delete(change.brief.id);
      section(change.brief.pillar, change.brief.pillarTitle).items.push(
        changeLine(change) + (move ? `; file ${codeSpan(move.from)} → ${codeSpan(move.to)}` : ''),
      );
    }
    for (const move of moves.values()) {
      section(move.brief.pillar, move.brief.pillarTitle).items.push(
        `- **File moved** ${link(move.brief)}: ${codeSpan(move.from)} → ${codeSpan(move.to)}`,
      );
    }
    for (const pillar of d.pillars)
      section(pillar.id, pillar.title).items.push(...pillarLines(pillar));
    return [...sections.values()].sort((a, b) =>
      a.order < b.order ? -1 : a.order > b.order ? 1 : 0,
    );
  }

  function changeLine(change: BriefChange): string {
    const field = (name: string) => change.changes.find((c) => c.field === name);
    const status = field('status');
    const quarter = field('quarter');
    const label =
      status?.after === 'deprioritized'
        ? `Deprioritized${change.brief.kind === 'feature' ? '' : ` ${kindText(change.brief.kind)}`}`
        : quarter
          ? `Moved to ${e(quarter.after)}`
          : status
            ? `Now ${e(statusText(status.after))}`
            : field('pillar')
              ? 'Changed pillar'
              : 'Changed';
    const parts = change.changes.map((c) => {
      if (c.field === 'owner' || c.field === 'pillar')
        return `${c.field} ${codeSpan(c.before)} → ${codeSpan(c.after)}`;
      if (c.field === 'title') return `title “${e(c.before)}” → “${e(c.after)}”`;
      if (c.field === 'kind')
        return `kind ${e(kindLabels[c.before as BriefRef['kind']]?.toLowerCase() ?? c.before)} → ${e(kindLabels[c.after as BriefRef['kind']]?.toLowerCase() ?? c.after)}`;
      if (c.field === 'status')
        return `status ${e(statusText(c.before))} → ${e(statusText(c.after))}`;
      return `${c.field} ${e(c.before)} → ${e(c.after)}`;
    });
    const reason = change.reason === undefined ? '' : `; reason: ${e(change.reason)}`;
    return `- **${label}** ${link(change.brief)}: ${parts.join(', ')}${reason}`;
  }

  function pillarLines(pillar: PillarDelta): string[] {
    const out: string[] = [];
    if (pillar.change !== null) out.push(`- **Pillar ${pillar.change}**`);
    if (pillar.lostLastCommitted)
      out.push('- ⚠️ **Loses its last committed initiative** (no proposed or active brief left)');
    if (pillar.gainedFirstCommitted) out.push('- Gains its first committed initiative');
    if (pillar.counts.length > 0) {
      const counts = pillar.counts
        .map((row) => `${statusText(row.status)} ${arrow(row.before, row.after)}`)
        .join(', ');
      out.push(
        `- Initiatives: ${counts} (committed ${arrow(pillar.committed.before, pillar.committed.after)})`,
      );
    }
    return out;
  }
}

function quarterLines(diff: StrategyDiff): string[] {
  if (diff.quarters.length === 0) return [];
  const limit = percent(diff.techDebtCapacity);
  const debt = (side: StrategyDiff['quarters'][number]['techDebt']['before']) =>
    `${percent(side.share)} (${side.techDebt}/${side.total})${side.over ? ' ⚠️' : ''}`;
  const rows = diff.quarters.map((q) => {
    const { before, after } = q.techDebt;
    const share =
      before.share === after.share && before.over === after.over
        ? debt(after)
        : `${debt(before)} → ${debt(after)}`;
    return `| ${e(q.quarter)} | ${arrow(q.committed.before, q.committed.after)} | ${arrow(q.exploratory.before, q.exploratory.after)} | ${arrow(q.done.before, q.done.after)} | ${arrow(q.deprioritized.before, q.deprioritized.after)} | ${share} |`;
  });
  const moves = diff.quarters.flatMap((q) => {
    const parts = (['committed', 'exploratory', 'done', 'deprioritized'] as const).flatMap(
      (name) => {
        const col = q[name];
        const ids = [
          ...col.entered.map((id) => `+ ${codeSpan(id)}`),
          ...col.left.map((id) => `− ${codeSpan(id)}`),
        ];
        return ids.length === 0 ? [] : [`${name} ${ids.join(', ')}`];
      },
    );
    return parts.length === 0 ? [] : [`- **${e(q.quarter)}**: ${parts.join('; ')}`];
  });
  return [
    `| Quarter | Committed | Exploratory | Done | Deprioritized | Tech debt (limit ${limit}) |`,
    '|---|---:|---:|---:|---:|---:|',
    ...rows,
    ...(moves.length === 0 ? [] : ['', ...capped(moves, (line) => line)]),
  ];
}

function dependencyLines(diff: StrategyDiff): string[] {
  const d = diff.dependencies;
  const chain = (ids: readonly string[]) => [...ids, ids[0] ?? ''].map(codeSpan).join(' → ');
  return [
    ...capped(d.added, (edge) => `- Added: ${codeSpan(edge.from)} depends on ${codeSpan(edge.to)}`),
    ...capped(
      d.removed,
      (edge) => `- Removed: ${codeSpan(edge.from)} no longer depends on ${codeSpan(edge.to)}`,
    ),
    ...capped(d.newCycles, (cycle) => `- ⚠️ **New cycle**: ${chain(cycle)}`),
    ...capped(d.brokenCycles, (cycle) => `- Cycle resolved: ${chain(cycle)}`),
    ...capped(
      d.newlyBlocked,
      (b) =>
        `- **Newly blocked**: ${e(b.brief.title)} ${codeSpan(b.brief.id)} waits on ${b.waitingOn.map(codeSpan).join(', ')}`,
    ),
    ...capped(d.unblocked, (b) => `- Unblocked: ${e(b.title)} ${codeSpan(b.id)}`),
  ];
}

function visionLines(diff: StrategyDiff): string[] {
  return [
    ...capped(
      diff.vision.respondents,
      (r) => `- Answers of ${e(r.respondent)} ${codeSpan(r.id)} ${r.change}`,
    ),
    ...capped(
      diff.vision.answers,
      (a) =>
        `- ${e(a.respondent)} ${codeSpan(a.id)}: answer to ${codeSpan(a.question)} ${a.change}`,
    ),
    ...capped(
      diff.gaps.opened,
      (g) => `- **Gap opened**: ${e(g.title)} ${codeSpan(g.id)} (question ${codeSpan(g.question)})`,
    ),
    ...capped(
      diff.gaps.closed,
      (g) => `- Gap closed: ${e(g.title)} ${codeSpan(g.id)} (question ${codeSpan(g.question)})`,
    ),
  ];
}

function northStarLines(diff: StrategyDiff): string[] {
  const value = (text: string | null) => (text === null ? 'none' : e(text));
  return [
    ...diff.northStar.map(
      (c) => `- North Star ${e(c.field)}: ${value(c.before)} → ${value(c.after)}`,
    ),
    ...capped(
      diff.indicators,
      (i) =>
        `- Pillar ${codeSpan(i.pillar)}, indicator “${e(i.name)}”: ${i.field === 'indicator' ? '' : `${i.field} `}${value(i.before)} → ${value(i.after)}`,
    ),
  ];
}

function lintLines(diff: StrategyDiff): string[] {
  const item = (m: StrategyDiff['lint']['new'][number]) =>
    `${codeSpan(`${m.file}:${m.line}:${m.column}`)} ${codeSpan(m.ruleId)} ${e(m.message)}`;
  return [
    ...capped(diff.lint.new, (m) => `- **New**: ${item(m)}`),
    ...capped(diff.lint.fixed, (m) => `- Fixed: ${item(m)}`),
  ];
}
