/**
 * Text from content, made inert for GitHub-flavoured Markdown: a brief title such as
 * `<script>`, `| a | b |`, `` `x` ``, `[x](javascript:…)`, `@org/team` or `#12` must read as the
 * same characters and never become HTML, a table cell, a code span, a link, a mention that
 * pings someone, an issue reference, a math block or an autolink.
 *
 * - Controls and bidi overrides become visible escapes (`formatters/printable.ts`), and every
 *   line break a space: each value stays on its line.
 * - `&`, `<`, `>` become entities; inline Markdown punctuation is backslash-escaped (CommonMark
 *   allows a backslash before any ASCII punctuation).
 * - Mentions, references and autolinks are found by GitHub in the rendered text, where escapes
 *   are gone, so a zero-width space (`&#8203;`) goes after `@` and `#` and inside `://` and
 *   `www.` (the way Renovate keeps release notes from pinging people).
 */
import { printable } from '../formatters/printable.ts';

/**
 * Punctuation that means something inside a line (emphasis, code, links, HTML, tables,
 * strikethrough, math, footnotes). Values never start a line, so `-`, `+`, `.` and `=` stay.
 */
const PUNCTUATION = /[\\`*_{}[\]()#!|~^$]/g;
const ZWSP = '&#8203;';

/** `text` as literal Markdown inline text, on one line. */
export function escapeMarkdown(text: string): string {
  return printable(text.replace(/[\r\n\t]+/g, ' '))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(PUNCTUATION, (char) => `\\${char}`)
    .replace(/@/g, `@${ZWSP}`)
    .replace(/\\#/g, `\\#${ZWSP}`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/\b(www)\./gi, `$1${ZWSP}.`);
}

/**
 * `text` as an inline code span (ids, paths, handles): a fence longer than any run of
 * backticks inside. Code spans show no mention, link or HTML; keep them out of tables (a `|`
 * would end the cell).
 */
export function codeSpan(text: string): string {
  const value = printable(text.replace(/[\r\n\t]+/g, ' '));
  const longest = Math.max(0, ...[...value.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = value.startsWith('`') || value.endsWith('`') || value === '' ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}

/** A link with escaped text; `url` must be one the handbook built (its own site), never content. */
export function markdownLink(text: string, url: string | undefined): string {
  if (url === undefined || !/^https?:\/\/[^\s()<>]+$/.test(url)) return escapeMarkdown(text);
  return `[${escapeMarkdown(text)}](${url})`;
}
