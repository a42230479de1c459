/**
 * The Markdown twins of the strategy views: home (North Star, pillars, initiatives by status),
 * `/initiatives/`, `/roadmap/` and `/changes/`. Each renders the same derivations as its HTML
 * page (the core's groupings and counts, `roadmapTimeline`, the git change feed), given to it;
 * nothing here loads the handbook or computes a fact of its own.
 */
import { formatMetric, northStarProgress } from '../../../linter/core/north-star.ts';
import { isoDay } from '../../../linter/core/dates.ts';
import { groupByStatus, type StatusCounts } from '../../../linter/core/group.ts';
import { kindLabels, statusLabels, statusOrder } from '../../../linter/core/labels.ts';
import type { NorthStar } from '../../../linter/schema/north-star.ts';
import type { Change } from '../derive/changes.ts';
import { changeLabels, changeRoute } from '../derive/change-feed.ts';
import type { RoadmapTimeline } from '../derive/roadmap-timeline.ts';
import type { BriefEntry, Entry, PillarEntry } from '../derive/types.ts';
import { briefItem, briefLink, fact, pillarTwin, statusText, type TwinLinks } from './entries.ts';
import { code, heading, link, list, oneLine, paragraph, raw, table, toMarkdown, type Inline } from './write.ts';
import { markdownRoute } from './routes.ts';

/** The handbook's name, as the site's title says it. */
export const handbookName = 'Strategy Handbook';

/** `2 active, 1 proposed` (statuses with briefs only), or `no initiatives`. */
export function countsText(counts: StatusCounts | undefined): string {
  const parts = statusOrder.filter((s) => (counts?.byStatus[s] ?? 0) > 0).map((s) => `${counts?.byStatus[s]} ${statusLabels[s].toLowerCase()}`);
  return parts.length === 0 ? 'no initiatives' : parts.join(', ');
}

/** The North Star in one sentence: `1,240 teams now, target 2,000 by 2027-06-30 (62%)`. */
export function northStarNumbers(northStar: NorthStar): string {
  const progress = northStarProgress(northStar);
  const unit = northStar.unit ? ` ${oneLine(northStar.unit)}` : '';
  return `${formatMetric(progress.current)}${unit} now (as of ${isoDay(northStar.current.asOf)}), target ${formatMetric(progress.target)}${unit} by ${isoDay(northStar.target.by)} (${progress.percent}% of target${progress.reached ? ', reached' : ''})`;
}

export interface HomeTwinInput {
  northStar: Entry<NorthStar> | undefined;
  /** The North Star's narrative, cleaned Markdown. */
  narrative: string;
  /** Pillars in display order (`sortPillars`). */
  pillars: readonly PillarEntry[];
  counts: ReadonlyMap<string, StatusCounts>;
  initiatives: readonly BriefEntry[];
  links: TwinLinks;
}

export function homeMarkdown(input: HomeTwinInput): string {
  const { northStar, links } = input;
  const active = input.pillars.filter((p) => p.data.status === 'active');
  const retired = input.pillars.filter((p) => p.data.status === 'retired');
  const titleOf = new Map(input.pillars.map((p) => [p.id, p.data.title]));
  return toMarkdown([
    heading(1, handbookName),
    northStar ? heading(2, 'North Star: ', northStar.data.title) : paragraph('No North Star yet.'),
    northStar && paragraph(oneLine(northStar.data.metric)),
    northStar &&
      list([
        fact('Progress', northStarNumbers(northStar.data)),
        fact('Owner', oneLine(northStar.data.owner)),
        fact('Reviewed', isoDay(northStar.data.reviewed)),
      ]),
    input.narrative !== '' && heading(2, 'Why this North Star'),
    raw(input.narrative),
    heading(2, 'Pillars'),
    active.length === 0 && paragraph('No active pillars.'),
    list(
      active.map((p) => [
        link(links.url(pillarTwin(p.id)), p.data.title),
        `: ${oneLine(p.data.summary)} Drives the North Star: ${oneLine(p.data.drives)} Owner ${oneLine(p.data.owner)}; initiatives: ${countsText(input.counts.get(p.id))}.`,
      ]),
    ),
    retired.length > 0 && paragraph('Retired, kept for history: ', ...retired.flatMap((p, i) => [i > 0 ? ', ' : '', link(links.url(pillarTwin(p.id)), p.data.title)])),
    heading(2, 'Initiatives by status'),
    ...[...groupByStatus(input.initiatives)]
      .filter(([, briefs]) => briefs.length > 0)
      .flatMap(([status, briefs]) => [
        heading(3, `${statusLabels[status]} (${briefs.length})`),
        list(briefs.map((b) => [...briefItem(b, links), ` (${oneLine(titleOf.get(b.data.pillar) ?? b.data.pillar)})`])),
      ]),
    paragraph(link(links.url(markdownRoute('/roadmap/')), 'Roadmap by quarter'), ' · ', link(links.url(markdownRoute('/health/')), 'Alignment health'), ' · ', link(links.url(markdownRoute('/vision/')), 'Vision')),
  ]);
}

