// What pages hand to the Starlight route middleware (site/route-data.ts) through `Astro.locals`.
declare namespace App {
  interface Locals {
    /** The page's OpenGraph card (brief and pillar pages), see site/lib/og/page-card.ts. */
    handbookCard?: import('./lib/og/page-card.ts').PageCard;
  }
}
