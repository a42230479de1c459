/**
 * The shape of one lint-cache entry, checked when it is read: the cache lives in a folder any
 * process can write, so an entry is input like any other. An entry that fails this check, or
 * whose digest does not match its content (a hand-edited "no messages"), is a miss.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { CollectionName } from '../schema/index.ts';
import { ruleIds } from './types.ts';
import type { FileOutcome } from './lint-file.ts';

// Spelled out (the schema modules are not loaded on a warm run); the check below keeps it complete.
const collectionNames = [
  'initiatives',
  'pillars',
  'vision',
  'gaps',
  'northStar',
  'docs',
] as const satisfies readonly CollectionName[];
const everyCollection: Exclude<CollectionName, (typeof collectionNames)[number]> extends never
  ? true
  : false = true;
void everyCollection;

const point = z.strictObject({ line: z.number().int().min(0), column: z.number().int().min(0) });
const place = z.strictObject({ start: point, end: point.optional() });
const reference = z.strictObject({ id: z.string(), place });
const ruleId = z.enum(ruleIds);
const suppression = z.strictObject({
  targetLine: z.number().int().min(0),
  rules: z.array(ruleId),
  place,
});

const message = z.strictObject({
  ruleId,
  messageId: z.string().min(1),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  line: z.number().int().min(0),
  column: z.number().int().min(0),
  endLine: z.number().int().min(0).optional(),
  endColumn: z.number().int().min(0).optional(),
  hint: z.string().optional(),
  expected: z.array(z.string()).optional(),
  related: z.array(z.strictObject({ file: z.string(), place, message: z.string() })).optional(),
  url: z.string(),
  source: z.literal('handbook'),
});

const facts = z.strictObject({
  path: z.string(),
  collection: z.enum(collectionNames).optional(),
  id: z.string(),
  block: place,
  pillar: z.strictObject({ status: z.string(), title: z.string() }).optional(),
  brief: z
    .strictObject({
      status: z.string().optional(),
      pillar: reference.optional(),
      dependsOn: z.array(reference),
    })
    .optional(),
  entry: z.record(z.string(), z.unknown()).optional(),
  links: z.array(reference),
  anchors: z.array(z.string()),
  suppressions: z.array(suppression),
});

export const outcomeSchema = z.strictObject({
  messages: z.array(message),
  facts,
  unknownSuppressions: z.array(z.strictObject({ suppression, names: z.array(z.string()) })),
});

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

/** The outcome of an entry when it is well formed and consistent with `path` and `hash`, else undefined. */
export function validOutcome(
  entry: unknown,
  fingerprint: string,
  path: string,
  hash: string,
): FileOutcome | undefined {
  const parsed = entrySchema.safeParse(entry);
  if (!parsed.success || parsed.data.hash !== hash) return undefined;
  if (parsed.data.digest !== entryDigest(fingerprint, path, hash, parsed.data.outcome))
    return undefined;
  const outcome = outcomeSchema.safeParse(parsed.data.outcome);
  if (!outcome.success || outcome.data.facts.path !== path) return undefined;
  return parsed.data.outcome as FileOutcome;
}
