/**
 * The card's SVG (site/lib/og/card-svg.ts) and its text fitting (text-fit.ts): content arrives as
 * escaped character data only, the document references nothing, titles wrap to three lines with
 * an ellipsis, and characters XML cannot hold are dropped rather than breaking the document.
 */
import { describe, expect, it } from 'vitest';
import { cardSvg, escapeXml, type CardText } from '../../site/lib/og/card-svg.ts';
import { cleanText, textWidth, truncate, wrapLines } from '../../site/lib/og/text-fit.ts';
import { lightToneColours } from '../../site/lib/status-palette.ts';

const card = (over: Partial<CardText> = {}): CardText => ({
  handbook: 'Strategy Handbook',
  kind: 'Initiative',
  title: 'Checkout latency budget',
  status: 'active',
  statusLabel: 'Active',
  facts: ['Platform reliability', '@platform-team', '2026-Q3'],
  ...over,
});

/** The character data of every `<text>` element, references decoded. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) =>
    (m[1] ?? '').replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))),
  );
}

const hostile = [
  '<image href="file:///etc/passwd"/>',
  '<image xlink:href="http://127.0.0.1:9/x"/>',
  '&xxe;',
  ']]>',
  '<!ENTITY xxe SYSTEM "file:///etc/passwd">',
  '</text><text x="0" y="0">',
  '<?xml-stylesheet href="http://x/y.css"?>',
  "<style>@import url('http://x')</style>",
  '" onload="alert(1)',
];

describe('the card SVG', () => {
  it('escapes markup, entities, CDATA ends and quotes', () => {
    expect(escapeXml(`<a href="x">&amp;]]>'</a>`)).toBe(
      '&#60;a href=&#34;x&#34;&#62;&#38;amp;]]&#62;&#39;&#60;/a&#62;',
    );
  });

  it('shows hostile text literally, in every field, and the document stays inert', () => {
    for (const attack of hostile) {
      const svg = cardSvg(
        card({
          handbook: attack,
          kind: attack,
          title: attack,
          statusLabel: attack.slice(0, 12),
          facts: [attack, attack],
        }),
      );
      // Only the elements the card draws, and no reference of any kind.
      expect(new Set([...svg.matchAll(/<([a-zA-Z!?/][^\s>]*)/g)].map((m) => m[1]))).toEqual(
        new Set(['svg', 'rect', 'text', '/text', '/svg']),
      );
      const markup = svg.replace(/>[^<]*</g, '><');
      expect(markup).not.toMatch(/href|url\(|<!|<\?|<image|<style|<use|&/i);
      expect(svg.match(/&[^#]|&#(?!\d+;)/)).toBeNull();
      expect(texts(svg).join(' ')).toContain(cleanText(attack).slice(0, 8));
    }
  });

  it('wraps a long title to at most three lines, the last ending in an ellipsis', () => {
    const title =
      'Move every payment method onto the new checkout service before the holiday freeze and retire the old gateway for good';
    const lines = texts(cardSvg(card({ title }))).slice(1, -2);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/…$/);
    expect(lines.join(' ').replace(/…$/, '')).toBe(title.slice(0, lines.join(' ').length - 1));
    expect(texts(cardSvg(card({ title: 'Short title' }))).slice(1, -2)).toEqual(['Short title']);
  });

  it('draws the status in its palette colours and lists the facts', () => {
    const svg = cardSvg(card({ status: 'deprioritized', statusLabel: 'Deprioritized' }));
    expect(svg).toContain(`fill="${lightToneColours.warn.bg}"`);
    expect(svg).toContain(`fill="${lightToneColours.warn.fg}"`);
    expect(texts(svg)).toContain('Deprioritized');
    expect(texts(svg).at(-1)).toBe('Platform reliability · @platform-team · 2026-Q3');
    expect(texts(svg)[0]).toBe('Strategy Handbook · Initiative');
  });
});

describe('text fitting', () => {
  it('drops controls, bidi overrides and characters XML refuses, and collapses space', () => {
    expect(cleanText('a\u0000b\u0007 \u202Eevil\u202C\n\t c\uFFFE\uD800')).toBe('ab evil c');
  });

  it('breaks a word longer than a line by characters', () => {
    const lines = wrapLines('x'.repeat(200), 500, 60, 3);
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(textWidth(line, 60)).toBeLessThanOrEqual(500);
    expect(lines[2]).toMatch(/…$/);
  });

  it('never returns a line wider than asked, and is fast on a huge title', () => {
    const started = performance.now();
    const lines = wrapLines('word '.repeat(1_000_000), 1040, 60, 3);
    expect(performance.now() - started).toBeLessThan(500);
    for (const line of lines) expect(textWidth(line, 60)).toBeLessThanOrEqual(1040);
    expect(truncate('abc', 1000, 30)).toBe('abc');
    expect(textWidth(truncate('m'.repeat(500), 300, 30), 30)).toBeLessThanOrEqual(300);
  });

  it('returns no line for an empty title', () => {
    expect(wrapLines(' \u0000 ', 1040, 60, 3)).toEqual([]);
  });
});
