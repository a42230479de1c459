/**
 * The Markdown twins of the site's pages, for the `.md` endpoints and `/llms.txt`: the handbook
 * is loaded once (`loadHandbook`), the groupings every twin needs are computed once, and each
 * twin is written at most once per build and kept, so 5,000 brief endpoints and
 * `/llms-full.txt` cost one serialisation per brief and no re-derivation of the handbook.
 * Bodies are the files the loader writes beside the data store (linter/build/twin-bodies.ts: the one parse, cleaned in
 * `linter/render/render-markdown.ts`).
 */
import { resolveBriefs } from '../../linter/core/dependencies.ts';
import { alignmentHealth } from '../../linter/core/health.ts';
import { countsByPillar, groupByPillar, sortBriefs, sortPillars } from '../../linter/core/group.ts';
import { healthIndicators } from './derive/health-indicators.ts';
import { roadmapTimeline } from './derive/roadmap-timeline.ts';
import { visionPage } from './derive/vision-page.ts';
import { loadChanges } from './history/changes.ts';
import { loadHandbook, type Handbook } from './handbook.ts';
import { healthMarkdown, visionMarkdown } from './markdown/analysis.ts';
import { briefMarkdown, pillarMarkdown, type TwinLinks } from './markdown/entries.ts';
import { llmsTxt } from './markdown/llms-txt.ts';
import { linkMaker } from './markdown/routes.ts';
import { changesMarkdown, homeMarkdown, initiativesMarkdown, roadmapMarkdown } from './markdown/views.ts';
import { base } from './url.ts';
import { twinBodies } from 'virtual:handbook/root';
import { readTwinBody } from '../../linter/build/twin-bodies.ts';

type View = 'home' | 'initiatives' | 'roadmap' | 'vision' | 'health' | 'changes';

export interface Twins {
  brief(id: string): string | undefined;
  pillar(id: string): string | undefined;
  view(name: View): string;
  llmsTxt(): string;
  llmsFullTxt(): string;
}

/** The body Markdown the content loader stored for an entry ('' when it has none). */
function bodyOf(entry: { collection: string; id: string }): string {
  return twinBodies ? readTwinBody(twinBodies, entry.collection, entry.id) : '';
}

/** Memoises a function of one string key. */
function memo<T>(make: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, make(key));
    return cache.get(key) as T;
  };
}

function twinsOf(handbook: Handbook): Twins {
  const links: TwinLinks = { url: linkMaker(base, handbook.config.site.url) };
  const briefs = sortBriefs(handbook.initiatives) as Handbook['initiatives'];
  const pillars = sortPillars(handbook.pillars) as Handbook['pillars'];
  const byPillar = groupByPillar(handbook.initiatives);
  const pillarTitle = (id: string): string => handbook.pillarsById.get(id)?.data.title ?? id;

  const brief = memo((id) => {
    const record = handbook.briefsById.get(id);
    if (!record) return undefined;
    return briefMarkdown({
      brief: record,
      pillar: handbook.pillarsById.get(record.data.pillar),
      dependsOn: resolveBriefs(record.data.dependsOn, handbook.briefsById),
      neededBy: resolveBriefs(handbook.dependents.get(id) ?? [], handbook.briefsById),
      body: bodyOf(record.entry),
      links,
    });
  });
  const pillar = memo((id) => {
    const record = handbook.pillarsById.get(id);
    if (!record) return undefined;
    return pillarMarkdown({ pillar: record, briefs: byPillar.get(id) ?? [], body: bodyOf(record.entry), links });
  });
  const view = memo((name): string => {
    switch (name as View) {
      case 'home':
        return homeMarkdown({
          northStar: handbook.northStar,
          narrative: handbook.northStar ? bodyOf(handbook.northStar.entry) : '',
          pillars,
          counts: countsByPillar(handbook.pillars, handbook.initiatives),
          initiatives: handbook.initiatives,
          links,
        });
      case 'initiatives':
        return initiativesMarkdown({ briefs, pillarTitle, links });
      case 'roadmap':
        return roadmapMarkdown(roadmapTimeline(handbook.initiatives, handbook.pillars, handbook.now), links);
      case 'vision': {
        const { questions, checkInDays } = handbook.config.vision;
        return visionMarkdown(
          visionPage(
            handbook.vision.map((r) => ({ id: r.id, data: r.data, body: r.entry.body ?? '' })),
            handbook.gaps.map((r) => ({ id: r.id, data: r.data, body: r.entry.body ?? '' })),
            { questions, checkInDays, now: handbook.now },
          ),
        );
      }
      case 'health': {
        const health = alignmentHealth(handbook, handbook.config, handbook.now);
        const { review, vision, techDebt } = handbook.config;
        return healthMarkdown({
          health,
          indicators: healthIndicators(health),
          settings: { cadenceDays: review.cadenceDays, checkInDays: vision.checkInDays, capacity: techDebt.capacity },
          now: handbook.now,
          links,
        });
      }
      case 'changes':
        return changesMarkdown(loadChanges(), links);
    }
  });
  const index = (full: boolean) =>
    llmsTxt({ northStar: handbook.northStar, pillars, initiatives: briefs, pillarTitle, links, full });
  return {
    brief,
    pillar,
    view: (name) => view(name),
    llmsTxt: () => index(true),
    llmsFullTxt: () =>
      [
        index(true),
        view('home'),
        ...pillars.map((p) => pillar(p.id) ?? ''),
        ...briefs.map((b) => brief(b.id) ?? ''),
        ...(['initiatives', 'roadmap', 'vision', 'health', 'changes'] as const).map(view),
      ].join('\n---\n\n'),
  };
}

let loading: Promise<Twins> | undefined;

/** The twins of this build, made once; each twin is written when first asked for. */
export function loadTwins(): Promise<Twins> {
  loading ??= loadHandbook().then(twinsOf);
  return loading;
}

/** A Markdown response (`text/markdown`, UTF-8). */
export function markdownResponse(markdown: string, type = 'text/markdown'): Response {
  return new Response(markdown, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
