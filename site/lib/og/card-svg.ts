/**
 * The OpenGraph card of a brief or a pillar as a 1200×630 SVG, for link previews in chat and
 * social tools. Content is untrusted: every value reaches the SVG only as escaped character data
 * inside a `<text>` element, and the document holds nothing else that could load or run anything
 * (no `href`, no `<image>`, no `<style>`, no DOCTYPE, no entity). Colours come from the site's one
 * status palette, fonts from the generic `sans-serif` family fontconfig resolves. Plain
 * TypeScript: the PNG is made by the build (linter/build/og-cards.ts).
 */
import { lightToneColours, toneOf } from '../status-palette.ts';
import { cleanText, textWidth, truncate, wrapLines } from './text-fit.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card shows, as plain text. */
export interface CardText {
  /** The handbook's name (the site title). */
  handbook: string;
  /** `Initiative` or `Pillar`. */
  kind: string;
  title: string;
  /** The status as stored (`active`), which picks the colour. */
  status: string;
  /** The status as shown (`Active`). */
  statusLabel: string;
  /** Further facts, shown in this order after the status: pillar, owner, quarter. */
  facts: string[];
}

const MARGIN = 80;
const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN;
const TITLE_SIZE = 60;
const TITLE_LEADING = 74;
const TITLE_LINES = 3;
const SMALL_SIZE = 30;
const GREY = 'hsl(224, 7%, 36%)';
const INK = 'hsl(224, 14%, 16%)';

/** `text` as XML character data: no markup, entity or CDATA end survives. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function text(x: number, y: number, size: number, fill: string, value: string, extra = ''): string {
  return `<text x="${x}" y="${y}" font-family="sans-serif" font-size="${size}" fill="${fill}"${extra}>${escapeXml(value)}</text>`;
}

/** The SVG document of one card. */
export function cardSvg(card: CardText): string {
  const tone = lightToneColours[toneOf(card.status)];
  const header = truncate(
    cleanText(`${card.handbook} · ${card.kind}`),
    TEXT_WIDTH,
    SMALL_SIZE,
    false,
  );
  const title = wrapLines(card.title, TEXT_WIDTH, TITLE_SIZE, TITLE_LINES);
  const status = truncate(cleanText(card.statusLabel), 360, SMALL_SIZE, false);
  const pillWidth = Math.ceil(textWidth(status, SMALL_SIZE, false)) + 48;
  const facts = truncate(
    cleanText(card.facts.filter((fact) => cleanText(fact) !== '').join(' · ')),
    TEXT_WIDTH - pillWidth - 28,
    SMALL_SIZE,
    false,
  );
  const titleTop = 230;
  const baseline = 540;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/>`,
    `<rect width="24" height="${CARD_HEIGHT}" fill="${tone.line}"/>`,
    text(MARGIN, 120, SMALL_SIZE, GREY, header),
    ...title.map((line, i) =>
      text(MARGIN, titleTop + i * TITLE_LEADING, TITLE_SIZE, INK, line, ' font-weight="bold"'),
    ),
    `<rect x="${MARGIN}" y="${baseline - 38}" width="${pillWidth}" height="54" rx="27" fill="${tone.bg}" stroke="${tone.line}" stroke-width="2"/>`,
    text(MARGIN + 24, baseline, SMALL_SIZE, tone.fg, status),
    text(MARGIN + pillWidth + 28, baseline, SMALL_SIZE, GREY, facts),
    '</svg>',
  ].join('\n');
}
