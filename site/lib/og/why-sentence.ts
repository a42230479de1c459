/**
 * A brief's reason in one sentence, for link previews (`og:description`): the first sentence of
 * the first paragraph (or list item) of its Why section, as plain text. It reads the body the
 * site already rendered (sanitized HTML with heading ids, linter/render), so no body is parsed a
 * second time; the section is found by the same headings `brief-why` accepts. Linear scans only.
 */
import { whyTitles } from '../../../linter/rules/brief-why.ts';
import { cleanText } from './text-fit.ts';

interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** A sentence longer than this is cut at a word, with an ellipsis. */
const MAX_LENGTH = 240;

const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const wanted = new Set(whyTitles.map(normalise));

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** Text of sanitized HTML: tags dropped, character references decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
      if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    });
}

/** The first sentence of `text`, at most `MAX_LENGTH` characters. */
export function firstSentence(text: string): string {
  const clean = cleanText(text);
  // A sentence ends at . ! or ? followed by a space and a capital, or at the end ("e.g. the" goes on).
  const end = /[.!?](?=\s+[\p{Lu}\p{N}"'“‘(]|$)/u.exec(clean);
  const sentence = end ? clean.slice(0, end.index + 1) : clean;
  if (sentence.length <= MAX_LENGTH) return sentence;
  const cut = sentence.slice(0, MAX_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** The first sentence of the Why section of a rendered brief body, if it has one. */
export function whySentence(html: string, headings: readonly Heading[]): string | undefined {
  const heading = headings.find((h) => wanted.has(normalise(h.text)));
  if (!heading) return undefined;
  const start = html.indexOf(`<h${heading.depth} id="${heading.slug}">`);
  if (start < 0) return undefined;
  const rest = html.slice(start);
  const next = rest.slice(1).search(/<h[1-6][\s>]/);
  const section = next < 0 ? rest : rest.slice(0, next + 1);
  const open = /<(p|li)>/.exec(section);
  if (!open) return undefined;
  const from = open.index + open[0].length;
  const close = section.indexOf(`</${open[1]}>`, from);
  const sentence = firstSentence(htmlText(section.slice(from, close < 0 ? undefined : close)));
  return sentence === '' ? undefined : sentence;
}
