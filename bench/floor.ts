/**
 * The floor of a full lint: ONE process, one thread, that does the unavoidable work and
 * nothing else — read every content file, split the frontmatter, parse the YAML (keeping the
 * document, as the linter must to locate errors), validate it with the collection's zod schema
 * and parse the body with remark-parse + remark-frontmatter + remark-mdx + remark-gfm (the one
 * parse lint and site share since issue 10: GFM, as @astrojs/mdx parses). No rules, no facts,
 * no report. `--no-gfm` leaves GFM out (the floor as measured before 2026-12-02).
 *
 *   node bench/floor.ts ROOT            full floor
 *   node bench/floor.ts ROOT --yaml     yaml-only floor: read every file and parse its YAML
 *   node bench/floor.ts ROOT --no-gfm   full floor without GFM
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';

const [root, mode] = process.argv.slice(2);
if (!root) {
  console.error('usage: node bench/floor.ts ROOT [--yaml | --no-gfm]');
  process.exit(2);
}
const yamlOnly = mode === '--yaml';
const gfm = mode !== '--no-gfm';
const content = join(root, 'content');
const files = (await readdir(content, { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
  .map((entry) => join(entry.parentPath, entry.name));

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
let yamlErrors = 0;
let schemaErrors = 0;
let mdxErrors = 0;

if (yamlOnly) {
  for (const file of files) {
    const source = await readFile(file, 'utf8');
    const match = FENCE.exec(source);
    if (
      match &&
      parseDocument(match[1] ?? '', { prettyErrors: false, uniqueKeys: true, strict: true }).errors
        .length > 0
    )
      yamlErrors++;
  }
} else {
  const [
    { collectionOf, collections },
    { unified },
    { default: remarkParse },
    { default: remarkFrontmatter },
    { default: remarkMdx },
    { default: remarkGfm },
  ] = await Promise.all([
    import('../linter/schema/index.ts'),
    import('unified'),
    import('remark-parse'),
    import('remark-frontmatter'),
    import('remark-mdx'),
    import('remark-gfm'),
  ]);
  const parser = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkMdx)
    .use(gfm ? [remarkGfm] : [])
    .freeze();
  for (const file of files) {
    const source = await readFile(file, 'utf8');
    const match = FENCE.exec(source);
    if (match) {
      const doc = parseDocument(match[1] ?? '', {
        prettyErrors: false,
        uniqueKeys: true,
        strict: true,
      });
      if (doc.errors.length > 0) yamlErrors++;
      else {
        const collection = collectionOf(relative(content, file).split('\\').join('/'));
        if (collection && !collections[collection].safeParse(doc.toJS()).success) schemaErrors++;
      }
    }
    try {
      parser.parse(source);
    } catch {
      mdxErrors++;
    }
  }
}
console.log(JSON.stringify({ files: files.length, yamlErrors, schemaErrors, mdxErrors }));
