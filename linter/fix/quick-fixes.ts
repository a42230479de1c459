/**
 * The mechanical fixes of lint messages, one implementation for the language server's quick
 * fixes and `handbook lint --fix`. A fix exists only where there is exactly one right edit:
 *
 * - a frontmatter value with a single "did you mean" (`brief-pillar` unknown pillar,
 *   `brief-depends-on` unknown brief, `frontmatter-schema` enum value): the value is replaced,
 *   quotes kept. The suggestion is computed again with the rule's own `didYouMean` and its own
 *   candidates, and must be the one the message's hint names, so a fix never disagrees with
 *   the report;
 * - a missing required section (`brief-why`, `brief-success-criteria`, `brief-experiment`): the
 *   heading alone is added where the template puts it; the author writes the prose;
 * - a suppression comment that silences nothing or names an unknown rule (`unused-suppression`):
 *   the name is dropped, and the comment (with its line, when alone on it) when none is left.
 *
 * Fixes never touch prose: only frontmatter values, new headings and suppression comments.
 */
import type { Root } from 'mdast';
import { parserFor } from '../engine/parse.ts';
import { sectionsOf, normaliseHeading } from '../engine/sections.ts';
import type { Section } from '../engine/sections.ts';
import { didYouMean } from '../engine/suggest.ts';
import { ruleIds } from '../engine/types.ts';
import type { LintMessage } from '../engine/types.ts';
import { exitCriteriaTitles, hypothesisTitles } from '../rules/brief-experiment.ts';
import { successCriteriaTitles } from '../rules/brief-success-criteria.ts';
import { whyTitles } from '../rules/brief-why.ts';
import { lineStarts, offsetAt } from './text-edits.ts';
import type { TextEdit } from './text-edits.ts';

export interface QuickFix {
  /** What the fix does, for a code action's title and the `--fix` report. */
  title: string;
  /** The message it fixes. */
  message: LintMessage;
  edits: TextEdit[];
}

export interface FixContext {
  /** Root-relative path of the file (decides MDX or Markdown). */
  path: string;
  /** The ids of every brief: the candidates of a `dependsOn` entry, as the rule sees them. */
  briefIds: readonly string[];
}

const fixable = new Set([
  'brief-pillar/unknown',
  'frontmatter-schema/invalid-enum',
  'brief-depends-on/unknown',
  'brief-why/missing',
  'brief-success-criteria/missing',
  'brief-experiment/missing-hypothesis',
  'brief-experiment/missing-exit-criteria',
  'unused-suppression/unused',
  'unused-suppression/unknown-rule',
]);

/** Whether the message is of a kind that may have a fix (cheap: no source needed). */
export function isFixable(message: Pick<LintMessage, 'ruleId' | 'messageId'>): boolean {
  return fixable.has(`${message.ruleId}/${message.messageId}`);
}

/** The fix of one message in `source`, or undefined when it has no mechanical fix. */
export function quickFixFor(
  message: LintMessage,
  source: string,
  context: FixContext,
): QuickFix | undefined {
  const key = `${message.ruleId}/${message.messageId}`;
  switch (key) {
    case 'brief-pillar/unknown':
    case 'frontmatter-schema/invalid-enum':
      return replaceValue(message, source, message.expected ?? []);
    case 'brief-depends-on/unknown':
      return replaceValue(message, source, context.briefIds);
    case 'brief-why/missing':
    case 'brief-success-criteria/missing':
    case 'brief-experiment/missing-hypothesis':
    case 'brief-experiment/missing-exit-criteria':
      return addHeading(message, source, context.path, key);
    case 'unused-suppression/unused':
    case 'unused-suppression/unknown-rule':
      return dropSuppressedName(message, source);
    default:
      return undefined;
  }
}

/** Every fix of `messages` in `source`, in message order. */
export function quickFixesFor(
  messages: readonly LintMessage[],
  source: string,
  context: FixContext,
): QuickFix[] {
  return messages.flatMap((message) => quickFixFor(message, source, context) ?? []);
}

/** The source range of a message, when it has an end. */
function rangeOf(
  message: LintMessage,
  source: string,
  starts: readonly number[],
): { start: number; end: number } | undefined {
  if (message.endLine === undefined || message.endColumn === undefined) return undefined;
  const start = offsetAt(source, starts, { line: message.line, column: message.column });
  const end = offsetAt(source, starts, { line: message.endLine, column: message.endColumn });
  return start === undefined || end === undefined || end < start ? undefined : { start, end };
}

const PLAIN_ID = /^[A-Za-z][A-Za-z0-9._-]*$/;

