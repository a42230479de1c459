/**
 * A page's OpenGraph card, from what the page knows to the head entries that point at it. A brief
 * or pillar page describes its card in `Astro.locals.handbookCard`; the route middleware
 * (site/route-data.ts) adds the site title, asks the build for the PNG (the registry of
 * linter/build/og-cards.ts, absent in `astro dev`, where no card is made and none is linked) and
 * adds `og:image` with its size, type and alt text. Starlight already writes `og:title`,
 * `og:type`, `og:description`, `og:site_name` and `twitter:card` (`summary_large_image`); only
 * the description is replaced, by the brief's reason, so no property appears twice.
 */
import { withBase } from '../../../linter/config/urls.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardSvg, type CardText } from './card-svg.ts';
import { cleanText } from './text-fit.ts';

/** What a page tells the middleware about its card. */
export interface PageCard {
  collection: 'initiatives' | 'pillars';
  id: string;
  text: Omit<CardText, 'handbook'>;
  /** Replaces `og:description` when set (a brief's reason). */
  description?: string | undefined;
}

/** A Starlight head entry (only `meta` entries are added). */
interface HeadEntry {
  tag: string;
  attrs?: Record<string, string | boolean | undefined> | undefined;
  content?: string | undefined;
}

interface Sink {
  request(path: string, svg: string): void;
}

const REGISTRY = Symbol.for('strategy-handbook.og-cards');

/**
 * Where a card is published: `/og/initiatives/<id>.png`, `/og/pillars/<id>.png`. Ids are file
 * names; one that is not a plain file name (the build would refuse it too) gets no card.
 */
export function cardRoute(collection: PageCard['collection'], id: string): string | undefined {
  return /^[\p{L}\p{N}_-][\p{L}\p{N}._-]*$/u.test(id) ? `/og/${collection}/${id}.png` : undefined;
}

/** The build's card registry, if a build is collecting cards. */
export function cardSink(): Sink | undefined {
  const sink = (globalThis as Record<symbol, unknown>)[REGISTRY] as Partial<Sink> | undefined;
  return typeof sink?.request === 'function' ? (sink as Sink) : undefined;
}

/** The image's alt text: what the card says, in one line. */
export function cardAlt(text: PageCard['text']): string {
  return cleanText(
    `${text.kind} “${text.title}”: ${[text.statusLabel, ...text.facts].filter(Boolean).join(', ')}`,
  );
}

export interface CardContext {
  siteTitle: string;
  /** The configured site URL (`Astro.site`); without one the image URL is root-relative. */
  site: URL | undefined;
  base: string;
}

/**
 * Asks `sink` for the card and updates `head` in place: `og:image` (+ width, height, type, alt)
 * and the description. Without a sink nothing is asked and no image is linked.
 */
export function applyCard(
  head: HeadEntry[],
  card: PageCard,
  context: CardContext,
  sink: Sink | undefined,
): void {
  if (card.description) {
    const entry = head.find((e) => e.tag === 'meta' && e.attrs?.['property'] === 'og:description');
    if (entry?.attrs) entry.attrs['content'] = card.description;
    else
      head.push({ tag: 'meta', attrs: { property: 'og:description', content: card.description } });
  }
  if (!sink) return;
  const route = cardRoute(card.collection, card.id);
  if (!route) return;
  sink.request(route.slice(1), cardSvg({ handbook: context.siteTitle, ...card.text }));
  const path = encodeURI(withBase(context.base, route));
  const url = context.site ? new URL(path, context.site).href : path;
  const meta = (property: string, content: string): HeadEntry => ({
    tag: 'meta',
    attrs: { property, content },
  });
  head.push(
    meta('og:image', url),
    meta('og:image:type', 'image/png'),
    meta('og:image:width', String(CARD_WIDTH)),
    meta('og:image:height', String(CARD_HEIGHT)),
    meta('og:image:alt', cardAlt(card.text)),
  );
}