export interface InitiativesTwinInput {
  /** Every brief, in the index's order (`sortBriefs`). */
  briefs: readonly BriefEntry[];
  pillarTitle: (id: string) => string;
  links: TwinLinks;
}

export function initiativesMarkdown(input: InitiativesTwinInput): string {
  const { briefs, links } = input;
  return toMarkdown([
    heading(1, 'Initiatives'),
    paragraph(`${briefs.length} ${briefs.length === 1 ? 'initiative' : 'initiatives'}, by quarter then title.`),
    briefs.length > 0 &&
      table(
        ['Initiative', 'Pillar', 'Quarter', 'Status', 'Kind', 'Owner'],
        briefs.map((b) => [briefLink(b, links), oneLine(input.pillarTitle(b.data.pillar)), b.data.quarter, statusText(b.data), kindLabels[b.data.kind], oneLine(b.data.owner)]),
      ),
  ]);
}

export function roadmapMarkdown(timeline: RoadmapTimeline, links: TwinLinks): string {
  const current = timeline.quarters.find((q) => q.current)?.quarter;
  return toMarkdown([
    heading(1, 'Roadmap'),
    paragraph(`Initiatives by quarter and pillar${current ? `; ${current} is the current quarter` : ''}. Committed work is proposed or active; deprioritized briefs keep their reason.`),
    timeline.quarters.length === 0 && paragraph('No initiatives yet.'),
    ...timeline.quarters.flatMap((q, column) => {
      const lanes = timeline.lanes.filter((lane) => (lane.cells[column] ?? []).length > 0);
      return [
        heading(2, q.quarter, q.current ? ' (current quarter)' : q.past ? ' (past)' : ''),
        lanes.length === 0 && paragraph('Nothing planned.'),
        ...lanes.flatMap((lane) => [
          heading(3, link(links.url(pillarTwin(lane.pillar)), lane.title), lane.retired ? ' (retired)' : ''),
          list((lane.cells[column] ?? []).map((b): Inline[] => [briefLink(b, links), ` — ${statusText(b.data)}, ${kindLabels[b.data.kind].toLowerCase()}, ${oneLine(b.data.owner)}`])),
        ]),
      ];
    }),
  ]);
}

export function changesMarkdown(changes: readonly Change[], links: TwinLinks): string {
  return toMarkdown([
    heading(1, 'What changed'),
    paragraph(`${changes.length} ${changes.length === 1 ? 'change' : 'changes'} from the repository's history, newest first.`),
    changes.length === 0 && paragraph('No history yet.'),
    list(
      changes.map((change) => [
        `${isoDay(change.date)} ${changeLabels[change.kind]}: `,
        link(links.url(markdownRoute(changeRoute(change))), change.title),
        ` — ${oneLine(change.text)} `,
        code(change.commit.slice(0, 7)),
      ]),
    ),
  ]);
}
