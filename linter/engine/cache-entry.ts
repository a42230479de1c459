/**
 * One lint-cache entry, checked when it is read: the cache lives in a folder other processes can
 * write, so an entry is input. An entry is used only when its digest matches its content, its
 * path, its bytes and this run's fingerprint (linter sources, config, today): a hand-edited "no
 * messages", an entry moved to another file, a damaged or truncated one, or one written by
 * another linter version is a miss and the file is linted again.
 *
 * The outcome's shape is not validated again after the digest matched: the digest proves it is
 * byte for byte what this linter wrote, and only someone who computes our digest on purpose could
 * store another shape, which needs write access to `node_modules`, where the linter's own code
 * lives. Re-validating 5,000 outcomes with zod cost ~0.2 s of every warm run (`--changed`, diff).
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { FileOutcome } from './lint-file.ts';

export const entrySchema = z.strictObject({
  hash: z.string().min(1),
  digest: z.string().min(1),
  outcome: z.unknown(),
});
export type CacheEntry = z.infer<typeof entrySchema>;

/**
 * Binds an outcome to the file it was computed for: the run's fingerprint, the path and the
 * hash of its bytes. An entry moved to another file, or edited, no longer matches.
 */
export function entryDigest(
  fingerprint: string,
  path: string,
  hash: string,
  outcome: unknown,
): string {
  return createHash('sha256')
    .update(fingerprint)
    .update('\0')
    .update(path)
    .update('\0')
    .update(hash)
    .update('\0')
    .update(JSON.stringify(outcome))
    .digest('base64url');
}

/** The outcome of an entry when it is consistent with `path`, `hash` and `fingerprint`, else undefined. */
export function validOutcome(
  entry: unknown,
  fingerprint: string,
  path: string,
  hash: string,
): FileOutcome | undefined {
  const parsed = entrySchema.safeParse(entry);
  if (!parsed.success || parsed.data.hash !== hash) return undefined;
  const outcome = parsed.data.outcome;
  if (typeof outcome !== 'object' || outcome === null) return undefined;
  if (parsed.data.digest !== entryDigest(fingerprint, path, hash, outcome)) return undefined;
  return outcome as FileOutcome;
}
