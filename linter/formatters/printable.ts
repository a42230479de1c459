/**
 * Text from content (file names, messages quoting the file, hints) is shown escaped in every
 * output, so a file cannot drive the terminal or the CI log: control characters and escape
 * sequences (`ESC [ …`, `ESC ] … BEL`), C1 controls (`\u009b` is a one-character CSI), and the
 * bidirectional controls that make text display in another order than it reads (U+202E).
 * One character class for every format: text outputs get a visible escape (`\x1b`, `\u202e`);
 * JSON outputs get the JSON escape, so the parsed value is unchanged.
 */

/**
 * C0 controls but tab and line feed, DEL, C1 controls, the Arabic letter mark, LRM/RLM, the
 * line and paragraph separators, the bidi embeddings and overrides (U+202A–U+202E) and the
 * bidi isolates (U+2066–U+2069).
 */
const UNSAFE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same with line feeds: one-line output. */
const UNSAFE_OR_NEWLINE =
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same but a CR that ends a line (CRLF): several lines. A lone CR (it overwrites the line) is escaped. */
const UNSAFE_MULTILINE =
  /\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const hex = (code: number, width: number) => code.toString(16).padStart(width, '0');

/** `\x1b` for C0 and DEL, `\u009b` for the rest. */
function visible(char: string): string {
  const code = char.charCodeAt(0);
  return code <= 0x7f ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
}

/**
 * Text safe to print: unsafe characters as visible escapes. With `multiline`, line feeds stay
 * (a hint of several lines); otherwise they are escaped too (one message, one line).
 */
export function printable(text: string, options: { multiline?: boolean } = {}): string {
  return text.replace(options.multiline ? UNSAFE_MULTILINE : UNSAFE_OR_NEWLINE, visible);
}

/**
 * Serialised JSON safe to print: `JSON.stringify` escapes C0 already; DEL, C1, the separators
 * and the bidi controls become `\uXXXX` too. They occur only inside strings, so the value
 * parses back identical.
 */
export function printableJson(json: string): string {
  return json.replace(UNSAFE, (char) => `\\u${hex(char.charCodeAt(0), 4)}`);
}

/**
 * Text as literal Markdown (GitHub's step summary): unsafe characters escaped as above, then
 * every ASCII punctuation character backslash-escaped, so no emphasis, link, image, HTML, table
 * pipe, code span, mention or emoji can start, and autolink literals broken; line breaks as `<br>`.
 */
export function markdownText(text: string): string {
  return (
    printable(text, { multiline: true })
      // GFM links bare `www.`, `scheme:` and `a@b.c` in the text after escapes are resolved: an
      // invisible word joiner (U+2060) after `www`, `:` and `@` keeps them text.
      .replace(/(www)(?=\.)|[:@]/gi, (match) => `${match}\u2060`)
      .replace(/[!-/:-@[-`{-~]/g, (char) => `\\${char}`)
      .replace(/\r?\n/g, '<br>')
  );
}

/**
 * A message as literal Markdown, with its backticked identifiers (`pillar \`growth\``) as
 * `<code>`: every part is escaped by `markdownText`, so a backtick from content can shift the
 * pairing but never end an escape.
 */
export function markdownMessage(text: string): string {
  const parts = text.split('`');
  // An odd number of parts: the backticks pair up. Otherwise the last one is shown as it is.
  const paired =
    parts.length % 2 === 1
      ? parts
      : [...parts.slice(0, -2), `${parts.at(-2) ?? ''}\`${parts.at(-1) ?? ''}`];
  return paired
    .map((part, index) =>
      index % 2 === 1 ? `<code>${markdownText(part)}</code>` : markdownText(part),
    )
    .join('');
}
