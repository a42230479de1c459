/**
 * `brief-experiment`: a brief with `kind: experiment` states its Hypothesis (what we believe and
 * how we will know) and its Exit criteria (when we stop, scale or roll back), each non-empty.
 * Without them an experiment cannot fail, so it cannot teach. Sections are matched by heading
 * text on the mdast, any level, any case. The kind is read from the validated frontmatter, or
 * from the raw YAML when another field is invalid. No options.
 */
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';
import { findSection, missingSectionPlace } from '../engine/sections.ts';
import { placeOf } from '../engine/positions.ts';
import type { ContentFile, Report } from '../engine/types.ts';
import { defineRule } from '../engine/define-rule.ts';
import { isComment } from '../engine/mdx-comments.ts';
import { productRuleDocsUrl } from '../config/urls.ts';

/** Headings of the two required sections. */
export const hypothesisTitles = ['Hypothesis', 'Hypotheses'] as const;
export const exitCriteriaTitles = ['Exit criteria'] as const;

/** The message ids this rule reports, with what each means. */
const messages = {
  'missing-hypothesis': 'An experiment brief has no Hypothesis section',
  'missing-exit-criteria': 'An experiment brief has no Exit criteria section',
  'empty-section': 'The Hypothesis or Exit criteria section has no content',
};
type MessageId = keyof typeof messages;

export const briefExperiment = defineRule({
  id: 'brief-experiment',
  description: 'An experiment brief has non-empty Hypothesis and Exit criteria sections',
  url: productRuleDocsUrl,
  defaultSeverity: 'error',
  messages,
  checkFile(file, report) {
    if (file.collection !== 'initiatives' || !file.tree || kindOf(file) !== 'experiment') return;
    check(file.tree, report, hypothesisTitles, 'missing-hypothesis', {
      heading: '## Hypothesis',
      expected: 'what we believe, for whom, and the signal that would prove it wrong',
      hint: 'Add `## Hypothesis`: "We believe <change> will <outcome> for <whom>; we will know when <measure> reaches <target>."',
    });
    check(file.tree, report, exitCriteriaTitles, 'missing-exit-criteria', {
      heading: '## Exit criteria',
      expected: 'when the experiment stops, scales or rolls back',
      hint: 'Add `## Exit criteria`: the date or sample size at which we decide, and what result means stop, iterate or scale.',
    });
  },
});

/** The brief's kind: from the validated data, else from the raw YAML (another field may be wrong). */
function kindOf(file: ContentFile): unknown {
  if (file.data) return file.data['kind'];
  const raw = file.frontmatter?.value;
  return raw !== null && typeof raw === 'object' && !Array.isArray(raw)
    ? (raw as Record<string, unknown>)['kind']
    : undefined;
}

function check(
  tree: Root,
  report: Report<MessageId>,
  titles: readonly string[],
  missingId: MessageId,
  words: { heading: string; expected: string; hint: string },
): void {
  const section = findSection(tree, titles);
  if (!section) {
    report(
      `Missing \`${words.heading}\` section in an experiment brief, expected ${words.expected}`,
      {
        messageId: missingId,
        place: missingSectionPlace(tree),
        hint: words.hint,
      },
    );
    return;
  }
  const text = section.content
    .filter((node) => !isComment(node))
    .map((node) => toString(node))
    .join('')
    .trim();
  if (text === '') {
    report(`Missing text under \`${section.title}\`, expected ${words.expected}`, {
      messageId: 'empty-section',
      place: placeOf(section.heading),
      hint: words.hint,
    });
  }
}
