/**
 * Phase one of the cross-file checks: what one file defines and references. Built from the
 * raw frontmatter (so a brief with another schema error still has its pillar checked) and
 * from the body's links, headings and suppressions.
 */
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { walk } from './walk.ts';
import { fileStart, placeOf } from './positions.ts';
import { findSuppressions, resolveNames } from './suppressions.ts';
import type { ContentFile, FileFacts, Reference, RuleId, Suppression } from './types.ts';

/** The facts of one parsed file, plus the suppression names no rule knows. */
export function collectFacts(file: ContentFile): {
  facts: FileFacts;
  unknownSuppressions: { suppression: Suppression; names: string[] }[];
  /** Suppressions naming rules that cannot be suppressed (reported as errors by the caller). */
  unsuppressible: { suppression: Suppression; rules: RuleId[] }[];
} {
  const raw = isRecord(file.frontmatter?.value) ? file.frontmatter.value : {};
  const locate = (path: readonly PropertyKey[]) => file.frontmatter?.locate(path) ?? fileStart;

  const facts: FileFacts = {
    path: file.path,
    collection: file.collection,
    id: file.id,
    block: file.frontmatter?.block ?? fileStart,
    links: [],
    anchors: [],
    suppressions: [],
  };

  if (file.collection === 'pillars') {
    facts.pillar = {
      status: typeof raw['status'] === 'string' ? raw['status'] : '',
      title: typeof raw['title'] === 'string' ? raw['title'] : file.id,
    };
  }
  if (file.collection === 'initiatives') {
    const dependsOn: Reference[] = Array.isArray(raw['dependsOn'])
      ? raw['dependsOn'].flatMap((id, index) =>
          typeof id === 'string' ? [{ id, place: locate(['dependsOn', index]) }] : [],
        )
      : [];
    facts.brief = {
      status: typeof raw['status'] === 'string' ? raw['status'] : undefined,
      pillar:
        typeof raw['pillar'] === 'string'
          ? { id: raw['pillar'], place: locate(['pillar']) }
          : undefined,
      dependsOn,
    };
  }

  // YAML's core schema yields JSON values only (dates stay strings), so this survives the cache.
  if (
    file.data !== undefined &&
    file.collection !== undefined &&
    file.collection !== 'docs' &&
    isRecord(file.frontmatter?.value)
  ) {
    facts.entry = file.frontmatter.value;
  }

  if (file.tree) {
    const slugger = new GithubSlugger();
    walk(file.tree, (node) => {
      if (node.type === 'heading') facts.anchors.push(slugger.slug(toString(node)));
      if ((node.type === 'link' || node.type === 'definition') && node.url) {
        facts.links.push({ id: node.url, place: placeOf(node) ?? fileStart });
      }
    });
  }

  const unknownSuppressions: { suppression: Suppression; names: string[] }[] = [];
  const unsuppressible: { suppression: Suppression; rules: RuleId[] }[] = [];
  for (const raw of findSuppressions(file)) {
    const { suppression, unknown, unsuppressible: refused } = resolveNames(raw);
    facts.suppressions.push(suppression);
    if (unknown.length > 0) unknownSuppressions.push({ suppression, names: unknown });
    if (refused.length > 0) unsuppressible.push({ suppression, rules: refused });
  }
  return { facts, unknownSuppressions, unsuppressible };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
