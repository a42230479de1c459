/**
 * `strategy-handbook/remark`: every handbook rule as a remark preset, for remark-cli,
 * unified-engine or any unified pipeline. `.remarkrc.mjs`:
 *
 *     import handbook from 'strategy-handbook/remark';
 *     export default handbook;
 *
 * The preset parses with the engine's parser (`parser.ts`), runs each rule as its unified plugin
 * (per-file checks in transformers, cross-file checks in completers over the file set) and
 * applies suppressions last (`suppressions.ts`): the same messages as `handbook lint`, as vfile
 * messages (`ruleId`, `source: 'handbook'`, `note`, `url`, `fatal` for errors, `messageId`).
 * Run it over `content/` of the handbook root; severities come from `handbook.config.*` (a rule
 * given again after the preset, `[briefWhy, 'warn']`, takes that severity).
 */
import type { Preset } from 'unified';
import { rules } from '../rules/index.ts';
import { remarkHandbookParse } from './parser.ts';
import { remarkHandbookSuppressions } from './suppressions.ts';

export { rules, remarkHandbookParse, remarkHandbookSuppressions };
// Each rule on its own, for `unified().use(briefWhy)` or a severity of its own.
export { briefDependsOn } from '../rules/brief-depends-on.ts';
export { briefExperiment } from '../rules/brief-experiment.ts';
export { briefPillar } from '../rules/brief-pillar.ts';
export { briefSuccessCriteria } from '../rules/brief-success-criteria.ts';
export { briefWhy } from '../rules/brief-why.ts';
export { frontmatterSchema } from '../rules/frontmatter-schema.ts';
export { frontmatterYaml } from '../rules/frontmatter-yaml.ts';
export { linkResolves } from '../rules/link-resolves.ts';
export { mdxParse } from '../rules/mdx-parse.ts';
export { mdxSafe } from '../rules/mdx-safe.ts';
export { pillarCount } from '../rules/pillar-count.ts';
export { pillarOrphan } from '../rules/pillar-orphan.ts';
export { staleReview } from '../rules/stale-review.ts';
export { uniqueId } from '../rules/unique-id.ts';
export { unusedSuppression } from '../rules/unused-suppression.ts';
export { visionComplete } from '../rules/vision-complete.ts';

const preset: Preset = {
  plugins: [remarkHandbookParse, ...rules, remarkHandbookSuppressions],
};
export default preset;
