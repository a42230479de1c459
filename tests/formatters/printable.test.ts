/**
 * Hostile text from content in every output format: terminal escape sequences (CSI, OSC, the
 * one-character C1 CSI), bidi overrides and HTML/Markdown payloads in a file name and a message.
 * The exploits closed: a lint report that recolours or clears the terminal, retitles it, shows
 * text in another order than it reads, or injects an image, link or HTML into the GitHub step
 * summary.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { reportLine } from '../../linter/build/report-line.ts';
import { walk } from '../../linter/engine/walk.ts';
import type { FileResult, LintMessage } from '../../linter/engine/types.ts';
import { formatGithub, formatGithubSummary } from '../../linter/formatters/github.ts';
import { formatJson } from '../../linter/formatters/json.ts';
import { markdownText, printable, printableJson } from '../../linter/formatters/printable.ts';
import { formatSarif } from '../../linter/formatters/sarif.ts';
import { formatStylish } from '../../linter/formatters/stylish.ts';

const ESC = '\x1b';
const TERMINAL = `${ESC}[31mred${ESC}[0m ${ESC}]0;pwned\x07 \u009b2J \u202eevil\u202c \r\x7f`;
const HTML =
  '<img src=x onerror=alert(1)> ![x](http://evil/x.png) | table | `code` [link](http://evil) www.evil.com @user :smile: #1 &lt; <script>alert(1)</script>';
const FILE = `content/docs/${ESC}[2Jx<img src=x onerror=alert(1)>|\`![x](http://evil).mdx`;

/** Any raw control, DEL, C1 or bidi control but tab and line feed. */
const RAW_UNSAFE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const message: LintMessage = {
  ruleId: 'frontmatter-schema',
  messageId: 'invalid-value',
  severity: 'error',
  message: `Unexpected title \`${TERMINAL}\`, expected text ${HTML}`,
  line: 2,
  column: 8,
  hint: `First line ${ESC}[1mbold\nsecond line \u202e`,
  url: 'https://handbook.example.com/reference/rules/frontmatter-schema/',
  source: 'handbook',
};
const results: FileResult[] = [{ file: FILE, messages: [message] }];

const TERMINAL_ESCAPED =
  '\\x1b[31mred\\x1b[0m \\x1b]0;pwned\\x07 \\u009b2J \\u202eevil\\u202c \\x0d\\x7f';
const FILE_ESCAPED = 'content/docs/\\x1b[2Jx<img src=x onerror=alert(1)>|`![x](http://evil).mdx';

describe('printable', () => {
  it('escapes C0 (not tab), DEL, C1 and bidi controls; line feeds only on one line', () => {
    expect(printable(TERMINAL)).toBe(TERMINAL_ESCAPED);
    expect(printable('a\tb\nc')).toBe('a\tb\\x0ac');
    expect(printable('a\tb\nc\r\nd\re', { multiline: true })).toBe('a\tb\nc\r\nd\\x0de');
    expect(printable('\u0085\u061c\u200e\u200f\u2028\u2029\u2066\u2069')).toBe(
      '\\u0085\\u061c\\u200e\\u200f\\u2028\\u2029\\u2066\\u2069',
    );
    expect(printable('plain text, `code` and ünïcødé ✔')).toBe('plain text, `code` and ünïcødé ✔');
  });

  it('printableJson keeps the parsed value and leaves no raw control in the text', () => {
    const json = printableJson(JSON.stringify({ text: TERMINAL }));
    expect(json).toBe(
      '{"text":"\\u001b[31mred\\u001b[0m \\u001b]0;pwned\\u0007 \\u009b2J \\u202eevil\\u202c \\r\\u007f"}',
    );
    expect(JSON.parse(json)).toEqual({ text: TERMINAL });
  });

  it('markdownText escapes every ASCII punctuation character and breaks autolink literals with U+2060', () => {
    expect(
      markdownText(
        '<img src=x> ![x](y) www.a.b http://c a@d.e |a| `b` *c* _d_ ~e~ [f] &amp; @g :h: #1\nnext',
      ),
    ).toBe(
      '\\<img src\\=x\\> \\!\\[x\\]\\(y\\) www\u2060\\.a\\.b http\\:\u2060\\/\\/c a\\@\u2060d\\.e \\|a\\| \\`b\\` \\*c\\* \\_d\\_ \\~e\\~ \\[f\\] \\&amp\\; \\@\u2060g \\:\u2060h\\:\u2060 \\#1<br>next',
    );
  });
});

