/**
 * Strategy docs (`content/docs/**`): Starlight's own frontmatter schema (`docsSchema()`), so a
 * doc that lints clean also builds, made strict (a misspelled key, or a `slug` that would move
 * the page, fails) and refined where Starlight puts frontmatter into HTML unescaped:
 *
 * - `head` is refused: Starlight writes its entries into `<head>` (scripts, styles, refreshes).
 * - `hero.title`, `hero.tagline`, `banner.content` (and `title` when a hero shows it) are rendered
 *   with `set:html`, and `sidebar.badge` text goes into every page's sidebar: plain text only.
 * - `hero.image.html`, hero action `attrs` and raw-SVG `icon`, `sidebar.attrs` and a badge's
 *   `class` are refused: raw markup or attributes on a link.
 * - `editUrl`, `prev.link`, `next.link` and hero action links are relative or use an allowed
 *   protocol (`./urls.ts`).
 *
 * `docsCollectionSchema` takes Astro's schema context (the site passes the real `image()`);
 * `docSchema` is the same schema for the linter, with image paths checked as strings.
 * Plain Node: Starlight's schema module imports only `astro/zod`, no `astro:*` module.
 */
import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'zod';
import { text } from './common.ts';
import { allowedProtocols, checkUrl } from './urls.ts';

/** Astro's schema context for a collection (`{ image }`). */
export type DocsSchemaContext = Parameters<typeof starlightDocs>[0];

const starlightDocs = docsSchema();

/** A custom issue as `frontmatter-schema` reports it: its message id, hint and which part to point at. */
export interface HandbookIssueParams {
  messageId: 'unsafe-value';
  hint: string;
  part: 'key' | 'value';
}

/** Starlight's docs schema with the handbook's refinements, for `defineCollection({ schema })`. */
export function docsCollectionSchema(context: DocsSchemaContext): DocsSchema {
  // `<StarlightPage>` builds the docs schema anew for every generated page, with an `image()` of
  // its own that captures nothing (it only checks for imported image metadata): that one schema
  // is built once (it was 8 % of a 5,000-brief build). Content entries get theirs per entry.
  if (String(context.image).includes('<StarlightPage>'))
    return (starlightPageSchema ??= buildDocsSchema(context));
  return buildDocsSchema(context);
}
let starlightPageSchema: DocsSchema | undefined;

/** The refined docs schema, by what it reads and yields (a nameable type for declaration files). */
export type DocsSchema = z.ZodType<
  StarlightDoc & { title: string; description?: string | undefined },
  z.input<ReturnType<typeof starlightDocs>>
>;

function buildDocsSchema(context: DocsSchemaContext): DocsSchema {
  return starlightDocs(context)
    .safeExtend({
      /** The page title (also the `<title>`; escaped there by `site/route-data.ts`). */
      title: text,
      /** One line shown under the title and in search results. */
      description: text.optional(),
    })
    .strict()
    .superRefine((doc, context) =>
      checkRendered(doc, (path, message, hint, part = 'value') => {
        const params: HandbookIssueParams = { messageId: 'unsafe-value', hint, part };
        context.addIssue({ code: 'custom', path, message, params });
      }),
    );
}

/** The docs schema for the linter: hero images are paths, checked as strings. */
export const docSchema: DocsSchema = docsCollectionSchema({
  image: () => z.string(),
} as unknown as DocsSchemaContext);

export type Doc = z.output<typeof docSchema>;

/** A doc as Starlight's schema outputs it. */
type StarlightDoc = z.output<ReturnType<typeof starlightDocs>>;

type Flag = (
  path: (string | number)[],
  message: string,
  hint: string,
  part?: 'key' | 'value',
) => void;

const HTML_HINT =
  'Starlight renders this value as HTML, so markup in it would run in every reader’s browser. Write plain text; emphasis and links belong in the page body.';
const ATTRS_HINT =
  'Attributes go onto the rendered link as they are (event handlers, `style`, `target`). Remove the key; the page body can link with Markdown.';

