/**
 * `brief-why`: every initiative brief says why it matters, in prose. The section is found by
 * heading text ("Why", "Why now", "Why this matters"; any level, any case) on the mdast, so a
 * `## Why` inside a code block or an MDX comment does not count. The section must hold prose,
 * must not be a placeholder (TBD, TODO, N/A, lorem ipsum…) and must not be trivially short
 * (under 12 words). A reviewer who cannot tell why an initiative exists cannot weigh it against
 * the others. Prose is judged by what the text says, not its markup (`engine/sentences.ts`): a
 * paragraph counts unless it only points elsewhere ("See the RFC", "See:" and links) or is a
 * label for a list ("Reasons:"), and a list item counts when it is a full sentence, so bulleted
 * reasons pass and "- Faster" does not.
 * Tables, code and sub-headings are not prose. No options.
 */
import { toString } from 'mdast-util-to-string';
import type { RootContent, Text } from 'mdast';
import { isComment } from '../engine/mdx-comments.ts';
import { isLabel, isPointer, isSentence } from '../engine/sentences.ts';
import { plainText } from '../engine/plain-text.ts';
import { findSection, missingSectionPlace } from '../engine/sections.ts';
import { placeOf } from '../engine/positions.ts';
import type { Place } from '../engine/types.ts';
import { defineRule } from '../engine/define-rule.ts';
import { productRuleDocsUrl } from '../config/urls.ts';

/** Headings that open the Why section. */
export const whyTitles = ['Why', 'Why now', 'Why this matters'] as const;

/** Fewer words than this is a label, not a reason. */
const MIN_WORDS = 12;

/**
 * Placeholder phrases, as whole words. Alternatives only, no nested quantifiers, and the
 * lookbehind lets a match start only at a word start: linear even on a 5 MB line of `x`.
 */
const PLACEHOLDER =
  /(?<![\p{L}\p{N}])(?:tbd|tbc|todo|fixme|n\/a|lorem ipsum|fill (?:this )?in|to be (?:defined|determined|confirmed|written|added)|x{3,}|placeholder|coming soon)(?![\p{L}\p{N}])/giu;
const LOREM = /\blorem ipsum\b/i;

const hint =
  'Add a `## Why` section after the frontmatter: say why this initiative matters now, in two or more sentences.';

export const briefWhy = defineRule({
  id: 'brief-why',
  description: 'A brief has a Why section that explains, in prose, why the initiative matters',
  url: productRuleDocsUrl,
  defaultSeverity: 'error',
  messages: {
    missing: 'The brief has no Why section',
    empty: 'The Why section has no content',
    'no-prose':
      'The Why section holds no sentence of its own: only fragments, links or pointers, tables, code or sub-headings',
    placeholder: 'The Why section is a placeholder such as TBD or lorem ipsum',
    'too-short': 'The Why section is under 12 words',
  },
  checkFile(file, report) {
    if (file.collection !== 'initiatives' || !file.tree) return;
    const section = findSection(file.tree, whyTitles);
    if (!section) {
      report('Missing `## Why` section, expected the reason for this initiative in prose', {
        messageId: 'missing',
        place: missingSectionPlace(file.tree),
        hint,
      });
      return;
    }
    const heading = placeOf(section.heading);
    const content = section.content.filter((node) => !isComment(node));
    const allText = content.map(textOf).join(' ').trim();
    if (content.length === 0) {
      report(
        `Missing text under \`${section.title}\`, expected why this initiative matters, in prose`,
        {
          messageId: 'empty',
          place: heading,
          hint: 'Under the heading, say why this initiative matters now, in two or more sentences: the problem, for whom, and the evidence.',
        },
      );
      return;
    }
    if (!hasProse(content)) {
      report(
        `Unexpected \`${section.title}\` without a sentence of its own, expected the reason in prose`,
        {
          messageId: 'no-prose',
          place: heading,
          hint: 'Write the reason as sentences: fragments do not say how the points connect or why now, and a link or "See the RFC" leaves the reviewer to find it. Keep the list or the links below the sentences if they help.',
        },
      );
      return;
    }
    const placeholder = findPlaceholder(allText, content);
    if (placeholder) {
      report(
        `Unexpected placeholder \`${placeholder.text}\` in \`${section.title}\`, expected the reason for this initiative`,
        {
          messageId: 'placeholder',
          place: placeholder.place ?? heading,
          hint,
        },
      );
      return;
    }
    const words = countWords(allText);
    if (words < MIN_WORDS) {
      report(
        `Unexpected ${words}-word \`${section.title}\`, expected at least ${MIN_WORDS} words on why this initiative matters`,
        {
          messageId: 'too-short',
          place: heading,
          hint: 'Say what problem this solves, for whom, and why now rather than later, in two or more sentences.',
        },
      );
    }
  },
});

