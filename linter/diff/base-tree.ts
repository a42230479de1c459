/**
 * The "before" side of `handbook diff`: the merge base of the base ref and HEAD, and the
 * content files and config file at that commit, read into memory (one `git ls-tree`; files the
 * working tree changed from one `git cat-file --batch`, the others from disk), never checked out. The same files as discovery
 * would find there: `.md`/`.mdx` under `content/`, no dot-entries, no `node_modules`, no links.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { configFileNames } from '../config/load.ts';
import type { SourceFile } from '../engine/lint-handbook.ts';
import { UsageError } from '../errors.ts';
import { defaultBases } from '../git/changed-files.ts';
import { git, splitNul } from '../git/git.ts';

export interface BaseTree {
  /** The ref compared with, as given or chosen (`origin/main`, else `main`). */
  ref: string;
  /** The merge base commit of `ref` and HEAD. */
  commit: string;
  /** Content files at the merge base, sorted by path. */
  files: SourceFile[];
  /** The config file at the merge base (`handbook.config.ts`, …), if any. */
  config: { name: string; bytes: Uint8Array } | undefined;
  /**
   * The bytes read from disk for files the working tree has unchanged since the merge base
   * (root-relative path → bytes): the working tree's lint reuses them instead of reading again.
   */
  unchanged: ReadonlyMap<string, Uint8Array>;
}

const CONTENT_FILE = /\.mdx?$/i;
const SHALLOW_FIX =
  'fetch more history: `git fetch --unshallow` (or `git fetch --deepen=200`), and in GitHub Actions `fetch-depth: 0` on actions/checkout';

/** Reads the merge base of `base` (default `origin/main`, else `main`) and HEAD for the handbook at `root`. */
export async function readBaseTree(root: string, base: string | undefined): Promise<BaseTree> {
  if (base !== undefined && (base === '' || base.startsWith('-')))
    throw new UsageError(
      `Unexpected git ref \`${base}\` for --base, expected a branch, tag or commit`,
    );
  // Independent questions to git run side by side: each is a process, mostly waited on.
  const [top, shallowAnswer, candidates, head, named] = await Promise.all([
    git(root, ['rev-parse', '--show-toplevel']),
    git(root, ['rev-parse', '--is-shallow-repository']),
    base === undefined
      ? Promise.all(defaultBases.map((candidate) => commitOf(root, candidate)))
      : Promise.resolve([]),
    commitOf(root, 'HEAD'),
    base === undefined ? Promise.resolve(false) : commitOf(root, base),
  ]);
  if (!top.ok) throw new UsageError('`handbook diff` needs the handbook to be in a git repository');
  const prefix = toPosix(relative(await realpath(top.stdout.trim()), await realpath(root)));
  const shallow = shallowAnswer.stdout.trim() === 'true';

  const ref = base ?? defaultBases.find((_, index) => candidates[index] === true);
  if (ref === undefined || (base !== undefined && !named)) {
    const missing = ref ?? defaultBases[0];
    throw new UsageError(
      shallow
        ? `base \`${missing}\` is not in this shallow clone; ${SHALLOW_FIX}, or pass --base REF`
        : `base \`${missing}\` not found; fetch it (\`git fetch origin main\`) or pass --base REF`,
    );
  }
  if (!head)
    throw new UsageError('`handbook diff` needs at least one commit on the current branch');
  const merge = await git(root, ['merge-base', ref, 'HEAD']);
  if (!merge.ok) {
    throw new UsageError(
      shallow
        ? `no merge base of \`${ref}\` and HEAD in this shallow clone; ${SHALLOW_FIX}`
        : `\`${ref}\` and HEAD share no history; pass another --base`,
    );
  }
  const commit = merge.stdout.trim();

  const at = (path: string) => (prefix === '' ? path : `${prefix}/${path}`);
  // The listing at the merge base, and what the working tree changed since: side by side.
  const [listing, changed] = await Promise.all([
    git(root, [
      'ls-tree',
      '-r',
      '-z',
      '--full-tree',
      commit,
      '--',
      at('content'),
      ...configFileNames.map(at),
    ]),
    git(root, [
      'diff',
      '--name-only',
      '--no-renames',
      '-z',
      commit,
      '--',
      at('content'),
      ...configFileNames.map(at),
    ]),
  ]);
  if (!listing.ok)
    throw new Error(`git ls-tree failed: ${listing.stderr.trim().split('\n')[0] ?? ''}`);
  const wanted: { path: string; object: string }[] = [];
  for (const line of splitNul(listing.stdout)) {
    const match = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(line);
    if (!match || match[2] !== 'blob' || match[1] === '120000') continue;
    const path =
      prefix === '' ? (match[4] as string) : (match[4] as string).slice(prefix.length + 1);
    wanted.push({ path, object: match[3] as string });
  }
  const content = wanted.filter(({ path }) => isContentFile(path));
  const configEntry = configFileNames
    .map((name) => wanted.find((entry) => entry.path === name))
    .find((entry) => entry !== undefined);

  if (!changed.ok)
    throw new Error(`git diff failed: ${changed.stderr.trim().split('\n')[0] ?? ''}`);
  const differs = new Set(
    splitNul(changed.stdout).map((path) => (prefix === '' ? path : path.slice(prefix.length + 1))),
  );
  // A file the working tree has unchanged since the merge base has the same bytes on disk, which
  // is cheaper to read than a (loose) git object; only what changed comes from git.
  const fromDisk = new Map<string, Uint8Array>();
  for (const { path } of [...content, ...(configEntry ? [configEntry] : [])]) {
    if (differs.has(path)) continue;
    try {
      fromDisk.set(path, readFileSync(join(root, path)));
    } catch {
      // Unreadable now: read it from git below.
    }
  }
  const blobs = await readBlobs(
    root,
    [...content, ...(configEntry ? [configEntry] : [])]
      .filter(({ path }) => !fromDisk.has(path))
      .map((entry) => entry.object),
  );
  const bytesOf = ({ path, object }: { path: string; object: string }) =>
    fromDisk.get(path) ?? (blobs.get(object) as Uint8Array);
  return {
    ref,
    commit,
    files: content
      .map((entry) => ({
        path: entry.path,
        contentPath: entry.path.slice('content/'.length),
        bytes: bytesOf(entry),
      }))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    config: configEntry ? { name: configEntry.path, bytes: bytesOf(configEntry) } : undefined,
    unchanged: fromDisk,
  };
}

