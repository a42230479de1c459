/** Reads and lints a batch of files in this thread (the unit of work of a worker, too). */
import { readFile } from 'node:fs/promises';
import type { ResolvedConfig } from '../config/types.ts';
import { describe } from './discover.ts';
import type { FoundFile } from './discover.ts';
import { lintContentFile, unreadableOutcome } from './lint-file.ts';
import type { FileOutcome } from './lint-file.ts';
import type { ContentFile } from './types.ts';

/**
 * @param preread the bytes of `files[i]` when the caller has already read them (to hash them for
 *   the cache), so no file is read twice; missing entries are read here.
 * @param options.publish also render what the site publishes (`render/publication.ts`).
 */
export async function lintFilesInProcess(
  files: readonly FoundFile[],
  config: ResolvedConfig,
  preread?: readonly (Uint8Array | undefined)[],
  options: { publish?: boolean | undefined } = {},
): Promise<FileOutcome[]> {
  // The renderer loads only for a build: `handbook lint` never needs it.
  const publicationOf = options.publish
    ? (await import('../render/publication.ts')).publicationOf
    : undefined;
  const publish = publicationOf && ((file: ContentFile) => publicationOf(file, config.site.base));
  const outcomes: FileOutcome[] = [];
  for (const [index, file] of files.entries()) {
    let bytes = preread?.[index];
    if (bytes === undefined) {
      try {
        bytes = await readFile(file.absolute);
      } catch (error) {
        outcomes.push(unreadableOutcome(file.path, file.contentPath, describe(error), config));
        continue;
      }
    }
    outcomes.push(lintContentFile(file.path, file.contentPath, bytes, config, publish));
  }
  return outcomes;
}
