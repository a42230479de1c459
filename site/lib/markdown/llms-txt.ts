/**
 * `/llms.txt` (https://llmstxt.org): an H1 with the handbook's name, a blockquote summary (the
 * North Star), then H2 sections of `- [title](url): description` lists pointing at the Markdown
 * twins, so an assistant can answer "why are we doing X" from the handbook itself. Titles and
 * descriptions are text nodes (escaped by the serialiser, one line each).
 */
import { kindLabels } from '../../../linter/core/labels.ts';
import type { NorthStar } from '../../../linter/schema/north-star.ts';
import type { BriefEntry, Entry, PillarEntry } from '../derive/types.ts';
import { briefTwin, pillarTwin, statusText, type TwinLinks } from './entries.ts';
import { code, heading, link, list, oneLine, paragraph, quote, toMarkdown, type Inline } from './write.ts';
import { markdownRoute } from './routes.ts';
import { handbookName, northStarNumbers } from './views.ts';

export interface LlmsTxtInput {
  northStar: Entry<NorthStar> | undefined;
  /** Pillars in display order. */
  pillars: readonly PillarEntry[];
  /** Briefs in the index's order. */
  initiatives: readonly BriefEntry[];
  pillarTitle: (id: string) => string;
  links: TwinLinks;
  /** Also list `/llms-full.txt`. */
  full: boolean;
}

/** The views and what each answers, in the order the sidebar lists them. */
export const views = [
  { route: '/initiatives/', title: 'Initiatives', description: 'every brief in one table: pillar, quarter, status, kind and owner' },
  { route: '/roadmap/', title: 'Roadmap', description: 'initiatives by quarter and pillar; deprioritized ones with their reason' },
  { route: '/vision/', title: 'Vision', description: "leaders' answers side by side per question, ranked by disagreement, with open gaps" },
  { route: '/health/', title: 'Alignment health', description: 'problems first: orphan pillars, stale reviews, tech-debt share, blocked briefs, owner load, gaps, cycles' },
  { route: '/changes/', title: 'What changed', description: "the strategy's history from git, newest first" },
] as const;

const item = (url: string, title: unknown, description: string): Inline[] => [link(url, title), `: ${oneLine(description)}`];

export function llmsTxt(input: LlmsTxtInput): string {
  const { northStar, links } = input;
  const summary = northStar
    ? `North Star: ${oneLine(northStar.data.title)} — ${oneLine(northStar.data.metric)}. ${northStarNumbers(northStar.data)}.`
    : 'The strategy: pillars and the initiatives behind them.';
  return toMarkdown([
    heading(1, handbookName),
    quote(summary),
    paragraph(
      'Every page listed here is the Markdown twin of a page of the handbook: its URL with ',
      code('.md'),
      ' in place of the trailing slash. Each brief says why it exists (its pillar and the North Star it drives), its status, owner, quarter, dependencies and success criteria.',
    ),
    heading(2, 'Strategy'),
    list([
      item(links.url(markdownRoute('/')), northStar ? `North Star: ${oneLine(northStar.data.title)}` : 'Home', 'the North Star, the pillars and every initiative by status'),
      item(links.url('/strategy.json'), 'strategy.json', 'the whole strategy graph as JSON'),
    ]),
    heading(2, 'Pillars'),
    list(input.pillars.map((p) => item(links.url(pillarTwin(p.id)), p.data.title, `${p.data.status === 'retired' ? '(retired) ' : ''}${p.data.summary}`))),
    heading(2, 'Initiatives'),
    list(
      input.initiatives.map((b) =>
        item(
          links.url(briefTwin(b.id)),
          b.data.title,
          `${statusText(b.data)}; ${kindLabels[b.data.kind].toLowerCase()}, ${b.data.quarter}, ${b.data.owner}; pillar ${input.pillarTitle(b.data.pillar)}`,
        ),
      ),
    ),
    heading(2, 'Views'),
    list(views.map((v) => item(links.url(markdownRoute(v.route)), v.title, v.description))),
    input.full && heading(2, 'Optional'),
    input.full && list([item(links.url('/llms-full.txt'), 'Full text', 'every twin above in one file')]),
  ]);
}
