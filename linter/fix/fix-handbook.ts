/**
 * `handbook lint --fix`: applies the quick fixes (`quick-fixes.ts`) to the files asked for, in
 * passes over the in-memory handbook (`workspace/handbook-index.ts`): each pass lints every
 * touched text again, cross-file rules included, so a fix that reveals another (a second
 * unused name in one comment) is applied in the next pass, and a fixed pillar clears the briefs
 * it broke. Stops when a pass changes nothing. Nothing is written here: the caller writes the
 * result (or prints its diff).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HandbookIndex } from '../workspace/handbook-index.ts';
import { isFixable, quickFixesFor } from './quick-fixes.ts';
import { applyEdits, compatibleEdits } from './text-edits.ts';

/** At most this many passes: each pass fixes at least one thing, and fixes do not undo each other. */
const MAX_PASSES = 10;

export interface AppliedFix {
  /** Line and column of the message when it was fixed (in the text of that pass). */
  line: number;
  column: number;
  ruleId: string;
  title: string;
}

export interface FixedFile {
  /** Root-relative, POSIX. */
  path: string;
  /** The text as read from disk, with its BOM if it had one. */
  before: string;
  /** The fixed text, with the same BOM. */
  after: string;
  applied: AppliedFix[];
}

/**
 * Fixes the files of `index` for which `wanted(path)` holds, in memory (the index ends up holding
 * the fixed texts). Returns the files that changed, sorted by path.
 */
export async function fixHandbook(
  index: HandbookIndex,
  wanted: (path: string) => boolean,
): Promise<FixedFile[]> {
  const files = new Map<string, FixedFile & { bom: string }>();
  const candidates = index.paths().filter(wanted).sort();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const briefIds = index.briefIds();
    const updates: { path: string; text: string }[] = [];
    for (const path of candidates) {
      const messages = index.messages(path).filter(isFixable);
      if (messages.length === 0) continue;
      let file = files.get(path);
      if (!file) {
        const read = await readText(join(index.root, path));
        if (read === undefined) continue;
        file = {
          path,
          before: read,
          after: read,
          applied: [],
          bom: read.startsWith('\ufeff') ? '\ufeff' : '',
        };
      }
      const source = file.after.slice(file.bom.length);
      const fixes = compatibleEdits(quickFixesFor(messages, source, { path, briefIds }));
      if (fixes.length === 0) continue;
      const text = applyEdits(
        source,
        fixes.flatMap((fix) => fix.edits),
      );
      if (text === source) continue;
      file.after = file.bom + text;
      file.applied.push(
        ...fixes.map((fix) => ({
          line: fix.message.line,
          column: fix.message.column,
          ruleId: fix.message.ruleId,
          title: fix.title,
        })),
      );
      files.set(path, file);
      updates.push({ path, text });
    }
    if (updates.length === 0) break;
    for (const { path, text } of updates) index.set(path, text);
  }
  return [...files.values()]
    .filter((file) => file.after !== file.before)
    .map(({ bom: _bom, ...file }) => file)
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

async function readText(absolute: string): Promise<string | undefined> {
  try {
    return await readFile(absolute, 'utf8');
  } catch {
    // Unreadable files have no fixable message (`mdx-parse` reports them); nothing to do.
    return undefined;
  }
}
