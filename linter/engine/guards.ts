/**
 * Cheap, linear checks that run BEFORE the expensive parsers, so that every file finishes in
 * bounded time with a clear diagnostic instead of hanging the run. Each limit is far beyond
 * any real handbook page; a file over one is reported at the line where the limit is crossed.
 *
 * Limits (profiled on micromark 4 / yaml 2):
 * - Frontmatter: at most `MAX_FRONTMATTER_CHARS` (64 KiB) between the fences. The `yaml`
 *   package checks unique keys pairwise (quadratic: 5 MB of distinct keys takes minutes), so a
 *   larger block is reported (`frontmatter-yaml` / `too-large`) and not parsed as YAML.
 * - Container nesting: at most `MAX_NESTING` (64) open blockquotes and list items on a line,
 *   counting `>` and list markers at the start of the line and the list items still open by
 *   indentation from earlier lines. micromark handles container nesting superlinearly
 *   (2,000 `- ` on one 4 KB line: 5 s; 10,000: minutes; 400 indented levels: 25 s).
 *   Reported as `mdx-parse` / `too-deep`; the body is not parsed (body rules do not run).
 * - Block lines: at most `MAX_BLOCK_LINES` (2,000) lines in one block without a blank line.
 * - Lines: at most `MAX_LINES` (100,000) in the file. micromark and mdast take time and memory
 *   per block (400,000 `## Why` sections run out of a 4 GB heap after 4 minutes).
 *   Reported as `mdx-parse` / `too-large` at the first line over the limit.
 * - Setext headings (a line of `---` or `===` under text): micromark rewrites all the events
 *   seen so far for each one (quadratic: 3,000 in 6,000 lines take 30 s or more), so their
 *   count times the file's lines is capped at `SETEXT_BUDGET` (2,000,000: e.g. 2,000 in a
 *   1,000-line file, 20 in a 100,000-line one). Reported as `mdx-parse` / `too-complex`.
 * - Brackets: at most `MAX_BRACKETS_PER_BLOCK` (10,000) `[` in one block (lines between blank
 *   lines): every `[` opens a possible link label that micromark keeps and revisits (200,000
 *   take 3.5 s, 5 MB over a minute). Reported as `mdx-parse` / `too-complex` at that `[`.
 * - Inline delimiters: runs of `*`, `_`, `~` or `` ` `` and each `]`, not backslash-escaped.
 *   micromark matches each closing run (and each `]`) against the openers before it in the
 *   paragraph, and splices the event list for each match, so a paragraph of k of them costs
 *   about k² (micromark 4 with GFM: 20 KB of `*a` 5 s, 40 KB over a minute; `a*`, `**a`, `~a`,
 *   `~~a`, `](a` and `[^a]` alike). Capped by `DELIMITER_BUDGET` (4,000,000: the sum over
 *   blocks of k², e.g. 2,000 in one paragraph or 100 in each of 400), and, since each
 *   delimiter costs a node and a resolver step even when paragraphs are short, by
 *   `MAX_DELIMITERS` (40,000) per file (80 KB of 100-run paragraphs holds 40,000 and lints
 *   in about 4 s; the 250 astro-docs pages have at most 2,333). Reported as `mdx-parse` /
 *   `too-complex` at the delimiter over the limit. Code is counted too: a guard that skipped fenced code could be
 *   fooled by a line the parser does not take for a fence.
 */
import type { LineIndex } from './positions.ts';
import type { Place } from './types.ts';

export const MAX_FRONTMATTER_CHARS = 64 * 1024;
export const MAX_NESTING = 64;
export const MAX_LINES = 100_000;
export const SETEXT_BUDGET = 2_000_000;
export const MAX_BRACKETS_PER_BLOCK = 10_000;
export const DELIMITER_BUDGET = 4_000_000;
export const MAX_DELIMITERS = 40_000;
/**
 * Lines in one block (no blank line between them). GFM's autolink-literal and table constructs
 * revisit a block's earlier lines: 40,000 two-word lines in one paragraph (320 KB) took 40 s,
 * 80,000 took 100 s. Real content stays far below (110 in the 250 Astro docs pages, 14 here).
 */
export const MAX_BLOCK_LINES = 2_000;

/** A body problem found by a guard: reported by `mdx-parse` with its own message id. */
export interface GuardProblem {
  message: string;
  place: Place;
  messageId: 'too-deep' | 'too-large' | 'too-complex';
  hint: string;
}

export function isGuardProblem(
  problem: { message: string; place: Place } | undefined,
): problem is GuardProblem {
  return (
    problem !== undefined &&
    'messageId' in problem &&
    typeof (problem as { messageId?: unknown }).messageId === 'string'
  );
}

