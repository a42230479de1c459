/**
 * `mdx-parse`: the file is UTF-8 text and its body parses as MDX. An unclosed tag, a stray
 * `{` or `<`, or a binary file is reported at its position instead of crashing the run.
 */
import { isGuardProblem } from '../engine/guards.ts';
import type { Rule } from '../engine/types.ts';
import { productRuleDocsUrl } from '../config/urls.ts';

export const mdxParse: Rule = {
  id: 'mdx-parse',
  description: 'The file is text and its body parses as MDX',
  url: productRuleDocsUrl,
  defaultSeverity: 'error',
  messages: {
    'not-text': 'The file is binary or not UTF-8',
    syntax: 'The MDX parser rejected the body',
    unreadable: 'The file could not be read',
    'too-deep': 'Blockquotes and lists nest deeper than 64 levels on a line; the body was not parsed',
    'too-large': 'The file has over 100,000 lines; the body was not parsed',
    'too-complex': 'Setext headings (text underlined with `---` or `===`) times lines is over 2,000,000; the body was not parsed',
  },
  checkFile(file, report) {
    const { unreadable, mdx } = file.problems;
    if (unreadable) {
      report(unreadable.message, { messageId: 'not-text', place: unreadable.place, hint: 'Save the file as UTF-8 text, or move binary files out of `content/`.' });
      return;
    }
    if (isGuardProblem(mdx)) {
      report(mdx.message, { messageId: mdx.messageId, place: mdx.place, hint: mdx.hint });
      return;
    }
    if (mdx) {
      report(`Invalid MDX: ${mdx.message}`, {
        messageId: 'syntax',
        place: mdx.place,
        hint: 'In MDX, `<` starts a tag and `{` starts an expression: close every tag, or escape them as `\\<` and `\\{` in prose.',
      });
    }
  },
};
