/**
 * The Markdown twins of a brief and of a pillar: a header with the facts the HTML page shows
 * (the same frontmatter, the same core groupings) and then the body, as the content loader
 * stored it from the one parse (beside the data store: linter/build/twin-bodies.ts). Links go to other twins, so an
 * assistant that follows them stays in Markdown; each twin names its HTML page too.
 */
import { briefRoute, pillarRoute } from '../../../linter/core/collections.ts';
import type { BriefLink } from '../../../linter/core/dependencies.ts';
import { isoDay } from '../../../linter/core/dates.ts';
import { nonEmptyStatusGroups } from '../../../linter/core/group.ts';
import { kindLabels, statusLabels } from '../../../linter/core/labels.ts';
import type { BriefEntry, PillarEntry } from '../derive/types.ts';
import { heading, joined, link, list, oneLine, paragraph, raw, strong, toMarkdown, type Inline } from './write.ts';
import { markdownRoute } from './routes.ts';

/** What the twins link with: a root-relative route to a URL (absolute with a site URL). */
export interface TwinLinks {
  url: (route: string) => string;
}

/** A labelled fact line: `**Owner:** @dana`. */
export function fact(label: string, ...value: Inline[]): Inline[] {
  return [strong(`${label}:`), ' ', ...value];
}

export const briefTwin = (id: string): string => markdownRoute(briefRoute(id));
export const pillarTwin = (id: string): string => markdownRoute(pillarRoute(id));

/** The status with the deprioritization reason, as the brief page shows it. */
export function statusText(data: BriefEntry['data']): string {
  const label = statusLabels[data.status];
  return data.status === 'deprioritized' ? `${label} (reason: ${oneLine(data.reason ?? 'no reason given')})` : label;
}

export interface BriefTwinInput {
  brief: BriefEntry;
  pillar: PillarEntry | undefined;
  /** Resolved ids (`resolveBriefs`); an unknown id is shown as text, as the page does. */
  dependsOn: readonly BriefLink[];
  neededBy: readonly BriefLink[];
  /** The cleaned body Markdown; empty when there is none. */
  body: string;
  links: TwinLinks;
}

/** `[Title](/initiatives/x.md)`. */
export function briefLink(brief: BriefEntry, links: TwinLinks): Inline {
  return link(links.url(briefTwin(brief.id)), brief.data.title);
}

export function briefMarkdown(input: BriefTwinInput): string {
  const { brief, pillar, links } = input;
  const data = brief.data;
  const facts: Inline[][] = [
    fact('Status', statusText(data)),
    fact('Pillar', link(links.url(pillarTwin(data.pillar)), pillar?.data.title ?? data.pillar), pillar?.data.status === 'retired' ? ' (retired)' : ''),
    fact('Owner', oneLine(data.owner)),
    fact('Quarter', data.quarter),
    fact('Kind', kindLabels[data.kind]),
    fact('Depends on', ...joined(input.dependsOn.map((d) => (d.brief ? briefLink(d.brief, links) : oneLine(d.id))))),
    fact('Needed by', ...joined(input.neededBy.map((d) => (d.brief ? briefLink(d.brief, links) : oneLine(d.id))))),
    fact('Reviewed', data.reviewed ? isoDay(data.reviewed) : 'never'),
  ];
  if (data.risk) facts.push(fact('Risk', data.risk));
  if (data.impact) facts.push(fact('Impact', oneLine(data.impact)));
  facts.push(fact('Page', link(links.url(briefRoute(brief.id)), links.url(briefRoute(brief.id)))));
  return toMarkdown([heading(1, data.title), list(facts), raw(input.body)]);
}

export interface PillarTwinInput {
  pillar: PillarEntry;
  /** The pillar's briefs (every status). */
  briefs: readonly BriefEntry[];
  body: string;
  links: TwinLinks;
}

/** One line per brief in a list: link, quarter, owner, kind. */
export function briefItem(brief: BriefEntry, links: TwinLinks): Inline[] {
  return [briefLink(brief, links), ` — ${brief.data.quarter}, ${oneLine(brief.data.owner)}, ${kindLabels[brief.data.kind].toLowerCase()}`];
}

export function pillarMarkdown(input: PillarTwinInput): string {
  const { pillar, briefs, links } = input;
  const data = pillar.data;
  const groups = nonEmptyStatusGroups(briefs);
  return toMarkdown([
    heading(1, data.title),
    paragraph(oneLine(data.summary)),
    list([
      fact('Owner', oneLine(data.owner)),
      fact('Status', data.status === 'retired' ? 'Retired (kept for history; takes no new initiatives)' : 'Active'),
      fact('Initiatives', String(briefs.length)),
      fact('Page', link(links.url(pillarRoute(pillar.id)), links.url(pillarRoute(pillar.id)))),
    ]),
    heading(2, 'How it drives the North Star'),
    paragraph(oneLine(data.drives)),
    heading(2, 'Leading indicators'),
    list(data.indicators.map((i) => fact(oneLine(i.name), `current ${oneLine(i.current ?? '—')}, target ${oneLine(i.target)}`))),
    heading(2, 'Initiatives'),
    groups.length === 0 && paragraph('No initiatives ladder up to this pillar yet.'),
    ...groups.flatMap(([status, group]) => [heading(3, `${statusLabels[status]} (${group.length})`), list(group.map((b) => briefItem(b, links)))]),
    input.body !== '' && heading(2, 'About this pillar'),
    raw(input.body),
  ]);
}
