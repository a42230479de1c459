/**
 * The "What changed" entries as the page and the Atom feed show them: a label per kind, a link
 * to the brief, pillar or home page, and a stable id (commit, kind, file id).
 */
import type { Change, ChangeKind } from './changes.ts';
import type { AtomEntry } from './atom.ts';

export const changeLabels: Record<ChangeKind, string> = {
  'brief-added': 'Brief added',
  'brief-removed': 'Brief removed',
  status: 'Status changed',
  deprioritized: 'Deprioritized',
  quarter: 'Quarter moved',
  'pillar-added': 'Pillar added',
  'pillar-retired': 'Pillar retired',
  'pillar-removed': 'Pillar removed',
  'north-star': 'North Star value',
  indicator: 'Indicator value',
};

/** Site path (without the base) of the page a change is about. */
export function changeRoute(change: Change): string {
  if (change.collection === 'initiatives') return `/initiatives/${change.id}/`;
  if (change.collection === 'pillars') return `/pillars/${change.id}/`;
  return '/';
}

/** The change as an Atom entry; `link` turns a site path into the feed's link. */
export function changeEntry(change: Change, link: (route: string) => string): AtomEntry {
  return {
    id: `urn:strategy-handbook:change:${change.commit}:${change.kind}:${change.collection}:${change.id}`,
    title: `${changeLabels[change.kind]}: ${change.title}`,
    updated: change.date,
    href: link(changeRoute(change)),
    summary: change.text,
  };
}
