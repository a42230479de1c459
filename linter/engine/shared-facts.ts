/**
 * The facts every file records, whichever rules run (`SharedFacts`): its identity, its
 * frontmatter block, a pillar's status and title, a brief's status and pillar, the frontmatter
 * as written for `handbook diff`, and its suppressions. Several rules, the language server and
 * the diff read these; what only one rule needs, that rule records itself (`Rule.record`, see
 * `facts.ts`). Built from the raw frontmatter, so a brief with another schema error still has
 * its pillar checked.
 */
import { fileStart } from './positions.ts';
import { findSuppressions, resolveNames } from './suppressions.ts';
import type { ContentFile, FileFacts, RuleId, SharedFacts, Suppression } from './types.ts';

/** The shared facts of one parsed file, with what its suppressions name that no rule can honour. */
export interface SharedFactsOf {
  /** The shared facts; each rule's `record` adds its own (hence the wider type). */
  facts: FileFacts;
  /** Suppressions naming rules that do not exist. */
  unknownSuppressions: { suppression: Suppression; names: string[] }[];
  /** Suppressions naming rules that cannot be suppressed (reported as errors). */
  unsuppressible: { suppression: Suppression; rules: RuleId[] }[];
}

export function sharedFacts(file: ContentFile): SharedFactsOf {
  const raw = isRecord(file.frontmatter?.value) ? file.frontmatter.value : {};
  const locate = (path: readonly PropertyKey[]) => file.frontmatter?.locate(path) ?? fileStart;

  const facts: SharedFacts = {
    path: file.path,
    collection: file.collection,
    id: file.id,
    block: file.frontmatter?.block ?? fileStart,
    suppressions: [],
  };

  if (file.collection === 'pillars') {
    facts.pillar = {
      status: typeof raw['status'] === 'string' ? raw['status'] : '',
      title: typeof raw['title'] === 'string' ? raw['title'] : file.id,
    };
  }
  if (file.collection === 'initiatives') {
    facts.brief = {
      status: typeof raw['status'] === 'string' ? raw['status'] : undefined,
      pillar:
        typeof raw['pillar'] === 'string'
          ? { id: raw['pillar'], place: locate(['pillar']) }
          : undefined,
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

  const unknownSuppressions: SharedFactsOf['unknownSuppressions'] = [];
  const unsuppressible: SharedFactsOf['unsuppressible'] = [];
  for (const raw of findSuppressions(file)) {
    const { suppression, unknown, unsuppressible: refused } = resolveNames(raw);
    facts.suppressions.push(suppression);
    if (unknown.length > 0) unknownSuppressions.push({ suppression, names: unknown });
    if (refused.length > 0) unsuppressible.push({ suppression, rules: refused });
  }
  // The rules' own facts are added by their `record` (facts.ts, or each rule's plugin).
  return { facts: facts as FileFacts, unknownSuppressions, unsuppressible };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
