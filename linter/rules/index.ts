/**
 * Every lint rule, in the order of `ruleIds` (alphabetical). One rule per file, named by its id.
 * The ids come from `ruleIds` only: the registry below must map each of them to the rule with
 * that id, and the compiler refuses a missing, extra or mismatched entry.
 */
import { ruleIds } from '../engine/types.ts';
import type { Rule, RuleId } from '../engine/types.ts';
import { briefDependsOn } from './brief-depends-on.ts';
import { briefExperiment } from './brief-experiment.ts';
import { briefPillar } from './brief-pillar.ts';
import { briefSuccessCriteria } from './brief-success-criteria.ts';
import { briefWhy } from './brief-why.ts';
import { frontmatterSchema } from './frontmatter-schema.ts';
import { frontmatterYaml } from './frontmatter-yaml.ts';
import { linkResolves } from './link-resolves.ts';
import { mdxParse } from './mdx-parse.ts';
import { mdxSafe } from './mdx-safe.ts';
import { pillarCount } from './pillar-count.ts';
import { pillarOrphan } from './pillar-orphan.ts';
import { staleReview } from './stale-review.ts';
import { uniqueId } from './unique-id.ts';
import { unusedSuppression } from './unused-suppression.ts';
import { visionComplete } from './vision-complete.ts';

const registry: { readonly [Id in RuleId]: Rule<Id> } = {
  'brief-depends-on': briefDependsOn,
  'brief-experiment': briefExperiment,
  'brief-pillar': briefPillar,
  'brief-success-criteria': briefSuccessCriteria,
  'brief-why': briefWhy,
  'frontmatter-schema': frontmatterSchema,
  'frontmatter-yaml': frontmatterYaml,
  'link-resolves': linkResolves,
  'mdx-parse': mdxParse,
  'mdx-safe': mdxSafe,
  'pillar-count': pillarCount,
  'pillar-orphan': pillarOrphan,
  'stale-review': staleReview,
  'unique-id': uniqueId,
  'unused-suppression': unusedSuppression,
  'vision-complete': visionComplete,
};

export const rules: readonly Rule[] = ruleIds.map((id) => registry[id]);
