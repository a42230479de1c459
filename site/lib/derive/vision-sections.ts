/**
 * Splits a vision answer's raw MDX body into one answer per configured question. A heading
 * answers a question when its text equals the question's text or one of its aliases, ignoring
 * case, punctuation and spacing (the same comparison the linter's `vision-complete` rule makes).
 * Works on the raw text: headings inside fenced code blocks or MDX comments are not headings.
 */
import type { VisionQuestion } from '../../../linter/config/schema.ts';

/** Lowercases and drops punctuation and spacing, so "Why us?" matches "why  US". */
export function normaliseHeading(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The question a heading answers, or undefined when it matches none. */
export function matchQuestion(
  heading: string,
  questions: readonly VisionQuestion[],
): VisionQuestion | undefined {
  const wanted = normaliseHeading(heading);
  if (wanted === '') return undefined;
  return questions.find((question) =>
    [question.text, ...question.aliases].some((title) => normaliseHeading(title) === wanted),
  );
}

interface HeadingLine {
  line: number;
  depth: number;
  text: string;
}

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Removes MDX comments (`{/* … *\/}`), keeping line breaks so line numbers stay put. */
function stripMdxComments(body: string): string {
  return body.replace(/\{\/\*[\s\S]*?\*\/\}/g, (comment) => comment.replace(/[^\n]/g, ''));
}

/** The ATX headings of a body, outside fenced code blocks. */
function headingsOf(lines: readonly string[]): HeadingLine[] {
  const headings: HeadingLine[] = [];
  let fence: string | undefined;
  lines.forEach((raw, line) => {
    const fenceMatch = FENCE.exec(raw);
    if (fence !== undefined) {
      if (fenceMatch?.[1] !== undefined && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) {
        fence = undefined;
      }
      return;
    }
    if (fenceMatch?.[1] !== undefined) {
      fence = fenceMatch[1];
      return;
    }
    const match = HEADING.exec(raw);
    if (match?.[1] !== undefined) headings.push({ line, depth: match[1].length, text: (match[2] ?? '').trim() });
  });
  return headings;
}

/**
 * The answer to each question, keyed by question id: the trimmed text under the matching
 * heading, up to the next heading of the same or a higher level. A question answered twice keeps
 * its first answer; a question without a heading, or with only whitespace below it, is absent.
 */
export function splitAnswers(
  markdownBody: string,
  questions: readonly VisionQuestion[],
): Map<string, string> {
  const lines = stripMdxComments(markdownBody.replace(/\r\n?/g, '\n')).split('\n');
  const headings = headingsOf(lines);
  const answers = new Map<string, string>();
  headings.forEach((heading, index) => {
    const question = matchQuestion(heading.text, questions);
    if (question === undefined || answers.has(question.id)) return;
    const end = headings.slice(index + 1).find((next) => next.depth <= heading.depth)?.line ?? lines.length;
    const text = lines.slice(heading.line + 1, end).join('\n').trim();
    if (text !== '') answers.set(question.id, text);
  });
  return answers;
}

/**
 * An answer as plain-text paragraphs: blank lines separate paragraphs; list markers, emphasis,
 * inline code ticks, link targets and HTML/JSX tags are dropped. The result renders as text.
 */
export function toParagraphs(markdown: string): string[] {
  return markdown
    .split(/\n[ \t]*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) =>
          line
            .replace(/^\s{0,3}>\s?/, '')
            .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
            .replace(/^\s{0,3}#{1,6}\s+/, '')
            .trim(),
        )
        .filter((line) => line !== '')
        .join(' ')
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/<\/?[A-Za-z][^>]*>/g, '')
        .replace(/(\*\*|\*|`)(\S(?:.*?\S)?)\1/g, '$2')
        .replace(/(^|\s)(__?)(\S(?:.*?\S)?)\2(?=$|[\s.,;:!?])/g, '$1$3')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((paragraph) => paragraph !== '');
}
