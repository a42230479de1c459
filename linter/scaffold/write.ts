/**
 * Writes a new content file atomically: the text goes to a hidden temporary file in the same
 * folder (so the rename stays on one file system and the linter, which skips dotfiles, never
 * sees it), then takes the target's name in one step. A crash leaves either no file or the
 * whole file, never a partial one.
 */
import { randomBytes } from 'node:crypto';
import { access, link, mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Thrown when the target exists and `force` is not set; the existing file is untouched. */
export class FileExistsError extends Error {
  override name = 'FileExistsError';
  readonly path: string;
  constructor(path: string) {
    super(`${path} already exists`);
    this.path = path;
  }
}

export interface WriteOptions {
  /** Replace an existing file (still atomically). */
  force?: boolean | undefined;
}

/** Writes `text` to `path`, creating folders; refuses to replace a file unless `force`. */
export async function writeFileAtomic(
  path: string,
  text: string,
  options: WriteOptions = {},
): Promise<void> {
  const folder = dirname(path);
  await mkdir(folder, { recursive: true });
  const temporary = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  await writeFile(temporary, text, { encoding: 'utf8', flag: 'wx' });
  try {
    if (options.force) {
      await rename(temporary, path);
      return;
    }
    // link() fails with EEXIST instead of replacing: no window between "check" and "write".
    await link(temporary, path).catch(async (error: NodeJS.ErrnoException) => {
      // File systems without hard links: check, then rename (a small race, still no partial file).
      if (error.code !== 'EPERM' && error.code !== 'ENOTSUP' && error.code !== 'ENOSYS')
        throw error;
      if (await exists(path)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
      await rename(temporary, path);
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(path);
    throw error;
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
