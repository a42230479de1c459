/**
 * Writes the site's Markdown twins (headers, view pages, llms.txt) with an escaper of its own:
 * every value from content is text, so a title holding `](javascript:…)`, `#`, `<script>` or a
 * URL stays text and cannot forge a heading, a link, an autolink or HTML. Line breaks in a value
 * are folded to spaces first (a newline is what would let it start a block of its own).
 *
 * Not `remark-stringify`: its per-text-node escaping (every unsafe pattern's regex over every
 * value) cost 1.3 ms per brief header, 6.7 s of CPU for 5,000 briefs in the build's main thread;
 * these documents have a fixed shape, so escaping is one regex pass per value. Bodies were
 * serialised by `linter/render/render-markdown.ts` in the lint workers and are spliced in as
 * they are (`raw`). The tests read every twin back with remark-parse + GFM.
 */

/** Markdown already written (escaped), as opposed to a string of text. */
export interface Md {
  md: string;
}

/** Phrasing content: strings are text (escaped when written); `Md` is kept as it is. */
export type Inline = string | Md;

/** A value from content as one line of text (line breaks and runs of spaces folded). */
export function oneLine(value: unknown): string {
  return String(value ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Text as inline Markdown: the characters that open inline constructs (emphasis, code, links,
 * images, HTML, entities, strikethrough, table cells, headings' closing `#`) are
 * backslash-escaped (`>` only opens a quote at the start of a line, where `line` escapes it). A bare `https://…`, `www.…` or e-mail address in a value is still made a
 * link by GFM readers (their autolink literals ignore escapes); such a link shows its own
 * address, so it cannot pass off one target as another.
 */
export function escapeText(value: string): string {
  return value.replace(/\s+/g, ' ').replace(/[\\`*_[\]<&~|#]/g, '\\$&');
}

/** Escapes what would open a block at the start of a line (`- x`, `> x`, `1. x`, `+ x`, `= x`). */
function atLineStart(markdown: string): string {
  return markdown.replace(/^([-+>=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

const write = (parts: readonly Inline[]): string =>
  parts.map((part) => (typeof part === 'string' ? escapeText(part) : part.md)).join('');

/** One line of inline Markdown, safe at the start of a line. */
function line(parts: readonly Inline[]): string {
  return atLineStart(write(parts).trim());
}

export function text(value: unknown): Md {
  return { md: escapeText(oneLine(value)) };
}

export function strong(...parts: Inline[]): Md {
  return { md: `**${write(parts)}**` };
}

/** Inline code; backticks in the value lengthen the fence, as CommonMark allows. */
export function code(value: string): Md {
  const content = oneLine(value);
  const fence = '`'.repeat(Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
  const pad = content.startsWith('`') || content.endsWith('`') ? ' ' : '';
  return { md: `${fence}${pad}${content}${pad}${fence}` };
}

/** A URL the site built, written so it cannot end the link early (`(`, `)`, `<`, `>`, spaces). */
function destination(url: string): string {
  return url.replace(/[\s()<>\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A link whose label is `label` as text; `url` is one the site built (never from content). */
export function link(url: string, label: unknown): Md {
  return { md: `[${escapeText(oneLine(label))}](${destination(url)})` };
}

export function heading(depth: 1 | 2 | 3 | 4, ...parts: Inline[]): Md {
  return { md: `${'#'.repeat(depth)} ${write(parts).trim()}` };
}

export function paragraph(...parts: Inline[]): Md {
  return { md: line(parts) };
}

export function quote(...parts: Inline[]): Md {
  return { md: `> ${line(parts)}` };
}

/** A tight bullet list, one line per item. */
export function list(items: readonly (readonly Inline[])[]): Md {
  return { md: items.map((parts) => `- ${line(parts)}`).join('\n') };
}

/** A GFM table: a header row of labels, then one row of cells per entry. */
export function table(header: readonly string[], rows: readonly (readonly Inline[])[]): Md {
  const row = (cells: readonly Inline[]) => `| ${cells.map((cell) => write([cell]).trim() || ' ').join(' | ')} |`;
  return { md: [row(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(row)].join('\n') };
}

/** `a, b` as inline parts, or `none` for an empty list. */
export function joined(parts: readonly Inline[], none = 'none'): Inline[] {
  if (parts.length === 0) return [none];
  return parts.flatMap((part, index) => (index === 0 ? [part] : [', ', part]));
}

/** A block of Markdown the renderer already cleaned (a body), kept as it is. */
export function raw(value: string): Md {
  return { md: value.trim() };
}

/** The document as Markdown, blocks separated by a blank line, ending in one newline. */
export function toMarkdown(blocks: readonly (Md | undefined | false)[]): string {
  return `${blocks
    .filter((block): block is Md => !!block && block.md !== '')
    .map((block) => block.md)
    .join('\n\n')}\n`;
}
