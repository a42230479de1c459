/**
 * `unique-id`: every file has one page of its own. Ids address pages (`/initiatives/<id>/`,
 * `/pillars/<id>/`) and references (`pillar`, `dependsOn`, a gap's respondent), and the site
 * publishes each file under its *site id* (`siteIdOf`: the path slugged as Astro's glob loader
 * does, so case, punctuation and `#` are dropped). Two files with one site id are one page on
 * the site, and one of them silently disappears: `2026-q3/sync.mdx` and `2027-q1/sync.mdx`, but
 * also `Sync.mdx` and `sync.mdx`, or `a#b.mdx` and `ab.mdx`.
 *
 * - `duplicate` / `collision`: two files of a collection (briefs across all subfolders, pillars,
 *   vision answers, gaps, docs pages) with the same site id. Every file after the first (sorted
 *   by path) is reported at the start of its frontmatter, with the first as related location. A
 *   brief may share an id with a pillar: their URLs and reference fields differ.
 * - `not-a-slug`: a file name whose site id differs from its file id (`Q3 Plan.mdx` is published
 *   as `q3-plan`), so the author learns the URL and references match it. Reported here, not in
 *   `frontmatter-schema`, because it is about the file's id, not its frontmatter.
 *
 * O(files log files). No options.
 */
import { slug as githubSlug } from 'github-slugger';
import { idOf, siteIdOf } from '../core/collections.ts';
import type { CollectionName } from '../schema/index.ts';
import { fileStart } from '../engine/positions.ts';
import type { FileFacts } from '../engine/types.ts';
import { defineRule } from '../engine/define-rule.ts';
import { productRuleDocsUrl } from '../config/urls.ts';

/** The collections whose files have pages or ids, and what one of their files is called in messages. */
const kinds: Partial<Record<CollectionName, string>> = {
  initiatives: 'brief',
  pillars: 'pillar',
  vision: 'vision answer',
  gaps: 'alignment gap',
  docs: 'doc page',
};

/** The id as written: the file name (docs: the path below `docs/`, without `/index`). */
function writtenIdOf(collection: CollectionName, contentPath: string): string {
  if (collection !== 'docs') return idOf(contentPath);
  return contentPath
    .replace(/^docs\//, '')
    .replace(/\.mdx?$/i, '')
    .replace(/\/index$/, '');
}

const contentPathOf = (path: string): string => path.replace(/^content\//, '');

export const uniqueId = defineRule({
  id: 'unique-id',
  description:
    'Every brief, pillar, vision answer, gap and doc page has a site id of its own, and its file name is that id',
  url: productRuleDocsUrl,
  defaultSeverity: 'error',
  messages: {
    duplicate: 'Another file of the same collection already uses this id',
    collision:
      'Another file of the same collection has a different name but the same site id (after slugging)',
    'not-a-slug':
      'The file name is not the id the site publishes it under (case, spaces, punctuation)',
  },
  checkFile(file, report) {
    const collection = file.collection;
    if (!collection || !kinds[collection]) return;
    const written = writtenIdOf(collection, file.contentPath);
    const site = siteIdOf(file.contentPath);
    if (written === site) return;
    const name = file.contentPath.split('/').pop() ?? file.contentPath;
    const extension = /\.mdx?$/i.exec(name)?.[0] ?? '';
    // The same path with every segment slugged: the name to rename the file to.
    const slugged = file.contentPath
      .replace(/\.mdx?$/i, '')
      .split('/')
      .map((segment, index) => (index === 0 ? segment : githubSlug(segment) || 'page'));
    const expected = `\`${collection === 'docs' ? `content/${slugged.join('/')}` : slugged[slugged.length - 1]}${extension}\``;
    report(`Unexpected file name \`${name}\` with site id \`${site}\`, expected ${expected}`, {
      messageId: 'not-a-slug',
      place: fileStart,
      hint: `The site publishes the file as \`${site}\` (lowercase, punctuation and \`#\` dropped, spaces as \`-\`). Rename it to its site id so its URL and references to it match the file name.`,
    });
  },
  checkHandbook(handbook, report) {
    const first = new Map<string, FileFacts>();
    const files = [...handbook.files].sort((a, b) =>
      a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
    );
    for (const file of files) {
      const kind = file.collection && kinds[file.collection];
      if (!kind || !file.collection) continue;
      const site = siteIdOf(contentPathOf(file.path));
      const key = `${file.collection}\0${site}`;
      const original = first.get(key);
      if (!original) {
        first.set(key, file);
        continue;
      }
      const related = [
        {
          file: original.path,
          place: { start: original.block.start },
          message: `\`${site}\` is first used here`,
        },
      ];
      const sameId =
        writtenIdOf(file.collection, contentPathOf(file.path)) ===
        writtenIdOf(original.collection ?? file.collection, contentPathOf(original.path));
      if (sameId) {
        report(
          file.path,
          `Unexpected duplicate ${kind} id \`${site}\`, expected an id no other ${kind} uses`,
          {
            messageId: 'duplicate',
            place: { start: file.block.start },
            hint:
              file.collection === 'docs'
                ? 'A page `a.mdx` and a folder page `a/index.mdx` have the same URL: keep one of them.'
                : 'The id is the file name without extension, also in subfolders: rename one of the files (and update references to it).',
            related,
          },
        );
        continue;
      }
      report(
        file.path,
        `Unexpected ${kind} \`${file.path}\` with site id \`${site}\`, expected a site id no other ${kind} has (\`${original.path}\` has it)`,
        {
          messageId: 'collision',
          place: { start: file.block.start },
          hint: 'The site slugs ids (case, punctuation and `#` are dropped), so both files would be published as one page and one would disappear. Rename one of them.',
          related,
        },
      );
    }
  },
});
