/**
 * `frontmatter-yaml`: the frontmatter block parses as YAML (no syntax errors, no duplicate
 * keys). Reported at the YAML parser's position, so the author sees the broken line.
 */
import { defineRule } from '../engine/define-rule.ts';
import { productRuleDocsUrl } from '../config/urls.ts';

export const frontmatterYaml = defineRule({
  id: 'frontmatter-yaml',
  description: 'The frontmatter parses as YAML',
  url: productRuleDocsUrl,
  defaultSeverity: 'error',
  messages: {
    syntax: 'The YAML parser rejected the frontmatter',
    'duplicate-key': 'A key appears twice in the frontmatter',
    'too-large': 'The frontmatter is over 64 KiB (65,536 characters) and was not parsed',
  },
  checkFile(file, report) {
    for (const problem of file.problems.yaml) {
      if (problem.code === 'TOO_LARGE') {
        report(problem.message, {
          messageId: 'too-large',
          place: problem.place,
          hint: 'Keep long text in the body: real frontmatter is a few dozen short keys.',
        });
        continue;
      }
      const duplicate = problem.code === 'DUPLICATE_KEY';
      report(
        duplicate
          ? `Unexpected duplicate key in the frontmatter, expected each key once`
          : `Invalid YAML in the frontmatter: ${problem.message}`,
        {
          messageId: duplicate ? 'duplicate-key' : 'syntax',
          place: problem.place,
          hint: duplicate
            ? 'Remove one of the two entries.'
            : 'Check indentation, quotes and colons on this line; values containing `: ` or starting with `@`, `{` or `[` need quotes.',
        },
      );
    }
  },
});