/** Reports every field of a parsed doc that Starlight would render as raw HTML or a bad link. */
function checkRendered(doc: StarlightDoc, flag: Flag): void {
  if (doc.head.length > 0) {
    flag(
      ['head'],
      'Unexpected `head` in a strategy doc, expected no custom head entries',
      'Starlight writes `head` entries into the page’s `<head>` as they are (scripts, styles, redirects). Remove the key; site-wide head entries belong in `astro.config.mjs`, which is reviewed as code.',
      'key',
    );
  }
  const hero = doc.hero;
  if (hero) {
    if (hero.title !== undefined) plainText(hero.title, ['hero', 'title'], flag);
    else plainText(doc.title, ['title'], flag, 'the hero shows the page title as HTML');
    if (hero.tagline !== undefined) plainText(hero.tagline, ['hero', 'tagline'], flag);
    if (hero.image && 'html' in hero.image) {
      flag(
        ['hero', 'image', 'html'],
        'Unexpected `hero.image.html`, expected an image `file` (or `dark` and `light`)',
        'Raw HTML in the hero runs in every reader’s browser. Put the image in the repository and use `file: ./hero.png`.',
        'key',
      );
    }
    hero.actions.forEach((action, index) => {
      link(action.link, ['hero', 'actions', index, 'link'], flag);
      if (action.attrs !== undefined)
        flag(
          ['hero', 'actions', index, 'attrs'],
          'Unexpected `attrs` on a hero action, expected only `text`, `link`, `variant` and `icon`',
          ATTRS_HINT,
          'key',
        );
      if (action.icon?.type === 'raw')
        flag(
          ['hero', 'actions', index, 'icon'],
          'Unexpected inline `<svg>` as a hero action `icon`, expected the name of a Starlight icon such as `right-arrow`',
          'Inline SVG is rendered as raw HTML. Use one of Starlight’s built-in icon names.',
        );
    });
  }
  if (doc.banner) plainText(doc.banner.content, ['banner', 'content'], flag);
  const badge = doc.sidebar.badge;
  if (badge) {
    // A string badge becomes `{ text }`: the path names `text`, which locates the string itself.
    plainText(badge.text, ['sidebar', 'badge', 'text'], flag);
    if (badge.class !== undefined)
      flag(
        ['sidebar', 'badge', 'class'],
        'Unexpected `class` on a sidebar badge, expected only `text` and `variant`',
        'A class restyles the sidebar with the site’s own CSS. Pick a `variant` (`note`, `tip`, `caution`, `danger`, `success`, `default`).',
        'key',
      );
  }
  if (Object.keys(doc.sidebar.attrs).length > 0)
    flag(
      ['sidebar', 'attrs'],
      'Unexpected `sidebar.attrs`, expected no HTML attributes on the sidebar link',
      ATTRS_HINT,
      'key',
    );
  if (typeof doc.editUrl === 'string') link(doc.editUrl, ['editUrl'], flag);
  for (const key of ['prev', 'next'] as const) {
    const value = doc[key];
    if (typeof value === 'object' && value.link !== undefined)
      link(value.link, [key, 'link'], flag);
  }
}

function plainText(value: string, path: (string | number)[], flag: Flag, why?: string): void {
  if (!value.includes('<')) return;
  flag(
    path,
    `Unexpected \`<\` in \`${dotted(path)}\`${why ? ` (${why})` : ''}, expected plain text`,
    HTML_HINT,
  );
}

function link(value: string, path: (string | number)[], flag: Flag): void {
  const verdict = checkUrl(value);
  if (verdict.safe) return;
  const expected = `a relative URL or one of ${allowedProtocols()
    .map((protocol) => `\`${protocol}\``)
    .join(', ')}`;
  const found = verdict.protocol ? `\`${verdict.protocol}\` URL` : 'URL that does not parse';
  flag(
    path,
    `Unexpected ${found} in \`${dotted(path)}\`, expected ${expected}`,
    'Other protocols run script (`javascript:`) or open local files and programs (`file:`, `ms-msdt:`) from the reader’s browser. Link to an `https:` page or a path on the site.',
  );
}

/** `hero.actions[0].link`, as an author would write the path. */
function dotted(path: readonly (string | number)[]): string {
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`,
    )
    .join('');
}