/** The visible text of a node, without code blocks and comments. */
function textOf(node: RootContent): string {
  if (node.type === 'code' || node.type === 'html' || isComment(node)) return '';
  return toString(node, { includeHtml: false });
}

/**
 * Whether the section says something in sentences: a paragraph that is not only a pointer, or a
 * list item that is a full sentence, at any depth of quotes, components and lists. Tables, code
 * and headings are never prose. Iterative, and stops at the first prose it finds.
 */
function hasProse(nodes: readonly RootContent[]): boolean {
  const stack: RootContent[] = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'paragraph') {
      const text = plainText(node);
      if (text.trim() !== '' && !isLabel(text) && !isPointer(node)) return true;
    } else if (node.type === 'listItem') {
      const own = node.children.filter((child) => child.type === 'paragraph');
      const text = own.map((child) => plainText(child)).join(' ');
      if (isSentence(text) && !own.every((child) => isPointer(child))) return true;
      for (let i = node.children.length - 1; i >= 0; i--)
        if (node.children[i]!.type !== 'paragraph') stack.push(node.children[i]!);
    } else if (
      node.type === 'blockquote' ||
      node.type === 'mdxJsxFlowElement' ||
      node.type === 'list'
    ) {
      for (let i = node.children.length - 1; i >= 0; i--)
        stack.push(node.children[i] as RootContent);
    }
  }
  return false;
}

/** Counts words, stopping at `limit`: a section is either too short or not, however long. */
export function countWords(text: string, limit = MIN_WORDS): number {
  const word = /\S+/g;
  let count = 0;
  for (let match = word.exec(text); match && count < limit; match = word.exec(text))
    if (/[\p{L}\p{N}]/u.test(match[0])) count++;
  return count;
}

/** Placeholders are judged on the opening of the section; a real reason shows there. */
const SAMPLE = 20_000;

/**
 * A placeholder when lorem ipsum appears, or when the text is mostly placeholders: what is left
 * without them is shorter than a real reason.
 */
function findPlaceholder(
  allText: string,
  nodes: readonly RootContent[],
): { text: string; place: Place | undefined } | undefined {
  const sample = allText.slice(0, SAMPLE);
  const first = new RegExp(PLACEHOLDER.source, 'iu').exec(sample);
  if (!first) return undefined;
  if (!LOREM.test(sample) && countWords(sample.replace(PLACEHOLDER, ' ')) >= MIN_WORDS)
    return undefined;
  return { text: first[0], place: locateText(nodes, new RegExp(PLACEHOLDER.source, 'iu')) };
}

/** The position of the first match of `pattern` in the text nodes under `nodes`. */
function locateText(nodes: readonly RootContent[], pattern: RegExp): Place | undefined {
  for (const node of nodes) {
    if (node.type === 'text') {
      const place = matchPlace(node, pattern);
      if (place) return place;
    } else if ('children' in node) {
      const place = locateText(node.children as RootContent[], pattern);
      if (place) return place;
    }
  }
  return undefined;
}

function matchPlace(node: Text, pattern: RegExp): Place | undefined {
  const match = pattern.exec(node.value);
  const start = node.position?.start;
  if (!match || !start) return undefined;
  const before = node.value.slice(0, match.index);
  const newline = before.lastIndexOf('\n');
  const lines = before.split('\n').length - 1;
  const column = newline === -1 ? start.column + match.index : match.index - newline;
  return { start: { line: start.line + lines, column } };
}
