/**
 * The strategy's past, read from git: every committed version of the briefs, pillars and the
 * North Star, oldest first, as parsed frontmatter. Two git processes per build whatever the size
 * of the history: one `git log --name-status` for which files each commit touched, one
 * `git cat-file --batch` for their contents. No new data entry: the history is the repository's.
 * Empty outside a git checkout. Frontmatter is read as plain YAML data (never evaluated), with
 * the linter's frontmatter split.
 */
import { spawnSync } from 'node:child_process';
import { readFrontmatter } from '../../../linter/engine/frontmatter.ts';
import { LineIndex } from '../../../linter/engine/positions.ts';
import { collectionOf, idOf } from '../../../linter/schema/index.ts';

export type HistoryCollection = 'initiatives' | 'pillars' | 'northStar';

/** One file as one commit left it; `data` is null when the commit deleted it (or it does not parse). */
export interface Snapshot {
  commit: string;
  date: Date;
  collection: HistoryCollection;
  id: string;
  path: string;
  data: Record<string, unknown> | null;
}

const tracked: readonly HistoryCollection[] = ['initiatives', 'pillars', 'northStar'];
const COMMIT_MARK = '\u0000';

/**
 * The frontmatter of a file's text as data, or null: the linter's own split and YAML reading
 * (`engine/frontmatter.ts`), so an old version is read exactly as a lint run would have read it.
 */
export function frontmatterData(text: string): Record<string, unknown> | null {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const block = readFrontmatter(source, new LineIndex(source));
  const data: unknown = block?.frontmatter.ok ? block.frontmatter.value : null;
  return typeof data === 'object' && data !== null && !Array.isArray(data)
    ? (data as Record<string, unknown>)
    : null;
}

interface Touch {
  commit: string;
  date: Date;
  status: string;
  path: string;
}

/** Parses `git log --reverse --format=%x00%H%x09%cI --name-status --no-renames` output. */
export function parseNameStatus(output: string): Touch[] {
  const touches: Touch[] = [];
  for (const block of output.split(COMMIT_MARK)) {
    const [head, ...lines] = block.split('\n');
    const [commit, stamp] = (head ?? '').split('\t');
    if (!commit || !stamp) continue;
    const date = new Date(stamp);
    if (Number.isNaN(date.getTime())) continue;
    for (const line of lines) {
      const [status, path] = line.split('\t');
      if (status && path && /^[AMD]$/.test(status) && /\.mdx?$/.test(path)) touches.push({ commit, date, status, path });
    }
  }
  return touches;
}

/** Splits `git cat-file --batch` output into one text per request (null for a missing object). */
export function parseBatch(output: Buffer, count: number): (string | null)[] {
  const texts: (string | null)[] = [];
  let offset = 0;
  while (texts.length < count && offset < output.length) {
    const end = output.indexOf(10, offset);
    if (end === -1) break;
    const header = output.subarray(offset, end).toString('utf8');
    const size = / blob (\d+)$/.exec(header);
    if (!size) {
      texts.push(null);
      offset = end + 1;
      continue;
    }
    const length = Number(size[1]);
    texts.push(output.subarray(end + 1, end + 1 + length).toString('utf8'));
    offset = end + 1 + length + 1;
  }
  while (texts.length < count) texts.push(null);
  return texts;
}

/** Every version of the tracked content files in `root`'s git history, oldest first. */
export function contentHistory(root: string): Snapshot[] {
  // --relative and `./` keep paths relative to the handbook root, wherever the repository starts.
  const log = spawnSync('git', ['log', '--reverse', '--no-renames', '--relative', '--format=%x00%H%x09%cI', '--name-status', '--', 'content/initiatives', 'content/pillars', 'content/strategy'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (log.status !== 0 || !log.stdout) return [];
  const touches = parseNameStatus(log.stdout)
    .map((touch) => ({ ...touch, collection: collectionOf(touch.path.replace(/^content\//, '')) as HistoryCollection | undefined }))
    .filter((touch): touch is Touch & { collection: HistoryCollection } => touch.collection !== undefined && tracked.includes(touch.collection));
  const reads = touches.filter((touch) => touch.status !== 'D');
  const batch = spawnSync('git', ['cat-file', '--batch'], {
    cwd: root,
    input: reads.map((touch) => `${touch.commit}:./${touch.path}`).join('\n') + '\n',
    maxBuffer: 1024 * 1024 * 1024,
  });
  const texts = batch.status === 0 ? parseBatch(batch.stdout, reads.length) : reads.map(() => null);
  const textOf = new Map(reads.map((touch, index) => [touch, texts[index] ?? null]));
  return touches.map((touch) => ({
    commit: touch.commit,
    date: touch.date,
    collection: touch.collection,
    id: idOf(touch.path),
    path: touch.path,
    data: touch.status === 'D' ? null : frontmatterData(textOf.get(touch) ?? ''),
  }));
}