const SPACE = 0x20;
const TAB = 0x09;
const CR = 0x0d;
const GT = 0x3e;
const DASH = 0x2d;
const PLUS = 0x2b;
const STAR = 0x2a;
const EQUALS = 0x3d;
const DOT = 0x2e;
const PAREN = 0x29;
const BACKSLASH = 0x5c;
const UNDERSCORE = 0x5f;
const TILDE = 0x7e;
const BACKTICK = 0x60;
const CLOSE_BRACKET = 0x5d;

/** Characters whose runs micromark resolves against earlier ones in the paragraph. */
const isDelimiter = (code: number) =>
  code === STAR || code === UNDERSCORE || code === TILDE || code === BACKTICK;

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
const isBlankAt = (source: string, at: number, end: number) =>
  at >= end ||
  source.charCodeAt(at) === SPACE ||
  source.charCodeAt(at) === TAB ||
  source.charCodeAt(at) === CR;

/**
 * Scans the body (from `from`, the first character after the frontmatter, or 0) line by line,
 * in one pass: returns the first guard problem, or undefined when the parsers can run.
 */
export function checkBody(
  source: string,
  from: number,
  lines: LineIndex,
): GuardProblem | undefined {
  let totalLines = 1;
  for (let i = source.indexOf('\n', from); i !== -1; i = source.indexOf('\n', i + 1)) totalLines++;
  const firstLine = lines.point(from).line;
  if (firstLine - 1 + totalLines > MAX_LINES) {
    // The start of the first line over the limit.
    let at = from;
    for (let line = firstLine; line <= MAX_LINES; line++) at = source.indexOf('\n', at) + 1;
    return {
      message: `Unexpected file of ${(firstLine - 1 + totalLines).toLocaleString('en-US')} lines, expected at most ${MAX_LINES.toLocaleString('en-US')} (the MDX parser's time and memory grow with every block)`,
      place: lines.place(at, at),
      messageId: 'too-large',
      hint: 'Split the page into several files.',
    };
  }
  const setextAllowed = Math.floor(SETEXT_BUDGET / (firstLine - 1 + totalLines));
  let setext = 0;
  let previousText = false;
  let brackets = 0;
  let blockLines = 0;
  /** Delimiters in this block, in the file, and the sum over blocks of their squares. */
  let blockDelimiters = 0;
  let delimiters = 0;
  let delimiterCost = 0;
  /** Content columns of the list items still open (by indentation) from earlier lines. */
  const open: number[] = [];

  for (let start = from; start <= source.length;) {
    const newline = source.indexOf('\n', start);
    const end = newline === -1 ? source.length : newline;
    let pos = start;
    let column = 0;
    while (pos < end && (source.charCodeAt(pos) === SPACE || source.charCodeAt(pos) === TAB)) {
      column = source.charCodeAt(pos) === TAB ? column + 4 - (column % 4) : column + 1;
      pos++;
    }
    const blank =
      isBlankAt(source, pos, end) && (pos >= end || source.slice(pos, end).trim() === '');
    if (blank) {
      previousText = false;
      brackets = 0;
      blockDelimiters = 0;
      blockLines = 0;
    } else {
      if (++blockLines > MAX_BLOCK_LINES) {
        return {
          message: `Unexpected line ${(MAX_BLOCK_LINES + 1).toLocaleString('en-US')} of one block without a blank line, expected at most ${MAX_BLOCK_LINES.toLocaleString('en-US')} (the Markdown parser revisits a block's earlier lines)`,
          place: lines.place(pos, end),
          messageId: 'too-complex',
          hint: 'Split the paragraph, list or table with blank lines, or move the data to a linked file.',
        };
      }
      const indent = column;
      // A setext underline: only `-` or only `=` (then spaces), under a line of text.
      const first = source.charCodeAt(pos);
      if (
        previousText &&
        indent < 4 &&
        (first === DASH || first === EQUALS) &&
        isUnderline(source, pos, end, first)
      ) {
        setext++;
        if (setext > setextAllowed) {
          return {
            message: `Unexpected setext heading number ${(setextAllowed + 1).toLocaleString('en-US')} (text underlined with \`${String.fromCharCode(first)}\`) in a file of ${(firstLine - 1 + totalLines).toLocaleString('en-US')} lines, expected at most ${setextAllowed.toLocaleString('en-US')} (setext headings times lines at most ${SETEXT_BUDGET.toLocaleString('en-US')}: the MDX parser slows quadratically)`,
            place: lines.place(pos, end),
            messageId: 'too-complex',
            hint: 'Use `##` headings, or put a blank line before a `---` thematic break.',
          };
        }
        previousText = false;
        if (newline === -1) break;
        start = newline + 1;
        continue;
      }
      previousText = true;
      while (open.length > 0 && (open.at(-1) ?? 0) > indent) open.pop();
      let depth = open.length;
      // Container markers at the start of the line: `>` and list markers, each followed by spaces.
      for (;;) {
        const code = source.charCodeAt(pos);
        let width = 0;
        if (code === GT) width = 1;
        else if (
          (code === DASH || code === PLUS || code === STAR) &&
          isBlankAt(source, pos + 1, end)
        )
          width = 1;
        else if (isDigit(code)) {
          let digits = 1;
          while (digits < 10 && isDigit(source.charCodeAt(pos + digits))) digits++;
          const after = source.charCodeAt(pos + digits);
          if (
            digits <= 9 &&
            (after === DOT || after === PAREN) &&
            isBlankAt(source, pos + digits + 1, end)
          )
            width = digits + 1;
        }
        if (width === 0 || pos >= end) break;
        depth++;
        if (depth > MAX_NESTING) {
          return {
            message: `Unexpected nesting deeper than ${MAX_NESTING} levels (blockquotes and lists), expected flatter content`,
            place: lines.place(pos, pos + width),
            messageId: 'too-deep',
            hint: `Flatten the lists or quotes on this line: at most ${MAX_NESTING} levels are parsed.`,
          };
        }
        if (code !== GT) open.push(column + width + 1);
        pos += width;
        column += width;
        while (pos < end && (source.charCodeAt(pos) === SPACE || source.charCodeAt(pos) === TAB)) {
          column = source.charCodeAt(pos) === TAB ? column + 4 - (column % 4) : column + 1;
          pos++;
        }
      }
    }
    if (!blank) {
      // One pass over the line: a run of one delimiter character counts once, `]` each time;
      // a character after an odd number of backslashes is escaped (never a delimiter).
      let backslashes = 0;
      /** The character of the unescaped delimiter run the previous character belongs to. */
      let run = 0;
      for (let at = start; at < end; at++) {
        const code = source.charCodeAt(at);
        if (code === BACKSLASH) {
          backslashes++;
          run = 0;
          continue;
        }
        const escaped = backslashes % 2 === 1;
        backslashes = 0;
        const opensRun = !escaped && isDelimiter(code) && run !== code;
        run = !escaped && isDelimiter(code) ? code : 0;
        if (!opensRun && (escaped || code !== CLOSE_BRACKET)) continue;
        blockDelimiters++;
        delimiters++;
        delimiterCost += 2 * blockDelimiters - 1;
        if (delimiterCost > DELIMITER_BUDGET || delimiters > MAX_DELIMITERS) {
          const char = code === BACKTICK ? 'a backtick' : `\`${String.fromCharCode(code)}\``;
          const inFile = delimiters > MAX_DELIMITERS;
          return {
            message: inFile
              ? `Unexpected inline delimiter number ${delimiters.toLocaleString('en-US')} (${char}) in one file, expected at most ${MAX_DELIMITERS.toLocaleString('en-US')} runs of \`*\`, \`_\`, \`~\`, backticks and \`]\` (each one is a node or a lookup for the MDX parser)`
              : `Unexpected inline delimiter number ${blockDelimiters.toLocaleString('en-US')} (${char}) in one paragraph, expected fewer runs of \`*\`, \`_\`, \`~\`, backticks and \`]\` (the MDX parser matches each one against those before it: their count squared, summed over paragraphs, is at most ${DELIMITER_BUDGET.toLocaleString('en-US')})`,
            place: lines.place(at, at + 1),
            messageId: 'too-complex',
            hint: 'Escape literal characters as `\\*`, `\\_`, `\\~` and `\\]`, split long paragraphs with blank lines, or split the page into several files.',
          };
        }
      }
      for (
        let at = source.indexOf('[', start);
        at !== -1 && at < end;
        at = source.indexOf('[', at + 1)
      ) {
        if (source.charCodeAt(at - 1) === BACKSLASH) continue;
        if (++brackets > MAX_BRACKETS_PER_BLOCK) {
          return {
            message: `Unexpected ${(MAX_BRACKETS_PER_BLOCK + 1).toLocaleString('en-US')}th \`[\` in one paragraph, expected at most ${MAX_BRACKETS_PER_BLOCK.toLocaleString('en-US')} (each one is a possible link the MDX parser keeps and revisits)`,
            place: lines.place(at, at + 1),
            messageId: 'too-complex',
            hint: 'Escape literal brackets as `\\[`, or split the paragraph with blank lines.',
          };
        }
      }
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  return undefined;
}

function isUnderline(source: string, pos: number, end: number, marker: number): boolean {
  let at = pos;
  while (at < end && source.charCodeAt(at) === marker) at++;
  while (
    at < end &&
    (source.charCodeAt(at) === SPACE ||
      source.charCodeAt(at) === TAB ||
      source.charCodeAt(at) === CR)
  )
    at++;
  return at >= end;
}
