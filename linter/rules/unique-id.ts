/**
 * `unique-id`: no two files of a collection share an id (the file name without extension).
 * Ids address pages (`/initiatives/<id>/`, `/pillars/<id>/`) and references (`pillar`,
 * `dependsOn`, a gap's respondent); two briefs `2026-q3/sync.mdx` and `2027-q1/sync.mdx`
 * would silently shadow each other.
 *
 * Ids must be unique within briefs (all of `content/initiatives/**`, across subfolders), within
 * pillars, within vision answers and within gaps. A brief may share an id with a pillar: their
 * URLs and reference fields differ. Strategy docs are addressed by path, not id, and are not
 * checked. Every file after the first (sorted by path) is reported at the start of its
 * frontmatter, with the first file as related location. O(files log files). No options.
 */
import type { CollectionName } from '../schema/index.ts';
import type { FileFacts, Rule } from '../engine/types.ts';
import { productRuleDocsUrl } from '../config/urls.ts';

/** The id-addressed collections, and what one of their files is called in messages. */
const kinds: Partial<Record<CollectionName, string>> = {
  initiatives: 'brief',
  pillars: 'pillar',
  vision: 'vision answer',
  gaps: 'alignment gap',
};

export const uniqueId: Rule = {
  id: 'unique-id',
  description: 'No two briefs, pillars, vision answers or gaps share an id',
  url: productRuleDocsUrl,
  defaultSeverity: 'error',
  messages: {
    duplicate: 'Another file of the same collection already uses this id',
  },
  checkHandbook(handbook, report) {
    const first = new Map<string, FileFacts>();
    const files = [...handbook.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const file of files) {
      const kind = file.collection && kinds[file.collection];
      if (!kind) continue;
      const key = `${file.collection}\0${file.id}`;
      const original = first.get(key);
      if (!original) {
        first.set(key, file);
        continue;
      }
      report(file.path, `Unexpected duplicate ${kind} id \`${file.id}\`, expected an id no other ${kind} uses`, {
        messageId: 'duplicate',
        place: { start: file.block.start },
        hint: `The id is the file name without extension, also in subfolders: rename one of the files (and update references to it).`,
        related: [{ file: original.path, place: { start: original.block.start }, message: `\`${file.id}\` is first used here` }],
      });
    }
  },
};