describe('every format prints hostile text escaped', () => {
  it('stylish', () => {
    const out = formatStylish(results, { color: false });
    expect(out).not.toMatch(RAW_UNSAFE);
    const lines = out.split('\n');
    expect(lines[0]).toBe(
      `  ${FILE_ESCAPED}:2:8  error    ${printable(message.message)}  frontmatter-schema`,
    );
    expect(lines[0]).toContain(`Unexpected title \`${TERMINAL_ESCAPED}\`, expected text ${HTML}`);
    expect(lines[1]?.trim()).toBe('First line \\x1b[1mbold');
    expect(lines[2]?.trim()).toBe('second line \\u202e');
  });

  it('github workflow commands', () => {
    const out = formatGithub(results);
    expect(out).not.toMatch(RAW_UNSAFE);
    expect(out).toBe(
      `::error file=content/docs/\\x1b[2Jx<img src=x onerror=alert(1)>|\`![x](http%3A//evil).mdx,line=2,col=8,title=frontmatter-schema::Unexpected title \`${TERMINAL_ESCAPED}\`, expected text ${HTML}%0AFirst line \\x1b[1mbold%0Asecond line \\u202e\n`,
    );
  });

  it('the GitHub step summary: exact cells, and rendered Markdown holds no image, link, HTML or formatting from content', () => {
    const out = formatGithubSummary(results);
    expect(out).not.toMatch(RAW_UNSAFE);
    const row = out
      .split('\n')
      .find((line) => line.includes('frontmatter') && line.includes('error'));
    expect(row).toBe(
      '| <code>content\\/docs\\/\\\\x1b\\[2Jx\\<img src\\=x onerror\\=alert\\(1\\)\\>\\|\\`\\!\\[x\\]\\(http\\:\u2060\\/\\/evil\\)\\.mdx\\:2\\:8</code> | error | ' +
        '[<code>frontmatter\\-schema</code>](https://handbook.example.com/reference/rules/frontmatter-schema/) | ' +
        'Unexpected title <code>\\\\x1b\\[31mred\\\\x1b\\[0m \\\\x1b\\]0\\;pwned\\\\x07 \\\\u009b2J \\\\u202eevil\\\\u202c \\\\x0d\\\\x7f</code>\\, expected text ' +
        '\\<img src\\=x onerror\\=alert\\(1\\)\\> \\!\\[x\\]\\(http\\:\u2060\\/\\/evil\\/x\\.png\\) \\| table \\| <code>code</code> \\[link\\]\\(http\\:\u2060\\/\\/evil\\) www\u2060\\.evil\\.com \\@\u2060user \\:\u2060smile\\:\u2060 \\#1 \\&lt\\; \\<script\\>alert\\(1\\)\\<\\/script\\> |',
    );
    // Rendered as GitHub does (CommonMark + GFM): only our own structure comes out.
    const tree = fromMarkdown(out, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
    const types = new Set<string>();
    const html = new Set<string>();
    const links: string[] = [];
    let text = '';
    walk(tree, (node) => {
      types.add(node.type);
      if (node.type === 'html') html.add(node.value);
      if (node.type === 'link') links.push(node.url);
      if (node.type === 'text') text += node.value;
    });
    expect(
      [...types].filter(
        (type) =>
          ![
            'root',
            'heading',
            'paragraph',
            'text',
            'table',
            'tableRow',
            'tableCell',
            'link',
            'html',
            'blockquote',
          ].includes(type),
      ),
    ).toEqual([]);
    expect([...html].sort()).toEqual(['</code>', '<code>']);
    expect(links).toEqual(['https://handbook.example.com/reference/rules/frontmatter-schema/']);
    // The text reads as the message did (escapes shown, nothing lost; backticked parts as `<code>`).
    const shown = text.replaceAll('\u2060', '');
    expect(shown).toContain(`expected text ${HTML.replace('`code`', 'code')}`);
    expect(shown).toContain(printable(FILE));
  });

  it('json', () => {
    const out = formatJson(results);
    expect(out).not.toMatch(RAW_UNSAFE);
    expect(out).toContain('\\u001b[31mred');
    expect(out).toContain('\\u009b2J \\u202eevil\\u202c');
    const [parsed] = JSON.parse(out) as [
      { file: string; messages: [{ message: string; hint: string }] },
    ];
    expect(parsed.file).toBe(FILE);
    expect(parsed.messages[0].message).toBe(message.message);
    expect(parsed.messages[0].hint).toBe(message.hint);
  });

  it('sarif', () => {
    const out = formatSarif(results, { version: '0.1.0', rules: [] });
    expect(out).not.toMatch(RAW_UNSAFE);
    expect(out).toContain('\\u009b2J \\u202eevil\\u202c');
    const log = JSON.parse(out) as { runs: [{ results: [{ message: { text: string } }] }] };
    expect(log.runs[0].results[0].message.text).toBe(`${message.message}\n${message.hint}`);
  });

  it('the one-line `file:line:col rule-id message` of the build', () => {
    expect(reportLine(FILE, message)).toBe(
      `${FILE_ESCAPED}:2:8 frontmatter-schema Unexpected title \`${TERMINAL_ESCAPED}\`, expected text ${HTML}`,
    );
  });
});
