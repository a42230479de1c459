/**
 * One route per page kind of the built sample site, picked from its strategy.json and folders
 * (no hard-coded ids), for the tests that sweep every kind at every width and theme.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { strategyOf } from './site-data.ts';

export interface PageKind {
  kind: string;
  route: string;
}

/** Each page kind once: views, a brief of each shape, an active and a retired pillar, docs, rules. */
export function pageKinds(siteDir: string): PageKind[] {
  const data = strategyOf(siteDir);
  const pillars = data.pillars as { id: string; status?: string }[];
  const active = pillars.find((p) => p.status !== 'retired') ?? pillars[0];
  const retired = pillars.find((p) => p.status === 'retired');
  const withDependency =
    data.initiatives.find((i) => (i.dependsOn ?? []).length > 0) ?? data.initiatives[0]!;
  const techDebt = data.initiatives.find((i) => i.kind === 'tech-debt') ?? data.initiatives[0]!;
  const deprioritized = data.initiatives.find((i) => i.status === 'deprioritized');
  const docsIn = (folder: string) =>
    existsSync(join(siteDir, folder))
      ? readdirSync(join(siteDir, folder))
          .filter((d) => existsSync(join(siteDir, folder, d, 'index.html')))
          .sort()
      : [];
  const strategyDocs = docsIn('strategy');
  // The doc with a table, when there is one: the widest docs content.
  const docWithTable = strategyDocs.includes('rituals') ? 'rituals' : strategyDocs[0];
  const guide = docsIn('guides')[0];
  const kinds: (PageKind | undefined)[] = [
    { kind: 'home', route: '/' },
    active && { kind: 'pillar', route: `/pillars/${active.id}/` },
    retired && { kind: 'retired pillar', route: `/pillars/${retired.id}/` },
    { kind: 'brief', route: `/initiatives/${withDependency.id}/` },
    { kind: 'tech-debt brief', route: `/initiatives/${techDebt.id}/` },
    deprioritized && { kind: 'deprioritized brief', route: `/initiatives/${deprioritized.id}/` },
    { kind: 'initiatives index', route: '/initiatives/' },
    { kind: 'roadmap', route: '/roadmap/' },
    { kind: 'vision', route: '/vision/' },
    { kind: 'health', route: '/health/' },
    { kind: 'diagnostic', route: '/diagnostic/' },
    { kind: 'what changed', route: '/changes/' },
    docWithTable !== undefined
      ? { kind: 'strategy doc', route: `/strategy/${docWithTable}/` }
      : undefined,
    guide !== undefined ? { kind: 'guide', route: `/guides/${guide}/` } : undefined,
    { kind: 'rule index', route: '/reference/rules/' },
    { kind: 'rule', route: '/reference/rules/brief-why/' },
  ];
  return kinds.filter((kind): kind is PageKind => Boolean(kind));
}

export const widths = [1280, 375] as const;
export const themes = ['light', 'dark'] as const;
