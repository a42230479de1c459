/**
 * Fitting card text into a width without a font engine. The card is SVG rasterized by librsvg,
 * and SVG 1.1 text never wraps, so lines are broken here, on an estimate of each character's
 * advance width. The estimate is DejaVu Sans (what fontconfig resolves `sans-serif` to on Debian
 * and Ubuntu CI) rounded up, so a line can come out a little short but never runs off the card;
 * other fonts are narrower. Text is cleaned first: characters XML 1.0 cannot hold, controls and
 * bidi overrides are dropped, runs of space become one.
 */

/** Advance widths in em of DejaVu Sans Bold (regular is narrower), rounded up. */
const NARROW = new Set([..."ijlI.,:;!|'`"]);
const SLIM = new Set([...' ()[]{}/\\-ftr"']);
const WIDE = new Set([...'mwMW@%']);
const CAPS = /\p{Lu}/u;
const DIGIT = /\p{Nd}/u;
/** Scripts drawn at a full em (CJK, Hangul, fullwidth forms) and pictographs. */
const FULL =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f000}-\u{1faff}\u{20000}-\u{3fffd}]/u;

/** The advance of one character, in em. */
function charEm(char: string): number {
  if (NARROW.has(char)) return 0.38;
  if (SLIM.has(char)) return 0.5;
  if (WIDE.has(char)) return 1.12;
  if (FULL.test(char)) return 1.05;
  if (CAPS.test(char)) return 0.86;
  if (DIGIT.test(char)) return 0.72;
  return 0.72;
}

/** Regular glyphs are narrower than bold ones by about this much. */
const REGULAR = 0.84;

/** Estimated width of `text` in px at `fontSize` px, bold unless `bold` is false. */
export function textWidth(text: string, fontSize: number, bold = true): number {
  let em = 0;
  for (const char of text) em += charEm(char);
  return em * fontSize * (bold ? 1 : REGULAR);
}

// C0/C1 controls, bidi embeddings/overrides/isolates, non-characters XML 1.0 refuses, lone surrogates.
const UNWANTED =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `text` as one line of plain characters: unwanted characters dropped, whitespace collapsed. */
export function cleanText(text: string): string {
  return text.replace(UNWANTED, '').replace(/\s+/g, ' ').trim();
}

const ELLIPSIS = '…';
/** More characters than any card line can show. */
const MAX_INPUT = 1_000;

/** `text` cut to fit `width`, ending in an ellipsis when anything was cut. */
export function truncate(text: string, width: number, fontSize: number, bold = true): string {
  text = text.slice(0, MAX_INPUT);
  if (textWidth(text, fontSize, bold) <= width) return text;
  const room = width - textWidth(ELLIPSIS, fontSize, bold);
  let out = '';
  let used = 0;
  for (const char of text) {
    const next = textWidth(char, fontSize, bold);
    if (used + next > room) break;
    out += char;
    used += next;
  }
  return `${out.trimEnd()}${ELLIPSIS}`;
}

/**
 * `text` broken into at most `maxLines` lines no wider than `width`: greedily by words, a word
 * longer than a line broken by characters, and the last line ended with an ellipsis when the
 * text does not fit. Linear in the length of the text.
 */
export function wrapLines(
  text: string,
  width: number,
  fontSize: number,
  maxLines: number,
): string[] {
  // Three lines hold about 120 characters: the rest is cut before any measuring, so a 5 MB title
  // costs no more than a long one.
  const words = cleanText(text.slice(0, MAX_INPUT)).split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let index = 0;
  while (index < words.length && lines.length < maxLines) {
    const word = words[index] as string;
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontSize) <= width) {
      line = candidate;
      index++;
    } else if (line) {
      lines.push(line); // The word starts the next line.
      line = '';
    } else {
      // A word wider than a whole line: what fits ends this line, the rest starts the next.
      let head = '';
      let rest = '';
      for (const char of word) {
        if (rest || textWidth(head + char, fontSize) > width) rest += char;
        else head += char;
      }
      lines.push(head);
      if (rest) words[index] = rest;
      else index++;
    }
  }
  if (line) lines.push(line);
  if (index < words.length && lines.length > 0) {
    const last = lines.length - 1;
    lines[last] = truncate(`${lines[last]} ${words.slice(index).join(' ')}`, width, fontSize);
  }
  return lines;
}
