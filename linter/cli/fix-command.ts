/**
 * `handbook lint --fix` and `--fix-dry-run`: runs the fix passes (`fix/fix-handbook.ts`) over the
 * files the lint would report on, then either writes each changed file atomically (refusing one
 * that changed on disk meanwhile) and says what it changed, or prints the diff and writes
 * nothing. The fix report goes to stderr, so `--format json` keeps stdout for the report.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { ResolvedConfig } from '../config/types.ts';
import { describe } from '../engine/discover.ts';
import type { FixedFile } from '../fix/fix-handbook.ts';
import { printable } from '../formatters/printable.ts';
import { writeFileAtomic } from '../scaffold/write.ts';
import type { Io } from './io.ts';

export interface FixRequest {
  root: string;
  config: ResolvedConfig;
  /** Files or folders (absolute) to fix; empty: all of `content/`. */
  paths: readonly string[];
  /** Root-relative changed files (`--changed`); undefined: no narrowing. */
  changed: readonly string[] | undefined;
  cache: boolean;
  cacheLocation: string | undefined;
  dryRun: boolean;
}

/** Fixes (or, dry, diffs) the handbook; resolves to the exit code of a dry run, or undefined after writing (the caller lints again). */
export async function runFix(request: FixRequest, io: Io): Promise<number | undefined> {
  const [{ HandbookIndex }, { fixHandbook }, { unifiedDiff }] = await Promise.all([
    import('../workspace/handbook-index.ts'),
    import('../fix/fix-handbook.ts'),
    import('../fix/unified-diff.ts'),
  ]);
  const index = await HandbookIndex.open(request.root, request.config, {
    cache: request.cache,
    cacheLocation: request.cacheLocation,
  });
  const wanted = selection(request);
  const fixed = await fixHandbook(index, wanted);
  const count = fixed.reduce((sum, file) => sum + file.applied.length, 0);
  const files = `${fixed.length} ${fixed.length === 1 ? 'file' : 'files'}`;
  const problems = `${count} ${count === 1 ? 'problem' : 'problems'}`;

  if (request.dryRun) {
    io.stdout(
      fixed
        .map((file) =>
          printable(unifiedDiff(file.path, file.before, file.after), { multiline: true }),
        )
        .join(''),
    );
    io.stderr(
      fixed.length === 0
        ? 'handbook: nothing to fix\n'
        : `handbook: would fix ${problems} in ${files} (dry run, nothing written)\n`,
    );
    const errorsLeft = index
      .paths()
      .filter(wanted)
      .some((path) => index.messages(path).some((message) => message.severity === 'error'));
    return errorsLeft ? 1 : 0;
  }

  let written = 0;
  for (const file of fixed) {
    if (await writeFixed(request.root, file, io)) {
      written++;
      for (const fix of file.applied)
        io.stderr(
          `handbook: fixed ${printable(file.path)}:${fix.line}:${fix.column} ${fix.ruleId}: ${printable(fix.title)}\n`,
        );
    }
  }
  if (fixed.length === 0) io.stderr('handbook: nothing to fix\n');
  else
    io.stderr(
      `handbook: fixed ${problems} in ${written === fixed.length ? files : `${written} of ${files}`}\n`,
    );
  return undefined;
}

/** Writes one fixed file unless it changed on disk since it was read; says why when it does not. */
async function writeFixed(root: string, file: FixedFile, io: Io): Promise<boolean> {
  const absolute = join(root, file.path);
  try {
    if ((await readFile(absolute, 'utf8')) !== file.before) {
      io.stderr(
        `handbook: not fixing ${printable(file.path)}: it changed while the fixes were computed; run again\n`,
      );
      return false;
    }
    await writeFileAtomic(absolute, file.after, { force: true });
    return true;
  } catch (error) {
    io.stderr(`handbook: could not write ${printable(file.path)}: ${describe(error)}\n`);
    return false;
  }
}

/** Which root-relative paths the fixes may touch: the paths asked for, narrowed to changed files. */
function selection(request: FixRequest): (path: string) => boolean {
  const changed = request.changed ? new Set(request.changed) : undefined;
  const wanted = request.paths.map((path) => resolve(request.root, path));
  return (path) => {
    if (changed && !changed.has(path)) return false;
    if (wanted.length === 0) return true;
    const absolute = resolve(request.root, path);
    return wanted.some(
      (folder) =>
        absolute === folder || absolute.startsWith(folder.endsWith(sep) ? folder : folder + sep),
    );
  };
}
