// Types of `strategy-handbook/remark` (lib/linter/remark/preset.js, compiled at pack time). Written
// by hand, as `astro.d.ts`: the rules' declarations reach into the whole linter.
import type { Root } from 'mdast';
import type { Plugin, Preset } from 'unified';

/** A rule's setting, as unified-lint-rule's: a severity, or `[severity, options]`. */
export type RuleSetting =
  | 'off'
  | 'warn'
  | 'on'
  | 'error'
  | 0
  | 1
  | 2
  | boolean
  | readonly ['off' | 'warn' | 'on' | 'error' | 0 | 1 | 2 | boolean, unknown?];

/** One handbook rule: a unified attacher with its declaration. */
export type HandbookRule = Plugin<[RuleSetting?], Root> & {
  readonly id: string;
  readonly description: string;
  readonly url: string;
  readonly defaultSeverity: 'error' | 'warning';
  readonly messages: Readonly<Record<string, string>>;
};

/** Every rule, with the engine's parser first and suppressions last. */
declare const preset: Preset;
export default preset;

export declare const rules: readonly HandbookRule[];
export declare const remarkHandbookParse: Plugin<[], Root>;
export declare const remarkHandbookSuppressions: Plugin<[], Root>;
export declare const briefDependsOn: HandbookRule;
export declare const briefExperiment: HandbookRule;
export declare const briefPillar: HandbookRule;
export declare const briefSuccessCriteria: HandbookRule;
export declare const briefWhy: HandbookRule;
export declare const frontmatterSchema: HandbookRule;
export declare const frontmatterYaml: HandbookRule;
export declare const linkResolves: HandbookRule;
export declare const mdxParse: HandbookRule;
export declare const mdxSafe: HandbookRule;
export declare const pillarCount: HandbookRule;
export declare const pillarOrphan: HandbookRule;
export declare const staleReview: HandbookRule;
export declare const uniqueId: HandbookRule;
export declare const unusedSuppression: HandbookRule;
export declare const visionComplete: HandbookRule;
