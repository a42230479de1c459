/** Reads and lints a batch of files in this thread (the unit of work of a worker, too). */
import { readFile } from 'node:fs/promises';
import type { ResolvedConfig } from '../config/types.ts';
import { describe } from './discover.ts';
import type { FoundFile } from './discover.ts';
import { lintContentFile, unreadableOutcome } from './lint-file.ts';
import type { FileOutcome } from './lint-file.ts';

export async function lintFilesInProcess(files: readonly FoundFile[], config: ResolvedConfig): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file.absolute);
    } catch (error) {
      outcomes.push(unreadableOutcome(file.path, file.contentPath, describe(error), config));
      continue;
    }
    outcomes.push(lintContentFile(file.path, file.contentPath, bytes, config));
  }
  return outcomes;
}
