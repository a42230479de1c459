/**
 * `mdx-parse`: the file is UTF-8 text and its body parses as MDX. An unclosed tag, a stray
 * `{` or `<`, or a binary file is reported at its position instead of crashing the run. The hint
 * fits the cause: a code span broken by a blank line or a new block no longer pairs its backticks,
 * so the `<` or `{` inside it is read as JSX; escaping would not help there, joining the lines does.
 */
import { isGuardProblem } from '../engine/guards.ts';
import type { DiscoveryProblemKind } from '../engine/discover.ts';
import type { ReportOptions } from '../engine/types.ts';
import { defineRule } from '../engine/define-rule.ts';
import { productRuleDocsUrl } from '../config/urls.ts';

/** The message ids this rule reports, with what each means. */
const messages = {
  'not-text': 'The file is binary or not UTF-8',
  syntax: 'The MDX parser rejected the body',
  unreadable: 'The file could not be read',
  symlink:
    'A symbolic link under `content/`: the site would follow it, so it is refused and not read',
  'node-modules':
    'A `node_modules` folder under `content/`: it would shadow the project’s packages',
  special: 'A `.md`/`.mdx` entry that is not a regular file (a FIFO, socket or device)',
  'too-deep': 'Blockquotes and lists nest deeper than 64 levels on a line; the body was not parsed',
  'too-large': 'The file has over 100,000 lines; the body was not parsed',
  'too-complex':
    'Setext headings times lines, `[` in one paragraph, or inline delimiters (`*`, `_`, `~`, backticks, `]`) are over their limits; the body was not parsed',
};
type MessageId = keyof typeof messages;

export const mdxParse = defineRule({
  id: 'mdx-parse',
  description: 'The file is text and its body parses as MDX',
  url: productRuleDocsUrl,
  defaultSeverity: 'error',
  messages,
  checkFile(file, report) {
    const { unreadable, mdx } = file.problems;
    if (unreadable) {
      report(unreadable.message, {
        messageId: 'not-text',
        place: unreadable.place,
        hint: 'Save the file as UTF-8 text, or move binary files out of `content/`.',
      });
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
        hint: hasUnpairedBacktick(lineAt(file.source, mdx.place.start.line))
          ? brokenCodeSpanHint
          : syntaxHint,
      });
    }
  },
});

const syntaxHint =
  'In MDX, `<` starts a tag and `{` starts an expression: close every tag, or escape them as `\\<` and `\\{` in prose.';
export const brokenCodeSpanHint =
  'A code span cannot cross a blank line or the start of a list item, quote or heading: its backticks no longer pair, so MDX reads the `<` or `{` in it as JSX. Put the whole span in one paragraph (join the lines, or break the line outside the backticks), or use a fenced code block.';

/** Line `line` (1-based) of `source`, without its line ending; found without splitting the file. */
function lineAt(source: string, line: number): string {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const next = source.indexOf('\n', start);
    if (next === -1) return '';
    start = next + 1;
  }
  const end = source.indexOf('\n', start);
  return source.slice(start, end === -1 ? undefined : end).replace(/\r$/, '');
}

/**
 * Whether `line` holds an odd number of backtick runs (escaped ones aside): one half of a code
 * span whose other half is on another line, past a blank line or a block start. Fence lines
 * (```` ``` ````, after any quote or list markers) are not spans.
 */
function hasUnpairedBacktick(line: string): boolean {
  if (/^[\s>*+\-\d.)]*(?:```|~~~)/.test(line)) return false;
  const runs = line.replace(/\\`/g, '').match(/`+/g) ?? [];
  return runs.length % 2 === 1;
}

/**
 * The message for an entry discovery refused or could not read (`engine/discover.ts`); reported
 * under this rule, at the start of the entry, like any file that cannot be read.
 */
export function discoveryMessage(
  kind: DiscoveryProblemKind,
  path: string,
  reason: string,
): { message: string; options: ReportOptions<MessageId> } {
  switch (kind) {
    case 'symlink':
      return {
        message: `Unexpected symbolic link \`${path}\` (${reason}), expected a regular file or folder`,
        options: {
          messageId: 'symlink',
          hint: 'The site would follow the link and could publish or import files from outside the repository; the linter does not read it. Replace the link with the file or folder itself.',
        },
      };
    case 'node-modules':
      return {
        message: `Unexpected \`node_modules\` folder \`${path}\`, expected no packages under \`content/\``,
        options: {
          messageId: 'node-modules',
          hint: 'The build resolves imports from the importing file’s folder upward, so a package here would replace the project’s own (such as `@astrojs/starlight/components`). Remove the folder.',
        },
      };
    case 'special':
      return {
        message: `Unexpected \`${path}\`: ${reason}, expected a text file`,
        options: {
          messageId: 'special',
          hint: 'Reading it could block the lint and the build. Remove it from `content/`.',
        },
      };
    default:
      return {
        message: `Cannot read \`${path}\`: ${reason}`,
        options: { messageId: 'unreadable' },
      };
  }
}
