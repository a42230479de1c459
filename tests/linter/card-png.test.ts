/**
 * The card PNG (linter/build/card-png.ts) from the site's SVG (site/lib/og/card-svg.ts): its
 * size, that text was really drawn (fontconfig found a `sans-serif` face), and that nothing in a
 * title — nor any reference planted straight into an SVG — makes librsvg fetch a URL or read a
 * local file. A local HTTP server counts requests; a red marker PNG on disk shows whether a
 * file was read into the picture.
 */
import { createServer, type Server } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardPng } from '../../linter/build/card-png.ts';
import { cardSvg, type CardText } from '../../site/lib/og/card-svg.ts';

const card = (title: string, status = 'active'): CardText => ({
  handbook: 'Strategy Handbook',
  kind: 'Initiative',
  title,
  status,
  statusLabel: 'Active',
  facts: ['Platform reliability', '@platform-team', '2026-Q3'],
});

let server: Server;
let port = 0;
const requests: string[] = [];
let work: string;
let marker: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    response.writeHead(200, { 'content-type': 'image/png' });
    response.end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  work = await mkdtemp(join(tmpdir(), 'handbook-card-'));
  marker = join(work, 'marker.png');
  await writeFile(
    marker,
    await sharp({ create: { width: 64, height: 64, channels: 3, background: '#ff0000' } })
      .png()
      .toBuffer(),
  );
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
  await rm(work, { recursive: true, force: true });
});

/** Pixels of `png` in a box, as RGB triples. */
async function pixels(
  png: Buffer,
  box: { left: number; top: number; width: number; height: number },
) {
  const { data } = await sharp(png)
    .extract(box)
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const out: [number, number, number][] = [];
  for (let i = 0; i < data.length; i += 3) out.push([data[i]!, data[i + 1]!, data[i + 2]!]);
  return out;
}

const isDark = ([r, g, b]: [number, number, number]) => r + g + b < 200;
const isRed = ([r, g, b]: [number, number, number]) => r > 200 && g < 60 && b < 60;

// Each render takes 50 ms on an idle machine and over a second on a loaded one.
describe('the card PNG', { timeout: 30_000 }, () => {
  it('is a 1200×630 PNG with the title drawn as dark text, in a few KB', async () => {
    const png = await cardPng(cardSvg(card('Checkout latency budget for every payment method')));
    const meta = await sharp(png).metadata();
    expect(meta).toMatchObject({ format: 'png', width: 1200, height: 630 });
    expect(png.length).toBeLessThan(40_000);
    // The title band holds dark (ink) pixels; a blank band means no font was found.
    const title = await pixels(png, { left: 80, top: 170, width: 1040, height: 80 });
    const ink = title.filter(isDark).length / title.length;
    expect(ink).toBeGreaterThan(0.05);
    expect(ink).toBeLessThan(0.6);
    // Below the facts line the card is empty.
    const empty = await pixels(png, { left: 80, top: 590, width: 1040, height: 30 });
    expect(empty.filter(isDark)).toHaveLength(0);
  });

  it('keeps text of the widest letters inside the card', async () => {
    const wide = card('W'.repeat(40) + ' ' + 'M'.repeat(40) + ' ' + 'm'.repeat(80));
    const png = await cardPng(
      cardSvg({
        ...wide,
        handbook: 'W'.repeat(60),
        statusLabel: 'W'.repeat(30),
        facts: ['W'.repeat(30), 'M'.repeat(30)],
      }),
    );
    const right = await pixels(png, { left: 1140, top: 0, width: 60, height: 630 });
    expect(right.filter(isDark)).toHaveLength(0);
  });

  it('draws a hostile title as text and fetches nothing', async () => {
    const url = `http://127.0.0.1:${port}`;
    const title = `<image href="${url}/image" width="1200" height="630"/> <image xlink:href="file://${marker}"/> &xxe; ]]> <!ENTITY xxe SYSTEM "${url}/entity"> </text><text>`;
    const png = await cardPng(cardSvg(card(title)));
    const band = await pixels(png, { left: 80, top: 170, width: 1040, height: 230 });
    expect(band.filter(isDark).length).toBeGreaterThan(1000);
    expect(
      (await pixels(png, { left: 0, top: 0, width: 1200, height: 630 })).filter(isRed),
    ).toHaveLength(0);
    expect(requests).toEqual([]);
  });

  // Defence in depth: even SVG that was never escaped makes librsvg (as sharp runs it, from memory
  // without a base file) load nothing, over the network or from disk.
  const planted: Record<string, (url: string, file: string) => string> = {
    'image href': (url) => `<image href="${url}/a.png" width="1200" height="630"/>`,
    'image xlink:href': (url) =>
      `<image xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="${url}/b.png" width="1200" height="630"/>`,
    'image of a local file': (_url, file) =>
      `<image href="file://${file}" width="1200" height="630"/>`,
    'image of a local file, xlink': (_url, file) =>
      `<image xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="file://${file}" width="1200" height="630"/>`,
    'image of a relative path': (_url, file) =>
      `<image href="${file.slice(1)}" width="1200" height="630"/>`,
    'use of a remote document': (url) => `<use href="${url}/c.svg#x"/>`,
    'CSS import and url()': (url) =>
      `<style>@import url("${url}/d.css"); rect { fill: url("${url}/e.svg#g") }</style><rect width="10" height="10"/>`,
  };
  for (const [name, element] of Object.entries(planted)) {
    it(`loads nothing for a planted ${name}`, async () => {
      const before = requests.length;
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><rect width="1200" height="630" fill="#fff"/>${element(`http://127.0.0.1:${port}`, marker)}</svg>`;
      const png = await cardPng(svg).catch(() => undefined);
      if (png) {
        const all = await pixels(png, { left: 0, top: 0, width: 1200, height: 630 });
        expect(all.filter(isRed)).toHaveLength(0);
      }
      expect(requests.slice(before)).toEqual([]);
    });
  }

  it('would see a loaded marker and a request (the checks above can fail)', async () => {
    const { readFile } = await import('node:fs/promises');
    const inline = `data:image/png;base64,${(await readFile(marker)).toString('base64')}`;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><image href="${inline}" width="1200" height="630"/></svg>`;
    const all = await pixels(await cardPng(svg), { left: 0, top: 0, width: 1200, height: 630 });
    expect(all.filter(isRed).length).toBeGreaterThan(100_000);
    const before = requests.length;
    await fetch(`http://127.0.0.1:${port}/control`);
    expect(requests.slice(before)).toEqual(['/control']);
    requests.splice(before);
  });

  it('expands no external entity', async () => {
    const svg = `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY net SYSTEM "http://127.0.0.1:${port}/entity"><!ENTITY disk SYSTEM "file://${marker}">]><svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><text x="10" y="50">&net;&disk;</text></svg>`;
    await cardPng(svg).catch(() => undefined);
    expect(requests).toEqual([]);
  });

  it('rejects a document that is not SVG, without a stack trace to show', async () => {
    await expect(cardPng('<svg')).rejects.toThrow();
  });
});