/** What discovery would lint: `content/**\/*.md(x)`, no dot-entry and no `node_modules` on the way. */
function isContentFile(path: string): boolean {
  const segments = path.split('/');
  return (
    segments[0] === 'content' &&
    segments.length > 1 &&
    CONTENT_FILE.test(path) &&
    !segments.some((s) => s.startsWith('.') || s === 'node_modules')
  );
}

async function commitOf(root: string, ref: string): Promise<boolean> {
  return (await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).ok;
}

/** Reads blobs by object id with one `git cat-file --batch`; each buffer is its own copy. */
export function readBlobs(
  root: string,
  objects: readonly string[],
): Promise<Map<string, Uint8Array>> {
  const unique = [...new Set(objects)];
  return new Promise((resolve, reject) => {
    if (unique.length === 0) {
      resolve(new Map());
      return;
    }
    const child = spawn('git', ['cat-file', '--batch'], {
      cwd: root,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', (error) =>
      reject(
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? new Error('git is not installed or not on PATH')
          : error,
      ),
    );
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`git cat-file failed: ${stderr.trim().split('\n')[0] ?? ''}`));
        return;
      }
      const output = Buffer.concat(chunks);
      const blobs = new Map<string, Uint8Array>();
      let offset = 0;
      for (const object of unique) {
        const headerEnd = output.indexOf(0x0a, offset);
        const header = output.subarray(offset, headerEnd).toString('utf8');
        const size = Number(/^[0-9a-f]+ blob (\d+)$/.exec(header)?.[1] ?? Number.NaN);
        if (headerEnd === -1 || !Number.isInteger(size)) {
          reject(
            new Error(`git cat-file: unexpected answer \`${header.slice(0, 80)}\` for ${object}`),
          );
          return;
        }
        // A copy that owns its buffer: the lint may hand it to a worker thread.
        blobs.set(object, new Uint8Array(output.subarray(headerEnd + 1, headerEnd + 1 + size)));
        offset = headerEnd + 1 + size + 1;
      }
      resolve(blobs);
    });
    child.stdin.end(`${unique.join('\n')}\n`);
  });
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
