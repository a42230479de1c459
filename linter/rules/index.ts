/** Every lint rule, alphabetically by id. One rule per file, named by its id. */
import type { Rule } from '../engine/types.ts';
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

export const rules: readonly Rule[] = [
  briefDependsOn,
  briefExperiment,
  briefPillar,
  briefSuccessCriteria,
  briefWhy,
  frontmatterSchema,
  frontmatterYaml,
  linkResolves,
  mdxParse,
  mdxSafe,
  pillarCount,
  pillarOrphan,
  staleReview,
  uniqueId,
  unusedSuppression,
  visionComplete,
];
