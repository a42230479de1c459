/**
 * The cards' colours (`lightToneColours`) are the site's: each `--hb-status-<tone>-*` property of
 * styles/handbook.css, resolved through Starlight's light palette, gives the same colour.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { lightToneColours } from '../../site/lib/status-palette.ts';

const root = join(import.meta.dirname, '../..');
const starlightCss = readFileSync(
  join(root, 'node_modules/@astrojs/starlight/dist/style/props.css'),
  'utf8',
);
const handbookCss = readFileSync(join(root, 'site/styles/handbook.css'), 'utf8');

/** Custom properties declared in `css` (the last declaration of a name wins). */
const properties = (css: string) =>
  new Map(
    [...css.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [
      m[1] as string,
      (m[2] as string).trim(),
    ]),
  );

it('gives every tone the colours the site draws it in (light theme)', () => {
  const light = starlightCss.slice(starlightCss.indexOf(":root[data-theme='light']"));
  const dark = properties(starlightCss.slice(0, starlightCss.indexOf(":root[data-theme='light']")));
  const palette = new Map([...dark, ...properties(light)]);
  const site = properties(handbookCss);
  const resolve = (value: string): string =>
    value
      .replace(/var\((--[\w-]+)\)/g, (_, name: string) =>
        resolve(site.get(name) ?? palette.get(name) ?? ''),
      )
      .trim();
  for (const [tone, colours] of Object.entries(lightToneColours))
    for (const [part, colour] of Object.entries(colours))
      expect(resolve(`var(--hb-status-${tone}-${part})`), `${tone} ${part}`).toBe(colour);
});
