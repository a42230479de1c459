/**
 * One OpenGraph card, SVG to PNG, with sharp (libvips and librsvg). The SVG is the site's
 * (site/lib/og/card-svg.ts: escaped text, no references); librsvg is still given it from memory
 * with no base file, so even a reference that got in would have nothing to resolve against and
 * is refused (tests/linter/card-png.test.ts proves it against a local server and a local file).
 * The PNG is quantized to 16 colours (flat colours and anti-aliased text need few): about 19 KB
 * instead of 59 KB truecolour, for about 20 ms more CPU per card; zlib level 6, as level 9 cost
 * another 15 ms for 1 KB.
 */
import sharp from 'sharp';

/** Bump when the PNG encoding changes, so cached cards made the old way are not reused. */
export const CARD_PNG_VERSION = 1;

/** The PNG of a card's SVG document. Rejects when librsvg cannot read it. */
export async function cardPng(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg, 'utf8'), {
    // The card is 1200×630; anything much larger is not a card.
    limitInputPixels: 4_000_000,
    failOn: 'error',
  })
    .removeAlpha()
    .png({ palette: true, colours: 16, effort: 1, dither: 0, compressionLevel: 6 })
    .toBuffer();
}

/** What a cached card depends on besides its SVG: this encoding and the libraries behind it. */
export const cardPngFingerprint = `${CARD_PNG_VERSION} ${sharp.versions.sharp} ${sharp.versions.vips} ${sharp.versions.rsvg ?? ''}`;