function replaceValue(
  message: LintMessage,
  source: string,
  candidates: readonly string[],
): QuickFix | undefined {
  const starts = lineStarts(source);
  const range = rangeOf(message, source, starts);
  if (!range) return undefined;
  const written = source.slice(range.start, range.end);
  const quoted = /^(["'])([^"'\\\n]*)\1$/.exec(written);
  const value = quoted ? (quoted[2] ?? '') : written;
  // Only a plain word is a typo of an id; a number, a mapping or a multi-line value is not.
  if (!PLAIN_ID.test(value)) return undefined;
  const best = didYouMean(value, candidates);
  if (best === undefined || !message.hint?.includes(`\`${best}\``)) return undefined;
  const replacement = quoted
    ? `${quoted[1]}${best}${quoted[1]}`
    : PLAIN_ID.test(best)
      ? best
      : JSON.stringify(best);
  return {
    title: `Replace \`${value}\` with \`${best}\``,
    message,
    edits: [{ ...range, text: replacement }],
  };
}

/** The heading each missing-section message adds, and the sections it goes after or before. */
const sectionFixes: Record<
  string,
  { heading: string; after?: readonly string[]; before?: readonly string[] }
> = {
  'brief-why/missing': { heading: whyTitles[0] },
  'brief-success-criteria/missing': { heading: successCriteriaTitles[0], after: whyTitles },
  'brief-experiment/missing-hypothesis': {
    heading: hypothesisTitles[0],
    before: exitCriteriaTitles,
  },
  'brief-experiment/missing-exit-criteria': {
    heading: exitCriteriaTitles[0],
    after: hypothesisTitles,
  },
};

function addHeading(
  message: LintMessage,
  source: string,
  path: string,
  key: string,
): QuickFix | undefined {
  const spec = sectionFixes[key];
  if (!spec) return undefined;
  const tree = parse(source, path);
  if (!tree) return undefined;
  const starts = lineStarts(source);
  let offset: number | undefined;
  if (key === 'brief-why/missing') {
    // Where the rule reports it: the first line after the frontmatter.
    offset = offsetAt(source, starts, { line: message.line, column: 1 });
  } else {
    const sections = sectionsOf(tree);
    const after = spec.after && find(sections, spec.after);
    const before = spec.before && find(sections, spec.before);
    if (before) offset = before.heading.position?.start.offset;
    else if (after) offset = endOfSection(tree, after, source.length);
    else offset = source.length;
  }
  if (offset === undefined) return undefined;
  const text = `## ${spec.heading}`;
  return {
    title: `Add the \`${text}\` heading`,
    message,
    edits: [{ start: offset, end: offset, text: asBlock(source, offset, text) }],
  };
}

function parse(source: string, path: string): Root | undefined {
  try {
    return parserFor(path).parse(source);
  } catch {
    return undefined;
  }
}

function find(sections: readonly Section[], titles: readonly string[]): Section | undefined {
  const wanted = new Set(titles.map(normaliseHeading));
  return sections.find((section) => wanted.has(normaliseHeading(section.title)));
}

/** Where the next section starts (the next heading of the same or a higher level), or the end. */
function endOfSection(tree: Root, section: Section, length: number): number | undefined {
  const index = tree.children.indexOf(section.heading);
  const next = tree.children[index + 1 + section.content.length];
  return next ? next.position?.start.offset : length;
}

/** `block` with blank lines around it, for insertion at `offset` (a line start or the end). */
function asBlock(source: string, offset: number, block: string): string {
  const before = source.slice(0, offset);
  const after = source.slice(offset);
  const prefix =
    offset === 0 || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const suffix = after === '' ? '\n' : after.startsWith('\n') ? '\n' : '\n\n';
  return `${prefix}${block}${suffix}`;
}

const DIRECTIVE = 'handbook-disable-next-line';
const known = new Set<string>(ruleIds);

function dropSuppressedName(message: LintMessage, source: string): QuickFix | undefined {
  // The engine names the rule in the message; it must also be a name written in the comment.
  const name = /`([^`]+)`/.exec(message.message)?.[1];
  if (name === undefined || (message.messageId === 'unused') !== known.has(name)) return undefined;
  const starts = lineStarts(source);
  const range = rangeOf(message, source, starts);
  if (!range) return undefined;
  const comment = source.slice(range.start, range.end);
  const directive = comment.indexOf(DIRECTIVE);
  if (directive === -1) return undefined;
  const namesStart = directive + DIRECTIVE.length;
  const close = Math.max(comment.lastIndexOf('*/'), comment.lastIndexOf('-->'));
  const namesEnd = close > namesStart ? close : comment.length;
  const region = comment.slice(namesStart, namesEnd);
  const names = region.split(/[\s,]+/).filter(Boolean);
  if (!names.includes(name)) return undefined;
  const rest = names.filter((other) => other !== name);
  const title =
    message.messageId === 'unused'
      ? `Remove the unused suppression of \`${name}\``
      : `Remove the unknown rule \`${name}\` from the suppression`;
  if (rest.length > 0) {
    const lead = /^\s*/.exec(region)?.[0] ?? ' ';
    const trail = /\s*$/.exec(region)?.[0] ?? '';
    return {
      title,
      message,
      edits: [
        {
          start: range.start + namesStart,
          end: range.start + namesEnd,
          text: `${lead}${rest.join(' ')}${trail}`,
        },
      ],
    };
  }
  return { title, message, edits: [removal(source, range.start, range.end)] };
}

/** Removes `[start, end)`: with its whole line(s) when nothing else is on them, keeping one blank line. */
function removal(source: string, start: number, end: number): TextEdit {
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const newline = source.indexOf('\n', end);
  const lineEnd = newline === -1 ? source.length : newline + 1;
  const alone =
    source.slice(lineStart, start).trim() === '' && source.slice(end, lineEnd).trim() === '';
  if (!alone) {
    const space = source[start - 1] === ' ' ? 1 : 0;
    return { start: start - space, end, text: '' };
  }
  // A blank line above and below: drop one of them too, so no double blank line is left.
  const blankAbove =
    lineStart === 0 ||
    source.slice(source.lastIndexOf('\n', lineStart - 2) + 1, lineStart).trim() === '';
  const nextNewline = source.indexOf('\n', lineEnd);
  const nextLine = source.slice(lineEnd, nextNewline === -1 ? source.length : nextNewline + 1);
  const dropNext = blankAbove && lineEnd < source.length && nextLine.trim() === '';
  return { start: lineStart, end: dropNext ? lineEnd + nextLine.length : lineEnd, text: '' };
}
